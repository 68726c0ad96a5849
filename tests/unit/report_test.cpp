// The coverage map, the per-group weeks, and the HTML report (core/report.hpp) and the terminal
// coverage map (term/coverage_map.hpp), from rounds made here.
#include <catch2/catch.hpp>

#include <regex>

#include "core/coverage.hpp"
#include "core/report.hpp"
#include "term/coverage_map.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

const WallTime week_start = std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + 9h;

Day utc_of(WallTime t) {
    return std::chrono::floor<std::chrono::days>(t);
}

Bank report_bank() {
    Bank bank;
    bank.add_section({"git", "Git & <GitHub>", {{"basics", "Basics"}}});
    bank.add_section({"pg", "PostgreSQL", {{"basics", "Basics"}}});
    for (const char* id : {"git.a", "git.b", "git.c", "pg.x"}) {
        Question q;
        q.id = id;
        q.section = std::string(id).substr(0, std::string(id).find('.'));
        q.topic = "basics";
        q.text = std::string("What is <") + id + "> & why?";
        q.kind = q.section == "pg" ? Kind::coding : Kind::conceptual;
        q.guide.key_points = {"first point", "second <point>"};
        bank.add_question(q);
    }
    return bank;
}

QuestionRecord answer_record(const std::string& id, std::optional<int> score) {
    QuestionRecord q;
    q.id = id;
    q.section = id.substr(0, id.find('.'));
    q.topic = "basics";
    q.text = "What is <" + id + "> & why?";
    q.state = score ? QuestionState::scored : QuestionState::skipped;
    q.score = score;
    q.answer = 30s;
    q.budget = 60s;
    return q;
}

RoundData round_started(WallTime start, std::vector<QuestionRecord> questions) {
    RoundData r;
    r.info.id = "round-" + std::to_string(start.time_since_epoch().count());
    r.info.profile = "fresher";
    r.info.started_at = start;
    for (auto& q : questions) q.asked_at = start;
    r.questions = std::move(questions);
    return r;
}

ReportInput report_input(const std::vector<RoundData>& rounds, const Bank& bank) {
    return {rounds,
            bank,
            {utc_of, [](WallTime) { return std::string("2026-03-02 09:00"); },
             utc_of(week_start + 24h)},
            "",
            "now"};
}

