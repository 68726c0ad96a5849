#include <catch2/catch.hpp>

#include "replaced.hpp"
#include "store/errors.hpp"
#include "store/profile_loader.hpp"
#include "temp_dir.hpp"

using namespace mockround;
using namespace mockround::store;
using namespace std::chrono_literals;

namespace {

Bank two_sections() {
    Bank bank;
    bank.add_section({"git", "Git", {}});
    bank.add_section({"postgres", "PostgreSQL", {}});
    return bank;
}

const char* valid_profile = R"(title: Test
description: For tests.
minutes: 30
overtime: advance
sections:
  git: 2
  postgres: 1
levels:
  fresher: 0.5
  mid: 0.5
budgets:
  concept: 90s
  compare: 2m
  scenario: 4m
  coding: 5m
  design: 2m30s
)";

std::vector<Diagnostic> profile_errors(const std::string& text) {
    try {
        parse_profile("test", "test.yaml", text, two_sections());
    } catch (const DataError& e) {
        return e.diagnostics();
    }
    return {};
}

}  // namespace

TEST_CASE("a valid profile loads") {
    Profile p = parse_profile("test", "test.yaml", valid_profile, two_sections());
    CHECK(p.minutes == 30);
    CHECK(p.overtime == Overtime::advance);
    CHECK(p.section_weights.at("git") == 2);
    CHECK(p.level_mix.at(Level::mid) == 0.5);
    CHECK(p.budgets.at(Kind::conceptual) == 90s);
    CHECK(p.budgets.at(Kind::design) == 150s);
}

TEST_CASE("a profile naming a section the bank lacks is refused at that key") {
    auto errors = profile_errors(replaced(valid_profile, "  postgres: 1", "  mysql: 1"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 7);
    CHECK(errors[0].column == 3);
    CHECK(errors[0].message.find("no section 'mysql'") == 0);
}

TEST_CASE("negative and all-zero weights are refused") {
    auto negative = profile_errors(replaced(valid_profile, "git: 2", "git: -1"));
    REQUIRE(negative.size() == 1);
    CHECK(negative[0].line == 6);
    CHECK(negative[0].column == 8);
    auto zero = profile_errors(
        replaced(replaced(valid_profile, "git: 2", "git: 0"), "postgres: 1", "postgres: 0"));
    REQUIRE(zero.size() == 1);
    CHECK(zero[0].message == "section weights are all zero");
}

TEST_CASE("bad budgets, levels and overtime name what was expected") {
    auto errors =
        profile_errors(replaced(replaced(replaced(valid_profile, "coding: 5m", "coding: soon"),
                                         "overtime: advance", "overtime: maybe"),
                                "mid: 0.5", "guru: 0.5"));
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].line == 4);
    CHECK(errors[0].message == "'overtime' must be continue or advance, not 'maybe'");
    CHECK(errors[1].line == 10);
    CHECK(errors[1].message.find("'guru' is not a level") == 0);
    CHECK(errors[2].line == 15);
    CHECK(errors[2].column == 11);
    CHECK(errors[2].message.find("a budget is a duration") == 0);
}

TEST_CASE("a budget missing for a kind is reported") {
    auto errors = profile_errors(replaced(valid_profile, "  design: 2m30s\n", ""));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message == "'budgets' is missing 'design'");
}

TEST_CASE("a user profile shadows the shipped one of the same name") {
    TempDir dir;
    dir.write("shipped/fresher.yaml", valid_profile);
    dir.write("shipped/warmup.yaml", valid_profile);
    dir.write("user/fresher.yaml", replaced(valid_profile, "minutes: 30", "minutes: 20"));
    dir.write("user/Not A Name.yaml", valid_profile);
    ProfileDirs dirs(dir.path() / "shipped", dir.path() / "user");
    auto list = dirs.list();
    REQUIRE(list.size() == 2);
    CHECK(list[0].name == "fresher");
    CHECK(list[0].shadows_shipped);
    CHECK(load_profile(list[0], two_sections()).minutes == 20);
    CHECK_FALSE(list[1].user);
}

TEST_CASE("profile names are names, not paths") {
    CHECK(valid_profile_name("senior-backend"));
    CHECK_FALSE(valid_profile_name("../../etc/passwd"));
    CHECK_FALSE(valid_profile_name(""));
    CHECK_FALSE(valid_profile_name("-rf"));
}
