#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "replaced.hpp"
#include "store/bank_loader.hpp"
#include "temp_dir.hpp"

using namespace mockround;
using namespace mockround::store;

namespace {

const char* valid_bank = R"(format: 1
sections:
  - id: git
    title: Git
    topics:
      - id: basics
        title: Basics
        questions:
          - id: git.fetch-vs-pull
            text: "What is the difference between `git fetch` and `git pull`?"
            kind: compare
            level: fresher
            minutes: 3
          - id: git.stash
            text: What is `git stash`?
            kind: concept
            level: fresher
            minutes: 2
            same_as: git.fetch-vs-pull
)";

std::vector<Diagnostic> bank_errors(const std::string& text) {
    BankLoader loader;
    loader.add_text("bank.yaml", text);
    try {
        loader.finish();
    } catch (const DataError& e) {
        return e.diagnostics();
    }
    return {};
}

}  // namespace

TEST_CASE("a valid bank loads with sections, topics and links") {
    BankLoader loader;
    loader.add_text("bank.yaml", valid_bank);
    Bank bank = loader.finish();
    REQUIRE(bank.questions().size() == 2);
    const Question* q = bank.find("git.fetch-vs-pull");
    REQUIRE(q);
    CHECK(q->kind == Kind::compare);
    CHECK(q->section == "git");
    CHECK(q->topic == "basics");
    CHECK(bank.find_topic("git", "basics")->title == "Basics");
    CHECK(bank.twins_of(*q) == std::vector<std::string>{"git.stash"});
}

TEST_CASE("invalid YAML syntax names line and column") {
    auto errors = bank_errors("format: 1\nsections: [\n  - id: x\n");
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].file == "bank.yaml");
    CHECK(errors[0].line == 3);
    CHECK(errors[0].message.find("invalid YAML") != std::string::npos);
}