std::size_t occurrences(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("html_escape escapes the five characters of markup") {
    CHECK(html_escape("<a href=\"x\">Tom's & Jerry</a>") ==
          "&lt;a href=&quot;x&quot;&gt;Tom&#39;s &amp; Jerry&lt;/a&gt;");
    CHECK(html_escape("plain ü") == "plain ü");
}

TEST_CASE("the coverage map marks every question of the bank by its last outcome") {
    const Bank bank = report_bank();
    const std::vector<RoundData> rounds = {
        round_started(week_start, {answer_record("git.a", 1), answer_record("pg.x", 4)}),
        round_started(week_start + 1h,
                      {answer_record("git.a", std::nullopt), answer_record("gone.q", 2)}),
        round_started(week_start + 2h, {answer_record("git.c", 3)}),
    };
    const auto map = coverage_map(bank, question_histories(rounds));
    REQUIRE(map.size() == 2);
    CHECK(map[0].id == "git");
    REQUIRE(map[0].cells.size() == 3);
    CHECK(map[0].cells[0].mark == CoverageMark::skipped);  // 1, then skipped
    CHECK(map[0].cells[0].attempts == 2);
    CHECK(map[0].cells[1].mark == CoverageMark::never);
    CHECK(map[0].cells[2].mark == CoverageMark::score3);
    CHECK(map[0].asked() == 2);
    CHECK(map[1].cells[0].mark == CoverageMark::score4);
    CHECK(map[1].counts[static_cast<std::size_t>(CoverageMark::score4)] == 1);
}

TEST_CASE("weekly means by group: each group over its own weeks") {
    const std::vector<RoundData> rounds = {
        round_started(week_start, {answer_record("git.a", 1), answer_record("pg.x", 4)}),
        round_started(week_start + 14 * 24h,
                      {answer_record("git.a", 3), answer_record("git.b", std::nullopt)}),
    };
    const auto means =
        weekly_means_by(rounds, utc_of, [](const QuestionRecord& q) { return q.section; });
    const auto& by = means.groups;
    REQUIRE(by.size() == 2);
    const auto& git = by.at("git");
    REQUIRE(git.size() == 3);
    CHECK(*git[0].mean == Approx(1.0));
    CHECK_FALSE(git[1].mean);
    CHECK(*git[2].mean == Approx(3.0));
    CHECK(by.at("pg").size() == 1);
    const auto all = weekly_means(rounds, utc_of);
    REQUIRE(all.size() == 3);
    CHECK(*all[0].mean == Approx(2.5));
    REQUIRE(means.all.size() == 3);
    CHECK(means.all[0].answers == all[0].answers);
    CHECK(*means.all[2].mean == Approx(*all[2].mean));
}

TEST_CASE("the report marks its numbers, escapes every text and stands alone") {
    const Bank bank = report_bank();
    std::vector<RoundData> rounds;
    for (int n = 0; n < 12; ++n)
        rounds.push_back(round_started(week_start + n * 1h,
                                       {answer_record("git.a", n % 5), answer_record("pg.x", 2)}));
    rounds.back().questions[0].answer_text = "<script>x</script>" + std::string(3000, 'a') + "é";
    rounds.back().questions[0].covered = {"b"};
    const std::string html = render_report(report_input(rounds, bank));
    CHECK(html.rfind("<!DOCTYPE html>", 0) == 0);
    CHECK(html.find("<data data-k=\"rounds\" value=\"12\">12</data>") != std::string::npos);
    // (0+1+2+3+4+0+1+2+3+4+0+1 + 12*2) / 24 = 45 / 24
    CHECK(html.find("data-k=\"overall.mean_score\" value=\"1.875\"") != std::string::npos);
    CHECK(html.find("data-k=\"section.pg.mean_score\" value=\"2\"") != std::string::npos);
    CHECK(html.find("data-k=\"kind.coding.answers\" value=\"12\"") != std::string::npos);
    CHECK(html.find("data-k=\"day.2026-03-02\" value=\"24\"") != std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    CHECK(html.find("&lt;script&gt;x") != std::string::npos);
    CHECK(html.find("Git &amp; &lt;GitHub&gt;") != std::string::npos);
    CHECK(html.find("b) second &lt;point&gt;") != std::string::npos);
    CHECK(html.find("http") == std::string::npos);
    CHECK(occurrences(html, "<section class=\"round\">") == report_recent_rounds);
    // The answer cut at 2,000 bytes (18 of markup, then a), the other 1,020 counted.
    CHECK(html.find(std::string(report_answer_chars - 18, 'a') + "…</pre>") != std::string::npos);
    CHECK(html.find("1020 more bytes") != std::string::npos);
    CHECK(occurrences(html, "<details>") == occurrences(html, "</details>"));
}

TEST_CASE("an empty history makes a report with the bank all never asked") {
    const Bank bank = report_bank();
    const std::vector<RoundData> none;
    const std::string html = render_report(report_input(none, bank));
    CHECK(html.find("No rounds yet") != std::string::npos);
    CHECK(occurrences(html, "class=\"mn\" x=") == 4);
}

TEST_CASE("the terminal coverage map: a glyph per question, ASCII without UTF-8") {
    const Bank bank = report_bank();
    const std::vector<RoundData> rounds = {
        round_started(week_start, {answer_record("git.a", 0), answer_record("git.c", std::nullopt),
                                   answer_record("pg.x", 4)})};
    const auto map = coverage_map(bank, question_histories(rounds));
    const std::string ascii = term::render_coverage(map, term::Style(false, false));
    CHECK(ascii.find("git                   2/3    _.x\n") != std::string::npos);
    CHECK(ascii.find("pg                    1/1    #\n") != std::string::npos);
    CHECK(ascii.find("3 of 4 questions asked") != std::string::npos);
    const std::string unicode = term::render_coverage(map, term::Style(true, true));
    CHECK(unicode.find("▁") != std::string::npos);
    CHECK(unicode.find("\x1b[34m█\x1b[0m") != std::string::npos);  // 4 in blue
}

TEST_CASE("the terminal coverage map wraps a long section") {
    Bank bank;
    bank.add_section({"big", "Big", {{"t", "T"}}});
    for (std::size_t i = 0; i < term::coverage_cells_per_line + 5; ++i) {
        Question q;
        q.id = "big.q" + std::to_string(i);
        q.section = "big";
        q.topic = "t";
        bank.add_question(q);
    }
    const std::string text =
        term::render_coverage(coverage_map(bank, {}), term::Style(false, false));
    CHECK(text.find(std::string(term::coverage_cells_per_line, '.') + "\n" + std::string(29, ' ') +
                    ".....\n") != std::string::npos);
}
