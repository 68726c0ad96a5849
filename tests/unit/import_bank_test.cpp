// From an imported list to a bank file: ids, guessed kinds and levels, ids kept on re-import,
// and the file written read back by the bank loader.
#include <catch2/catch.hpp>

#include "core/import_bank.hpp"
#include "core/import_parser.hpp"
#include "store/bank_loader.hpp"
#include "store/bank_writer.hpp"

using namespace mockround;

namespace {

const char* first_list = R"(# Git
## Basics
- What is the difference between `git fetch` and `git pull`?
- What is `git stash`? When would you use it?
- Explain the Git Flow branching strategy.
## Scenarios
- Scenario: you pushed a secret to a public repo. What do you do?
)";

// The same list changed: one question reworded, one removed, one added, one moved up.
const char* second_list = R"(# Git
## Basics
- Explain the Git Flow branching strategy.
- What is the difference between `git fetch` and `git pull`?
- What is `git stash` and when would you use it?
- What is `git bisect`?
)";

ImportResult import_text(const char* text, const std::vector<Question>& previous = {}) {
    return build_import(parse_question_list(text), {"gt", "git"}, previous);
}

const Question& question_with(const Bank& bank, const std::string& start) {
    for (const auto& q : bank.questions())
        if (q.text.rfind(start, 0) == 0) return q;
    FAIL("no question starting " << start);
    return bank.questions().front();
}

}  // namespace

TEST_CASE("imported ids are PREFIX.slug, sections PREFIX.slug, topics their slug", "[import]") {
    const ImportResult result = import_text(first_list);
    const Bank& bank = result.bank;
    REQUIRE(bank.questions().size() == 4);
    CHECK(bank.questions()[0].id == "gt.difference-between-git-fetch-git-pull");
    CHECK(bank.questions()[0].section == "gt.basics");
    CHECK(bank.questions()[0].topic == "general");
    CHECK(bank.find_section("gt.scenarios"));
    CHECK(result.added.size() == 4);
}

TEST_CASE("kind and level are guessed from the words; minutes follow the kind", "[import]") {
    CHECK(guess_kind("What is the difference between TCP and UDP?") == Kind::compare);
    CHECK(guess_kind("Write a function to reverse a linked list.") == Kind::coding);
    CHECK(guess_kind("Design a URL shortener.") == Kind::design);
    CHECK(guess_kind("Scenario: the API is slow in production. What do you do?") == Kind::scenario);
    CHECK(guess_kind("What is a closure?") == Kind::conceptual);
    CHECK(guess_level("What is a closure?", Kind::conceptual, "JavaScript") == Level::fresher);
    CHECK(guess_level("How does the GIL work internally?", Kind::conceptual, "") == Level::senior);
    CHECK(guess_level("How do generators save memory?", Kind::conceptual, "Advanced Python") ==
          Level::senior);
    CHECK(guess_level("Why are generators lazy?", Kind::conceptual, "Python Basics") ==
          Level::fresher);
    CHECK(guess_level("How do you profile a slow endpoint?", Kind::conceptual, "") == Level::mid);
    CHECK(default_minutes(Kind::conceptual) == 3);
    CHECK(default_minutes(Kind::coding) == 6);
    CHECK(default_minutes(Kind::design) == 8);
}

TEST_CASE("importing again keeps ids: unchanged, moved and reworded questions", "[import]") {
    const ImportResult first = import_text(first_list);
    std::vector<Question> previous = first.bank.questions();
    previous[0].level = Level::senior;  // set by hand in the bank file
    const ImportResult second = import_text(second_list, previous);
    const Bank& bank = second.bank;
    const auto old_id = [&](const std::string& start) {
        return question_with(first.bank, start).id;
    };
    CHECK(question_with(bank, "What is the difference").id == old_id("What is the difference"));
    CHECK(question_with(bank, "What is the difference").level == Level::senior);
    CHECK(question_with(bank, "Explain the Git Flow").id == old_id("Explain the Git Flow"));
    // reworded: most of its words are the same, so its history goes on under the same id
    CHECK(question_with(bank, "What is `git stash` and").id == old_id("What is `git stash`?"));
    REQUIRE(second.reworded.size() == 1);
    CHECK(second.reworded[0].old_text == "What is `git stash`? When would you use it?");
    REQUIRE(second.removed.size() == 1);
    CHECK(second.removed[0].text.rfind("Scenario:", 0) == 0);
    CHECK(second.added == std::vector<std::string>{"gt.git-bisect"});
    CHECK(second.kept.size() == 2);
}

TEST_CASE("a question with few words in common is new, not a rewording", "[import]") {
    CHECK(word_overlap("What is `git stash`? When would you use it?",
                       "What is `git stash` and when would you use it?") >= reword_overlap);
    CHECK(word_overlap("What is `git stash`?", "What is `git worktree` for, and why?") <
          reword_overlap);
    const ImportResult first = import_text("- What is `git stash`?\n");
    const ImportResult second =
        import_text("- What is `git worktree` for, and why?\n", first.bank.questions());
    CHECK(second.removed.size() == 1);
    CHECK(second.added.size() == 1);
    CHECK(second.bank.questions()[0].id != first.bank.questions()[0].id);
}

TEST_CASE("two questions with the same slug get distinct ids", "[import]") {
    const ImportResult result = import_text("- What is Git?\n- What is git?\n- What is GIT\n");
    const auto& qs = result.bank.questions();
    REQUIRE(qs.size() == 3);
    CHECK(qs[0].id == "gt.git");
    CHECK(qs[1].id == "gt.git-2");
    CHECK(qs[2].id == "gt.git-3");
}

TEST_CASE("the bank file written reads back as the same bank, reference included", "[import]") {
    const char* tricky =
        "- What does `print(\"a\\\\b\")` print?\n"
        "  It prints a\\b: \"quoted\", tab\there, # not a comment\n"
        "  - and a second line: with a colon\n";
    const Bank bank = import_text(tricky).bank;
    const std::string yaml = store::bank_yaml(bank, "made by a test\nsecond line");
    store::BankLoader loader;
    loader.add_text("imported.yaml", yaml);
    const Bank back = loader.finish();
    REQUIRE(back.questions().size() == 1);
    const Question& q = back.questions()[0];
    CHECK(q.text == bank.questions()[0].text);
    CHECK(q.text == "What does `print(\"a\\\\b\")` print?");
    CHECK(q.reference == bank.questions()[0].reference);
    CHECK(q.reference.find("tab\there") != std::string::npos);
    CHECK(q.kind == bank.questions()[0].kind);
    CHECK(back.sections()[0].title == "git");
    CHECK(yaml.rfind("# made by a test\n# second line\nformat: 1\n", 0) == 0);
}
