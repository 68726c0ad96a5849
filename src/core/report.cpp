// The report page: its style, the headline numbers, the weakest questions and topics, the
// recent rounds, and the charts of report_charts.cpp in between.
#include "core/report.hpp"

#include <fmt/format.h>

#include <cmath>

#include "core/report_parts.hpp"

namespace mockround {

namespace report_html {

std::string fixed(std::optional<double> value, int decimals) {
    return value ? fmt::format("{:.{}f}", *value, decimals) : "–";
}

std::string percent(std::optional<double> share) {
    return share ? fmt::format("{:.0f}%", *share * 100) : "–";
}

std::string marked(std::string_view key, std::optional<double> value, std::string_view shown) {
    const std::string number = value ? fmt::format("{}", std::round(*value * 10000) / 10000) : "";
    return fmt::format("<data data-k=\"{}\" value=\"{}\">{}</data>", html_escape(key), number,
                       shown);
}

std::string marked(std::string_view key, long value) {
    return fmt::format("<data data-k=\"{}\" value=\"{}\">{}</data>", html_escape(key), value,
                       value);
}

std::string day_text(Day day) {
    const std::chrono::year_month_day date{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

std::string_view utf8_prefix(std::string_view text, std::size_t bytes) {
    std::size_t cut = std::min(text.size(), bytes);
    while (cut > 0 && cut < text.size() && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80)
        --cut;
    return text.substr(0, cut);
}

std::string table_html(const Table& table) {
    std::string out = "<table><thead><tr>";
    for (const auto& h : table.header) out += "<th>" + h + "</th>";
    out += "</tr></thead><tbody>";
    for (const auto& row : table.rows) {
        out += "<tr>";
        for (const auto& c : row) out += "<td>" + c + "</td>";
        out += "</tr>";
    }
    return out + "</tbody></table>";
}

std::string details(std::string_view summary, const Table& table) {
    return fmt::format("<details><summary>{} (table)</summary>{}</details>", summary,
                       table_html(table));
}

}  // namespace report_html

namespace {

using namespace report_html;

constexpr std::string_view page_style = R"(
:root{--bg:#fff;--fg:#1b1b1b;--muted:#5c5c5c;--grid:#d8d8d8;--card:#f4f5f7;--line:#0072b2;
--m0:#d55e00;--m1:#e69f00;--m2:#f0e442;--m3:#56b4e9;--m4:#0072b2;--mn:#e2e2e2;--ms:#767676;
--c0:#ebebeb;--c1:#c6dbef;--c2:#6baed6;--c3:#2171b5;--c4:#08306b;--over:#d55e00}
@media (prefers-color-scheme:dark){:root{--bg:#141414;--fg:#e6e6e6;--muted:#a8a8a8;
--grid:#3a3a3a;--card:#1f2124;--line:#56b4e9;--mn:#333;--ms:#8c8c8c;--c0:#262626;--c1:#1d3b5c;
--c2:#2e6aa6;--c3:#5fa3de;--c4:#b9dcf7}}
body{margin:0 auto;max-width:980px;padding:1.5rem;background:var(--bg);color:var(--fg);
font:15px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif}
h1{font-size:1.6rem;margin:0 0 .2rem}h2{margin-top:2.2rem;border-bottom:1px solid var(--grid)}
h3{font-size:1rem;margin:1rem 0 .3rem}small,.note{color:var(--muted)}
.cards{display:flex;flex-wrap:wrap;gap:.6rem;padding:0;list-style:none}
.cards li{background:var(--card);border-radius:6px;padding:.5rem .8rem;min-width:7.5rem}
.cards b{display:block;font-size:1.4rem}
table{border-collapse:collapse;margin:.5rem 0;font-size:.9rem}
th,td{border-bottom:1px solid var(--grid);padding:.2rem .5rem;text-align:left;vertical-align:top}
details{margin:.4rem 0}summary{cursor:pointer;color:var(--muted)}
svg text{fill:var(--fg);font-size:11px}.axis{fill:var(--muted)}
.chart{width:100%;height:auto;max-width:760px}.chart.small{max-width:260px}
.grid{stroke:var(--grid)}.frame{fill:none;stroke:var(--grid)}
.line{fill:none;stroke:var(--line);stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.dot{fill:var(--line)}.bar{fill:var(--line)}.bar.over{fill:var(--over)}
.budget{stroke:var(--fg);stroke-dasharray:4 3}
.count{paint-order:stroke;stroke:var(--bg);stroke-width:3px;font-weight:600}
.diag{stroke:var(--fg);stroke-width:1.5}
.minis{display:flex;flex-wrap:wrap;gap:.8rem}.mini{margin:0;width:180px}
.mini figcaption{font-size:.8rem}.mini svg{width:180px;height:auto}
.coverage{display:flex;flex-wrap:wrap;gap:0 1.5rem}.cov svg{max-width:100%;height:auto}
.legend{display:flex;flex-wrap:wrap;gap:.8rem;font-size:.85rem}.key svg{vertical-align:-1px}
.mn{fill:var(--mn)}.ms{fill:var(--ms)}.m0{fill:var(--m0)}.m1{fill:var(--m1)}.m2{fill:var(--m2)}
.m3{fill:var(--m3)}.m4{fill:var(--m4)}.c0{fill:var(--c0)}.c1{fill:var(--c1)}.c2{fill:var(--c2)}
.c3{fill:var(--c3)}.c4{fill:var(--c4)}
pre{white-space:pre-wrap;margin:0;font-size:.85rem;max-width:40rem}
ul.points{margin:0;padding-left:1.1rem}code{font-size:.9em}
@media print{:root{--bg:#fff;--fg:#000;--muted:#444;--card:#fff}body{max-width:none;padding:0}
h2{break-after:avoid}section,figure,svg,tr{break-inside:avoid}summary{display:none}}
)";

std::string card(std::string_view label, const std::string& value) {
    return fmt::format("<li><b>{}</b>{}</li>", value, label);
}

std::string headline(const ReportInput& input, const std::vector<CoverageSection>& coverage,
                     const std::map<Day, int>& practice) {
    const GroupStats all = overall_stats(input.rounds);
    int asked = 0, questions = 0;
    for (const auto& s : coverage)
        asked += s.asked(), questions += static_cast<int>(s.cells.size());
    std::string out = "<ul class=\"cards\">";
    out += card("rounds", marked("rounds", static_cast<long>(input.rounds.size())));
    out += card("questions asked", marked("overall.asked", all.asked));
    out += card("answers", marked("overall.answers", all.answers));
    out += card("skipped", marked("overall.skipped", all.skipped));
    out += card("mean score (0–4)",
                marked("overall.mean_score", all.mean_score(), fixed(all.mean_score(), 2)));
    out += card("answers over budget",
                marked("overall.over_budget_share", all.over_share(), percent(all.over_share())));
    out += card("time use", marked("overall.mean_time_ratio", all.mean_time_ratio(),
                                   percent(all.mean_time_ratio())));
    out += card("day streak", marked("streak", current_streak(practice, input.calendar.today)));
    out += card("practice days", std::to_string(practice.size()));
    out += card("of the bank asked", fmt::format("{}/{}", asked, questions));
    return out + "</ul>";
}

std::string calibration_section(const std::vector<RoundData>& rounds) {
    const auto c = calibration(rounds);
    if (!c) return "<p>No question has both a self-score and an interviewer's score yet.</p>";
    return fmt::format(
               "<p>Self-scores sit {} points from the interviewer's on average ({} apart), over "
               "{} questions with both. Above 0: generous to yourself.</p>",
               marked("calibration.mean_difference", c->mean_difference,
                      fmt::format("{:+.2f}", c->mean_difference)),
               marked("calibration.mean_absolute", c->mean_absolute,
                      fmt::format("{:.2f}", c->mean_absolute)),
               marked("calibration.pairs", c->pairs)) +
           calibration_chart(rounds);
}

std::string key_points(const Question* question, const std::vector<std::string>* only) {
    if (!question || question->guide.key_points.empty()) return "";
    std::string out = "<ul class=\"points\">";
    const auto& points = question->guide.key_points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::string letter(1, static_cast<char>('a' + i));
        if (only && std::find(only->begin(), only->end(), letter) == only->end()) continue;
        out += "<li>" + letter + ") " + html_escape(points[i]) + "</li>";
    }
    return out + "</ul>";
}

std::string first_line(std::string_view text) {
    return html_escape(text.substr(0, text.find('\n')));
}

std::string weakest_section(const ReportInput& input,
                            const std::vector<QuestionHistory>& histories) {
    auto questions = weakest(histories);
    auto topics = weakest_topics(histories);
    if (questions.empty()) return "<p>No weak spots: every question asked scored 4, in time.</p>";
    questions.resize(std::min(questions.size(), report_weakest));
    topics.resize(std::min(topics.size(), report_weakest));
    Table t{{"topic", "weakness", "asked"}, {}};
    for (const auto& topic : topics) {
        const std::string key = "weak.topic." + topic.section + "." + topic.topic + ".";
        t.rows.push_back({html_escape(topic.section + "." + topic.topic),
                          marked(key + "weakness", topic.weakness, percent(topic.weakness)),
                          marked(key + "attempts", topic.attempts)});
    }
    Table q{{"question", "weakness", "mean", "asked", "what a strong answer covers"}, {}};
    for (const auto* h : questions) {
        const std::string key = "weak.question." + h->id + ".";
        q.rows.push_back({"<code>" + html_escape(h->id) + "</code><br>" + first_line(h->text),
                          marked(key + "weakness", h->weakness(), percent(h->weakness())),
                          marked(key + "mean_score", h->mean_score(), fixed(h->mean_score(), 1)),
                          marked(key + "attempts", static_cast<long>(h->attempts.size())),
                          key_points(input.bank.find(h->id), nullptr)});
    }
    return "<h3>Topics</h3>" + table_html(t) + "<h3>Questions</h3>" + table_html(q) +
           "<p class=\"note\">Weakness: per time asked, the score short of 4 (4 when skipped), +1 "
           "for a time-up, +1 for a hint, out of 6, averaged. <code>mockround run --focus "
           "weak</code> asks them again.</p>";
}

std::string outcome_html(const QuestionRecord& q) {
    if (q.state == QuestionState::skipped) return "skipped";
    if (q.state == QuestionState::pending) return "not reached";
    if (!q.score) return "in hand";
    std::string text = fmt::format("<b>{}</b>/4", *q.score);
    if (q.scored_by == Scorer::interviewer)
        text += q.self_score ? fmt::format(" interviewer; self {}", *q.self_score) : " interviewer";
    if (q.time_up) text += "<br>time up";
    if (q.hint_used) text += "<br>hint used";
    return text;
}

std::string answer_html(const QuestionRecord& q) {
    if (q.answer_text.empty()) return "";
    const std::size_t cut = utf8_prefix(q.answer_text, report_answer_chars).size();
    std::string out = "<pre>" + html_escape(std::string_view(q.answer_text).substr(0, cut));
    if (cut < q.answer_text.size())
        out += fmt::format(
            "…</pre><small>{} more bytes: <code>mockround show</code> has it all"
            "</small>",
            q.answer_text.size() - cut);
    else
        out += "</pre>";
    return out;
}

std::string round_html(const ReportInput& input, const RoundData& round) {
    const RoundTotals t = totals_of(round.questions);
    std::string out = fmt::format(
        "<section class=\"round\"><h3>{} <small>{} · {} · {} · {}/{} answered · mean {}</small>"
        "</h3>",
        html_escape(round.info.id), html_escape(input.calendar.local_text(round.info.started_at)),
        html_escape(round.info.profile), to_string(round.info.mode), t.answered, t.planned,
        fixed(t.mean_score, 1));
    Table table{{"question", "score", "key points covered", "answer"}, {}};
    for (const auto& q : round.questions) {
        std::string note =
            q.note.empty() ? "" : "<br><small>note: " + html_escape(q.note) + "</small>";
        table.rows.push_back(
            {"<code>" + html_escape(q.id) + "</code><br>" + first_line(q.text) + note,
             outcome_html(q), key_points(input.bank.find(q.id), &q.covered), answer_html(q)});
    }
    return out + table_html(table) + "</section>";
}

std::string recent_section(const ReportInput& input) {
    if (input.rounds.empty())
        return "<p>No rounds yet. Start one with <code>mockround run</code>.</p>";
    std::string out;
    std::size_t shown = 0;
    for (auto it = input.rounds.rbegin(); it != input.rounds.rend() && shown < report_recent_rounds;
         ++it, ++shown)
        out += round_html(input, *it);
    return out;
}

std::string section(std::string_view id, std::string_view title, const std::string& body) {
    return fmt::format("<section id=\"{}\"><h2>{}</h2>{}</section>\n", id, title, body);
}

}  // namespace

std::string html_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&#39;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

std::string render_report(const ReportInput& input) {
    const auto histories = question_histories(input.rounds);
    const auto coverage = coverage_map(input.bank, histories);
    std::string out = fmt::format(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" "
        "content=\"width=device-width,initial-scale=1\"><meta name=\"color-scheme\" "
        "content=\"light "
        "dark\"><title>mockround progress</title><style>{}</style></head><body>\n<header><h1>"
        "mockround progress</h1><p class=\"note\">{}Made {}.</p></header>\n",
        page_style,
        input.filters.empty() ? "" : "Rounds matching " + html_escape(input.filters) + ". ",
        html_escape(input.generated));
    const auto practice = practice_days(input.rounds, input.calendar.local_day);
    out += section("headline", "At a glance", headline(input, coverage, practice));
    out += section("weeks", "Mean score per week", weekly_charts(input));
    out += section("coverage", "Coverage of the bank", coverage_chart(coverage));
    out += section("calendar", "Practice calendar", calendar_chart(practice, input.calendar.today));
    out += section("time", "Time against budget per kind", kind_chart(input));
    out += section("calibration", "Self-scores against the interviewer's",
                   calibration_section(input.rounds));
    out += section("weakest", "Weakest topics and questions", weakest_section(input, histories));
    out += section("recent", "Recent rounds", recent_section(input));
    return out + "</body></html>\n";
}

}  // namespace mockround
