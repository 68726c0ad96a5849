// The seed's plain text, imported: its 755 questions in order, worded as the seed words them
// (tests/data/import/seed-questions.json lists them as [section, topic, text]).
#include <catch2/catch.hpp>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "core/import_bank.hpp"
#include "core/import_parser.hpp"

using namespace mockround;

namespace {

std::string seed_file(const std::string& name) {
    std::ifstream in(std::string(MOCKROUND_SOURCE_DIR) + "/tests/data/import/" + name);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("the seed's plain text imports as its 755 questions, in order, in its words",
          "[import]") {
    const ImportedList list = parse_question_list(seed_file("backend-interview-question-bank.txt"));
    const auto expected = nlohmann::json::parse(seed_file("seed-questions.json"));
    REQUIRE(expected.size() == 755);
    CHECK_FALSE(list.markdown);
    REQUIRE(list.questions.size() == expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
        INFO("question " << i + 1 << " at line " << list.questions[i].line);
        CHECK(list.questions[i].text == expected[i][2].get<std::string>());
        CHECK(list.questions[i].section == expected[i][0].get<std::string>());
        const auto& topic = expected[i][1];
        CHECK(list.questions[i].topic == (topic.is_null() ? "" : topic.get<std::string>()));
    }
}

TEST_CASE("the seed's intro, table of contents and footer are left out, with their lines",
          "[import]") {
    const ImportedList list = parse_question_list(seed_file("backend-interview-question-bank.txt"));
    auto reason_at = [&](int line) {
        for (const auto& s : list.skipped)
            if (s.line == line) return s.reason;
        return std::string("kept");
    };
    CHECK(reason_at(1) == "not a question");      // the title
    CHECK(reason_at(9) == "table");               // "| # | Topic |"
    CHECK(reason_at(16) == "table of contents");  // "- Git & GitHub"
    CHECK(reason_at(915) == "page footer");       // "Top comments (0)"
}
