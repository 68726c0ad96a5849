// Markdown lists of different shapes (tests/data/import/*.md, written for these tests).
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/import_parser.hpp"

using namespace mockround;

namespace {

ImportedList parse_fixture(const std::string& name) {
    std::ifstream in(std::string(MOCKROUND_SOURCE_DIR) + "/tests/data/import/" + name);
    std::ostringstream text;
    text << in.rdbuf();
    return parse_question_list(text.str());
}

std::vector<std::string> texts(const ImportedList& list) {
    std::vector<std::string> out;
    for (const auto& q : list.questions) out.push_back(q.text);
    return out;
}

std::string reason_at(const ImportedList& list, int line) {
    for (const auto& s : list.skipped)
        if (s.line == line) return s.reason;
    return "(not skipped)";
}

}  // namespace

TEST_CASE("headings with links, anchors and emoji give sections and topics; * - + bullets",
          "[import]") {
    const auto list = parse_fixture("headings-bullets.md");
    CHECK(list.markdown);
    CHECK(texts(list) == std::vector<std::string>{
                             "What is the difference between `git fetch` and `git pull`?",
                             "Explain what a detached HEAD is.",
                             "Merge vs rebase: which one rewrites history?",
                             "How do you squash commits before merging a PR?",
                             "What is trunk-based development?",
                             "What are the ACID properties?",
                             "Write a query to find the second highest salary.",
                         });
    // the document's title is neither a section nor a topic
    CHECK(list.questions[0].section == "Git");
    CHECK(list.questions[0].topic == "Basics");
    CHECK(list.questions[3].topic == "Workflows");
    CHECK(list.questions[5].section == "Databases");
    CHECK(list.questions[5].topic.empty());
    // an answer nested under a bullet is the question's reference
    CHECK(list.questions[1].reference ==
          "* it points at a commit, not a branch\n* `git switch -` gets back");
    CHECK(list.questions[0].reference.empty());
    CHECK(list.questions[0].line == 18);
}

TEST_CASE("badges, tables of contents, intros and link lists are left out, with their lines",
          "[import]") {
    const auto list = parse_fixture("headings-bullets.md");
    CHECK(reason_at(list, 3) == "badge or image");
    CHECK(reason_at(list, 5) == "not a question");
    CHECK(reason_at(list, 9) == "table of contents");
    CHECK(reason_at(list, 10) == "table of contents");
    CHECK(reason_at(list, 14) == "not a question");
    CHECK(reason_at(list, 29) == "text after a list");
    CHECK(reason_at(list, 39) == "link list");
    CHECK(reason_at(list, 40) == "link list");
}

TEST_CASE("numbered lists, bold questions, and a fenced block that belongs to its question",
          "[import]") {
    const auto list = parse_fixture("numbered-bold.md");
    REQUIRE(texts(list) == std::vector<std::string>{
                               "What is a list comprehension?",
                               "Implement a function that flattens a nested list.",
                               "What does this print?\n\n```python\n"
                               "print([i * i for i in range(3)])\n```",
                               "What is a closure?",
                               "What is the event loop?",
                           });
    CHECK(list.questions[3].section == "JavaScript");
    CHECK(list.questions[3].reference ==
          "A closure is a function together with the variables of the scope it was made in.");
    CHECK(list.questions[4].reference ==
          "the loop that takes the next task from the queue once the call stack is empty.\n\n"
          "**Note:** these answers are short on purpose.");
}

TEST_CASE("a heading per question, with the answer under it as the reference", "[import]") {
    const auto list = parse_fixture("heading-per-question.md");
    REQUIRE(texts(list) == std::vector<std::string>{"What is React?", "What is the virtual DOM?",
                                                    "Explain the rules of hooks"});
    CHECK(list.questions[0].section == "Core React");
    CHECK(list.questions[0].topic.empty());
    CHECK(list.questions[2].section == "Hooks");
    CHECK(list.questions[0].reference ==
          "React is a library for building user interfaces out of components.\n\n"
          "```jsx\nconst App = () => <h1>Hello</h1>;\n```");
    CHECK(reason_at(list, 13) == "link to a heading");
    CHECK(list.questions[1].reference ==
          "An in-memory copy of the DOM that React diffs to find the smallest change.\n\n"
          "- it is cheaper to compare than the real DOM\n- it batches updates");
}

TEST_CASE("<details><summary> blocks: a question in the summary, or the answer to the one before",
          "[import]") {
    const auto list = parse_fixture("details.md");
    REQUIRE(texts(list) ==
            std::vector<std::string>{"What happens when you type a URL into a browser?",
                                     "How does TCP differ from UDP?", "What is a CDN?"});
    CHECK(list.questions[0].reference ==
          "DNS lookup, TCP and TLS handshakes, then the HTTP request.");
    CHECK(list.questions[1].reference ==
          "TCP is connection-oriented and reliable; UDP is neither.");
    CHECK(list.questions[2].reference ==
          "A network of servers that serve content from near the user.");
    CHECK(list.questions[2].section == "Networking");
}

TEST_CASE("a list without headings, in CRLF lines; text with no question in it", "[import]") {
    const auto list = parse_question_list("- What is DNS?\r\n- Explain TLS handshakes.\r\n");
    CHECK(texts(list) == std::vector<std::string>{"What is DNS?", "Explain TLS handshakes."});
    CHECK(list.questions[0].section.empty());
    const auto none = parse_question_list("# Notes\n\nJust some notes, no questions here.\n");
    CHECK(none.questions.empty());
    CHECK(none.skipped.size() == 1);
}

TEST_CASE("Q:/A: lines, a bold question with its answer on the line, task-list boxes", "[import]") {
    const auto list = parse_question_list(
        "## Docker\n\nQ1: What is a container image?\nA: A read-only template.\n\n"
        "- **What is a volume?** Storage that outlives the container.\n"
        "- [ ] What is a Deployment?\n");
    REQUIRE(texts(list) == std::vector<std::string>{"What is a container image?",
                                                    "What is a volume?", "What is a Deployment?"});
    CHECK(list.questions[0].reference == "A read-only template.");
    CHECK(list.questions[1].reference == "Storage that outlives the container.");
    CHECK(list.questions[2].reference.empty());
}

TEST_CASE("tabs indenting code and answers are dedented, never read past the line", "[import]") {
    const auto list = parse_question_list(
        "- What does this print?\n\t```\n\tprint(1)\n\t\n\t```\n"
        "- What is a tab?\n\tA character.\n\t\n");
    REQUIRE(list.questions.size() == 2);
    CHECK(list.questions[0].text == "What does this print?\n\n```\nprint(1)\n\n```");
    CHECK(list.questions[1].reference == "A character.");
}
