// A typed answer and the matcher's suggestions round-trip through a transcript byte for byte,
// whatever the text: yaml-cpp's literal block alone loses final newlines and leading spaces.
#include <catch2/catch.hpp>
#include <random>

#include "core/answer_text.hpp"
#include "store/errors.hpp"
#include "store/transcript.hpp"

using namespace mockround;
using namespace mockround::store;
using namespace std::chrono_literals;

namespace {

Transcript answered_round(const std::vector<std::string>& answers) {
    Transcript t;
    t.info.id = "2026-11-24-0900-fresher";
    t.info.profile = "fresher";
    t.info.started_at = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    t.info.round_length = 2700s;
    for (std::size_t n = 0; n < answers.size(); ++n) {
        QuestionRecord q;
        q.id = "q" + std::to_string(n);
        q.text = "Explain it.";
        q.budget = 60s;
        q.state = QuestionState::scored;
        q.answered = true;
        q.asked_at = t.info.started_at;
        q.score = 2;
        q.answer_text = answers[n];
        t.questions.push_back(q);
    }
    return t;
}

std::string rendered(const std::vector<std::string>& answers) {
    const Transcript t = answered_round(answers);
    return render_transcript(t.info, t.questions);
}

std::vector<std::string> answers_back(const std::string& yaml) {
    std::vector<std::string> answers;
    for (const auto& q : parse_transcript("t.yaml", yaml).questions)
        answers.push_back(q.answer_text);
    return answers;
}

// Each answer alone, as the last question of the file, and between two others.
void check_round_trip(const std::string& answer) {
    INFO("answer: [" << answer << "]");
    const std::string yaml = rendered({answer});
    INFO(yaml);
    CHECK(answers_back(yaml) == std::vector<std::string>{answer});
    const std::vector<std::string> three = {"before", answer, "after\n"};
    CHECK(answers_back(rendered(three)) == three);
}

const std::string code_answer = R"(A hash map, then:

```python
def two_sum(nums, target):
    seen = {}  # value -> index
	for i, n in enumerate(nums):
        if target - n in seen:
            return seen[target - n], i
        seen[n] = i
```
key: value, - a dash, "quotes", 'single', \backslash, ünïcödé ✓ 𝄞)";

std::string long_answer() {
    std::string text;
    for (int n = 0; text.size() < 5000; ++n)
        text += (n % 7 == 0 ? "\n" : "") + code_answer + (n % 3 == 0 ? "  \n" : "\n");
    return text.substr(0, 5000);
}

}  // namespace

TEST_CASE("an answer is written as a literal block and read back byte for byte") {
    const std::string yaml = rendered({"line one\nline two"});
    CHECK(yaml.find("    answer: |-\n      line one\n      line two\n") != std::string::npos);
    check_round_trip("line one\nline two");
}

TEST_CASE("final newlines, leading spaces and document markers survive the literal block") {
    const std::string answer = GENERATE(as<std::string>{}, "no final newline", "one final\n",
                                        "two final\n\n", "several\n\n\n\n", " leading space",
                                        "   indented\n  less", "\n\nleading empty lines",
                                        "\n  empty then spaces\n", "\n", "\n\n\n", " ", "   \n ");
    check_round_trip(answer);
    CHECK(rendered({answer}).find("answer: |") != std::string::npos);
}

TEST_CASE("tabs, trailing spaces, ---, ..., # and ': ' survive the literal block") {
    const std::string answer =
        GENERATE(as<std::string>{}, "\tstarts with a tab", "tab\tinside\n\t\n",
                 "trailing spaces   \nand here \n   ", "---\nafter a marker", "x\n---\n...\n",
                 "...", "# not a comment\nkey: value\n- item", "a: b # c", "| > & * ! % @ `",
                 "only spaces line\n     \nnext", "unicode ünïcödé ✓ 𝄞 \xE2\x80\xA8 sep");
    check_round_trip(answer);
}

TEST_CASE("a 5,000-character answer with code round-trips byte for byte") {
    const std::string answer = long_answer();
    REQUIRE(answer.size() == 5000);
    check_round_trip(answer);
    check_round_trip(code_answer + "\n\n");
}

