// The user's own bank files: one with a problem is left out, the rest merge.
#include <catch2/catch.hpp>

#include "store/bank_loader.hpp"
#include "temp_dir.hpp"

using namespace mockround;
using namespace mockround::store;

namespace {

// A bank file of one question, in section git (shared with the shipped bank).
std::string bank_text(const std::string& topic, const std::string& id,
                      const std::string& extra = "") {
    return "format: 1\nsections:\n  - id: git\n    title: Git\n    topics:\n      - id: " + topic +
           "\n        title: T\n        questions:\n          - id: " + id +
           "\n            text: a question\n            kind: concept\n            level: "
           "fresher\n            minutes: 2\n" +
           extra;
}

const std::string shipped_bank_text = bank_text("basics", "git.fetch-vs-pull");

std::string user_bank(const std::string& id, const std::string& extra = "") {
    return bank_text("mine", id, extra);
}

std::vector<std::string> ids_of(const Bank& bank) {
    std::vector<std::string> ids;
    for (const auto& q : bank.questions()) ids.push_back(q.id);
    return ids;
}

}  // namespace

TEST_CASE("a user bank file with a problem is left out whole, the others merge") {
    TempDir dir;
    const auto shipped = dir.write("questions.yaml", shipped_bank_text);
    const auto good = dir.write("banks/a.yaml", user_bank("mine.good"));
    const auto bad = dir.write("banks/b.yaml", user_bank("mine.half", "            kind: nope\n"));
    const auto merged = load_bank_skipping_invalid(shipped, {good, bad});
    CHECK(ids_of(merged.bank) == std::vector<std::string>{"git.fetch-vs-pull", "mine.good"});
    REQUIRE(merged.skipped.size() == 1);
    CHECK(merged.skipped[0].file == bad.string());
    CHECK(merged.skipped[0].line > 0);
    CHECK_THROWS_AS(load_bank(shipped, dir.path() / "banks"), DataError);
}

TEST_CASE("a user file clashing with the bank is the one left out") {
    TempDir dir;
    const auto shipped = dir.write("questions.yaml", shipped_bank_text);
    const auto clash = dir.write("banks/a.yaml", user_bank("git.fetch-vs-pull"));
    const auto merged = load_bank_skipping_invalid(shipped, {clash});
    CHECK(ids_of(merged.bank) == std::vector<std::string>{"git.fetch-vs-pull"});
    REQUIRE(merged.skipped.size() == 1);
    CHECK(merged.skipped[0].file == clash.string());
}

TEST_CASE("a user file whose same_as names a file left out goes too") {
    TempDir dir;
    const auto shipped = dir.write("questions.yaml", shipped_bank_text);
    const auto broken = dir.write("banks/a.yaml", user_bank("mine.a", "            oops: 1\n"));
    const auto linked =
        dir.write("banks/b.yaml", user_bank("mine.b", "            same_as: mine.a\n"));
    const auto merged = load_bank_skipping_invalid(shipped, {broken, linked});
    CHECK(ids_of(merged.bank) == std::vector<std::string>{"git.fetch-vs-pull"});
    CHECK(merged.skipped.size() == 2);
}

TEST_CASE("a problem in the shipped bank fails the load") {
    TempDir dir;
    const auto shipped = dir.write("questions.yaml", shipped_bank_text + "            x: 1\n");
    const auto good = dir.write("banks/a.yaml", user_bank("mine.good"));
    CHECK_THROWS_AS(load_bank_skipping_invalid(shipped, {good}), DataError);
}

TEST_CASE("bank files are *.yaml and *.yml; transcripts only *.yaml") {
    TempDir dir;
    const auto a = dir.write("a.yaml", "");
    const auto b = dir.write("b.yml", "");
    dir.write("c.txt", "");
    CHECK(config_files_in(dir.path()) == std::vector{a, b});
    CHECK(yaml_files_in(dir.path()) == std::vector{a});
}