TEST_CASE("an unknown key is reported at the key") {
    auto errors = bank_errors(replaced(valid_bank, "            minutes: 2\n",
                                       "            minutes: 2\n            minuets: 3\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 19);
    CHECK(errors[0].column == 13);
    CHECK(errors[0].message.find("unknown key 'minuets'") != std::string::npos);
}

TEST_CASE("a missing field is reported at its question") {
    auto errors =
        bank_errors(replaced(valid_bank, "            level: fresher\n            minutes: 3\n",
                             "            minutes: 3\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 9);
    CHECK(errors[0].column == 13);
    CHECK(errors[0].message == "a question is missing 'level'");
}

TEST_CASE("wrong types and bad enum values name what was expected") {
    auto errors = bank_errors(replaced(replaced(valid_bank, "minutes: 3", "minutes: soon"),
                                       "kind: concept", "kind: essay"));
    REQUIRE(errors.size() == 2);
    CHECK(errors[0].line == 13);
    CHECK(errors[0].column == 22);
    CHECK(errors[0].message.find("whole number from 1 to 60") != std::string::npos);
    CHECK(errors[1].line == 16);
    CHECK(errors[1].column == 19);
    CHECK(errors[1].message ==
          "'kind' must be one of concept, compare, scenario, coding, design, not 'essay'");
}

TEST_CASE("a duplicate id points at the first use") {
    auto errors = bank_errors(replaced(valid_bank, "id: git.stash", "id: git.fetch-vs-pull"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 14);
    CHECK(errors[0].message.find("already used at bank.yaml:9:17") != std::string::npos);
}

TEST_CASE("a same_as naming no question is an error") {
    auto errors =
        bank_errors(replaced(valid_bank, "same_as: git.fetch-vs-pull", "same_as: git.nope"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].line == 19);
    CHECK(errors[0].column == 22);
    CHECK(errors[0].message.find("'git.nope', which is not in the bank") != std::string::npos);
}

TEST_CASE("guides are validated: counts, empties and duplicates") {
    auto bank = replaced(valid_bank, "            minutes: 2\n",
                         "            minutes: 2\n"
                         "            key_points: [one, two]\n"
                         "            follow_ups: [again, again]\n"
                         "            example: {lang: cobol, code: x}\n");
    auto errors = bank_errors(bank);
    REQUIRE(errors.size() == 3);
    CHECK(errors[0].message == "'key_points' must be a list of 3 to 6 items");
    CHECK(errors[0].line == 19);
    CHECK(errors[1].message == "duplicate item in 'follow_ups'");
    CHECK(errors[1].line == 20);
    CHECK(errors[1].column == 33);
    CHECK(errors[2].message.find("'lang' must be one of") == 0);
}

TEST_CASE("every error of a file is reported, not only the first") {
    auto bank = replaced(
        replaced(replaced(valid_bank, "format: 1", "format: 2"), "level: fresher", "level: guru"),
        "title: Basics", "title: [a, list]");
    CHECK(bank_errors(bank).size() == 3);
}

TEST_CASE("user banks merge into the shipped one; a colliding id names both files") {
    TempDir dir;
    auto shipped = dir.write("questions.yaml", valid_bank);
    dir.write("banks/mine.yaml", R"(format: 1
sections:
  - id: git
    title: Git
    topics:
      - id: internals
        title: Internals
        questions:
          - id: git.objects
            text: What are blobs, trees and commits?
            kind: concept
            level: mid
            minutes: 4
)");
    Bank bank = load_bank(shipped, dir.path() / "banks");
    CHECK(bank.questions().size() == 3);
    CHECK(bank.sections().size() == 1);
    CHECK(bank.find_topic("git", "internals"));

    dir.write("banks/zz-clash.yaml", replaced(valid_bank, "id: git.stash", "id: git.other"));
    try {
        load_bank(shipped, dir.path() / "banks");
        FAIL("a colliding id must be refused");
    } catch (const DataError& e) {
        const std::string message = e.diagnostics().at(0).to_string();
        CHECK(message.find("zz-clash.yaml:9:17: question id 'git.fetch-vs-pull' is already used") !=
              std::string::npos);
        CHECK(message.find(shipped.string() + ":9:17") != std::string::npos);
    }
}

TEST_CASE("a missing bank file is a file system error") {
    CHECK_THROWS_AS(load_bank("/nonexistent/questions.yaml", "/nonexistent"), FsError);
}

namespace {
// Ten levels of ten aliases each: a few hundred bytes standing for 10^10 values.
std::string billion_laughs(const std::string& prefix) {
    std::string text = prefix + "l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
    for (int level = 1; level <= 10; ++level) {
        text += "l" + std::to_string(level) + ": &l" + std::to_string(level) + " [";
        for (int i = 0; i < 10; ++i) text += (i ? ", *l" : "*l") + std::to_string(level - 1);
        text += "]\n";
    }
    return text;
}
}  // namespace

TEST_CASE("nested aliases (a billion laughs) are refused, not swallowed") {
    auto errors = bank_errors(billion_laughs("format: 1\n"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message.find("aliases (*name) expand to more than 1000000") !=
          std::string::npos);

    // Ten megabytes of them are refused before parsing.
    std::string big = billion_laughs("format: 1\n");
    while (big.size() < (10u << 20)) big += "# padding padding padding padding padding\n";
    errors = bank_errors(big);
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].message ==
          "refused: 10.0 MB is more than a data file may hold (8.0 MB); "
          "split it into several files");
}

TEST_CASE("an alias used as a plain shortcut still loads") {
    std::string text = replaced(valid_bank, "            minutes: 3\n",
                                "            minutes: 3\n"
                                "            key_points: &points [one, two, three]\n");
    text = replaced(text, "            minutes: 2\n",
                    "            minutes: 2\n            key_points: *points\n");
    BankLoader loader;
    loader.add_text("bank.yaml", text);
    Bank bank = loader.finish();
    CHECK(bank.find("git.stash")->guide.key_points.size() == 3);
}

TEST_CASE("a file without a size, a pipe, is read whole") {
    TempDir dir;
    const auto fifo = dir.path() / "answer";
    REQUIRE(mkfifo(fifo.c_str(), 0600) == 0);
    const std::string text(100'000, 'x');
    std::thread writer([&] { std::ofstream(fifo) << text; });
    CHECK(mockround::store::read_file(fifo) == text);
    writer.join();
}