TEST_CASE("characters a raw YAML stream may not hold are written double-quoted") {
    // NEL (a C1 control and a YAML 1.1 line break) and a byte order mark.
    const std::string answer = GENERATE(as<std::string>{}, "next\xC2\x85line", "\xEF\xBB\xBFmark",
                                        "c1 \xC2\x80 \xC2\x9F\n");
    const std::string yaml = rendered({answer});
    CHECK(yaml.find("answer: \"") != std::string::npos);
    check_round_trip(answer);
}

TEST_CASE("generated answers all round-trip byte for byte") {
    const std::vector<std::string> pieces = {"a",
                                             "Z",
                                             " ",
                                             "  ",
                                             "\t",
                                             "\n",
                                             "\n\n",
                                             "---",
                                             "...",
                                             "#",
                                             ": ",
                                             "- ",
                                             "|",
                                             ">",
                                             "\"",
                                             "'",
                                             "\\",
                                             "{}",
                                             "[x]",
                                             "&a",
                                             "*a",
                                             "!t",
                                             "%",
                                             "@",
                                             "`",
                                             "```",
                                             "ü",
                                             "✓",
                                             "\xC2\x85",
                                             "\xE2\x80\xA8",
                                             "😀",
                                             "\xEF\xBF\xBE",
                                             "\xEF\xB7\x90",
                                             "\xC2\xA0",
                                             "\xEF\xBB\xBF",
                                             "null",
                                             "~",
                                             "yes",
                                             "0x1F",
                                             "1e3"};
    std::mt19937 random(12);
    for (int round = 0; round < 500; ++round) {
        std::vector<std::string> answers;
        for (int n = 0; n < 3; ++n) {
            std::string text;
            for (auto length = 1 + random() % 40; length > 0; --length)
                text += pieces[random() % pieces.size()];
            answers.push_back(clean_answer(text).text);
        }
        const std::string yaml = rendered(answers);
        INFO(yaml);
        REQUIRE(answers_back(yaml) == answers);
    }
}

TEST_CASE("a noncharacter, which yaml-cpp writes as U+FFFD, is cleaned to U+FFFD first") {
    // Else the answer on screen and the one read back after a resume would differ.
    const std::string answer = clean_answer("end \xEF\xBF\xBF \xEF\xB7\x90 \xF4\x8F\xBF\xBE").text;
    CHECK(answer == "end \xEF\xBF\xBD \xEF\xBF\xBD \xEF\xBF\xBD");
    check_round_trip(answer);
}

TEST_CASE("no answer writes no key, and a key left empty reads as no answer") {
    const std::string yaml = rendered({""});
    CHECK(yaml.find("answer:") == std::string::npos);
    CHECK(yaml.find("suggested") == std::string::npos);
    std::string hand_edited = yaml;
    hand_edited.insert(hand_edited.find("    answered:"), "    answer:\n");
    CHECK(answers_back(hand_edited) == std::vector<std::string>{""});
}

TEST_CASE("a hand-edited answer is cleaned like a typed one") {
    std::string yaml = rendered({"x"});
    const std::string block = "answer: |-\n      x";
    yaml.replace(yaml.find(block), block.size(),
                 "answer: \"bell\\a bad\\x01 \\r\\n end \\u001b[0m\"");
    CHECK(answers_back(yaml) == std::vector<std::string>{"bell bad \n end [0m"});
    std::string nested = rendered({"x"});
    nested.replace(nested.find(block), block.size(), "answer: [not, text]");
    CHECK_THROWS_AS(parse_transcript("t.yaml", nested), DataError);
}

TEST_CASE("suggested key points are kept apart from the covered ones") {
    Transcript t = answered_round({"an answer"});
    t.questions[0].suggested = {"a", "c"};
    t.questions[0].covered = {"a"};
    const std::string yaml = render_transcript(t.info, t.questions);
    CHECK(yaml.find("suggested: [a, c]") != std::string::npos);
    const auto back = parse_transcript("t.yaml", yaml).questions.at(0);
    CHECK(back.suggested == std::vector<std::string>{"a", "c"});
    CHECK(back.covered == std::vector<std::string>{"a"});
    std::string bad = yaml;
    bad.replace(bad.find("[a, c]"), 6, "[a, key]");
    CHECK_THROWS_WITH(parse_transcript("t.yaml", bad), Catch::Contains("'suggested' holds"));
}
