// The data we ship: the bank and every profile load cleanly.
#include <catch2/catch.hpp>

#include <set>

#include "store/bank_loader.hpp"
#include "store/profile_loader.hpp"

using namespace mockround;

namespace {
const std::filesystem::path source = MOCKROUND_SOURCE_DIR;
}

TEST_CASE("the shipped bank loads, every section has questions, links are mutual twins") {
    Bank bank = store::load_bank(source / "questions.yaml", "/nonexistent");
    CHECK(bank.questions().size() >= 750);
    CHECK(bank.sections().size() == 22);
    std::set<std::string> sections_with_questions;
    for (const auto& q : bank.questions()) sections_with_questions.insert(q.section);
    CHECK(sections_with_questions.size() == 22);
    for (const auto& q : bank.questions()) {
        if (q.same_as.empty()) continue;
        const Question* twin = bank.find(q.same_as);
        REQUIRE(twin);
        CHECK(twin->same_as.empty());  // links point at the first asking, never in chains
    }
}

TEST_CASE("the shipped profiles all load against the shipped bank") {
    Bank bank = store::load_bank(source / "questions.yaml", "/nonexistent");
    store::ProfileDirs dirs(source / "profiles", "/nonexistent");
    std::set<std::string> names;
    for (const auto& file : dirs.list()) {
        names.insert(file.name);
        Profile p = store::load_profile(file, bank);
        CHECK(p.budgets.size() == 5);
    }
    CHECK(names == std::set<std::string>{"databases", "fresher", "mid-backend", "python-deep-dive",
                                         "senior-backend", "warmup"});
}

TEST_CASE("every shipped question has an answer guide") {
    Bank bank = store::load_bank(source / "questions.yaml", "/nonexistent");
    for (const auto& q : bank.questions()) {
        INFO(q.id);
        CHECK(q.guide.key_points.size() >= 3);
        CHECK(q.guide.follow_ups.size() >= 1);
        if (q.kind == Kind::coding) CHECK(q.guide.example.has_value());
    }
}
