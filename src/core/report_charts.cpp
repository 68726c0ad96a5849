// The report's charts, each an inline SVG with its numbers in a table under it.
#include <fmt/compile.h>
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>

#include "core/report_parts.hpp"

namespace mockround::report_html {

namespace {

using std::chrono::days;

constexpr int chart_weeks = 53;  // the practice calendar: a year
constexpr int cell = 12, cell_gap = 2;

// The x of week `week` in a chart of `count` weeks from `first` over `width` pixels.
double week_x(Day first, Day week, std::size_t count, double width) {
    const double index = static_cast<double>((week - first).count()) / 7;
    return count > 1 ? index / static_cast<double>(count - 1) * width : width / 2;
}

// One polyline per run of weeks with a mean; a lone week is a dot (a zero-length round cap).
std::string week_path(const std::vector<WeekPoint>& weeks, Day first, std::size_t count,
                      double width, double height) {
    std::string d;
    bool drawing = false;
    for (std::size_t i = 0; i < weeks.size(); ++i) {
        const auto& w = weeks[i];
        if (!w.mean) {
            drawing = false;
            continue;
        }
        const double x = week_x(first, w.monday, count, width);
        const double y = (max_score - *w.mean) / max_score * height;
        const bool alone = !drawing && (i + 1 == weeks.size() || !weeks[i + 1].mean);
        fmt::format_to(std::back_inserter(d), "{}{:.1f} {:.1f}{}", drawing ? "L" : "M", x, y,
                       alone ? "h0.1" : "");
        drawing = true;
    }
    return d;
}

std::string score_grid(double left, double width, double height) {
    std::string out;
    for (int s = 0; s <= max_score; ++s) {
        const double y = (max_score - s) * height / max_score;
        fmt::format_to(std::back_inserter(out),
                       "<line class=\"grid\" x1=\"{}\" x2=\"{:.0f}\" y1=\"{:.1f}\" y2=\"{:.1f}\"/>"
                       "<text class=\"axis\" x=\"{}\" y=\"{:.1f}\" text-anchor=\"end\">{}</text>",
                       left, left + width, y, y, left - 6, y + 4, s);
    }
    return out;
}

struct WeekRange {
    Day first, last;
    std::size_t count;
};

std::string overall_chart(const std::vector<WeekPoint>& weeks, const WeekRange& range) {
    constexpr double width = 660, height = 160, left = 30;
    std::string out = fmt::format(
        "<svg class=\"chart\" viewBox=\"0 -10 {} {}\" role=\"img\" aria-label=\"Mean score per "
        "week\">{}<g transform=\"translate({},0)\"><path class=\"line\" d=\"{}\"/>",
        width + left + 10, height + 34, score_grid(left, width, height), left,
        week_path(weeks, range.first, range.count, width, height));
    for (const auto& w : weeks)
        if (w.mean)
            fmt::format_to(
                std::back_inserter(out),
                FMT_COMPILE(
                    "<circle class=\"dot\" cx=\"{:.1f}\" cy=\"{:.1f}\" r=\"2.5\"><title>week "
                    "of {}: {:.2f} ({} answers)</title></circle>"),
                week_x(range.first, w.monday, range.count, width),
                (max_score - *w.mean) / max_score * height, day_text(w.monday), *w.mean, w.answers);
    fmt::format_to(std::back_inserter(out),
                   "<text class=\"axis\" x=\"0\" y=\"{0}\">{1}</text><text class=\"axis\" "
                   "x=\"{2}\" y=\"{0}\" text-anchor=\"end\">{3}</text>",
                   height + 20, day_text(range.first), width, day_text(range.last));
    return out + "</g></svg>";
}

struct SectionWeeks {
    GroupStats stats;
    std::map<Day, WeekPoint> weeks;
};

std::string mini_chart(const SectionWeeks& section, const WeekRange& range) {
    constexpr double width = 170, height = 40;
    std::vector<WeekPoint> points;
    for (const auto& [day, point] : section.weeks) points.push_back(point);
    return fmt::format(
        "<figure class=\"mini\"><figcaption>{} <small>mean {}, {} answers</small></figcaption>"
        "<svg viewBox=\"-2 -2 {} {}\" role=\"img\" aria-label=\"{} mean score per week\">"
        "<rect class=\"frame\" x=\"0\" y=\"0\" width=\"{}\" height=\"{}\"/>"
        "<path class=\"line\" d=\"{}\"/></svg></figure>",
        html_escape(section.stats.key), fixed(section.stats.mean_score(), 2), section.stats.answers,
        width + 4, height + 4, html_escape(section.stats.key), width, height,
        week_path(points, range.first, range.count, width, height));
}

std::vector<std::string> group_cells(std::string_view prefix, const GroupStats& g) {
    const std::string k = std::string(prefix) + g.key + ".";
    return {html_escape(g.key),
            marked(k + "asked", g.asked),
            marked(k + "answers", g.answers),
            marked(k + "skipped", g.skipped),
            marked(k + "mean_score", g.mean_score(), fixed(g.mean_score(), 2)),
            marked(k + "over_budget_share", g.over_share(), percent(g.over_share())),
            marked(k + "mean_time_ratio", g.mean_time_ratio(), percent(g.mean_time_ratio()))};
}

const std::vector<std::string> group_header = {"",     "asked",       "answers", "skipped",
                                               "mean", "over budget", "time use"};

Table week_table(const std::vector<WeekPoint>& weeks, const std::vector<SectionWeeks>& sections) {
    Table table{{"week", "answers", "mean"}, {}};
    for (const auto& s : sections) table.header.push_back(html_escape(s.stats.key));
    for (const auto& w : weeks) {
        const std::string key = "week." + day_text(w.monday) + ".";
        std::vector<std::string> row = {day_text(w.monday), marked(key + "answers", w.answers),
                                        marked(key + "mean_score", w.mean, fixed(w.mean, 2))};
        for (const auto& s : sections) {
            auto it = s.weeks.find(w.monday);
            row.push_back(it == s.weeks.end() ? "" : fixed(it->second.mean, 2));
        }
        table.rows.push_back(std::move(row));
    }
    return table;
}

std::vector<SectionWeeks> section_weeks(const ReportInput& input,
                                        std::map<std::string, std::vector<WeekPoint>>& weeks) {
    std::vector<SectionWeeks> out;
    for (auto& g : group_stats(input.rounds, [](const QuestionRecord& q) { return q.section; })) {
        SectionWeeks s{g, {}};
        for (const auto& w : weeks[g.key])
            if (w.mean) s.weeks.emplace(w.monday, w);
        out.push_back(std::move(s));
    }
    return out;
}

std::string calendar_class(int count) {
    if (count == 0) return "c0";
    if (count <= 2) return "c1";
    if (count <= 5) return "c2";
    if (count <= 9) return "c3";
    return "c4";
}

std::string calendar_cells(const std::map<Day, int>& practice, Day first, Day last) {
    static const char* const weekday_names[] = {"Mon", "", "Wed", "", "Fri", "", ""};
    constexpr int left = 30, top = 16;
    std::string out;
    for (int row = 0; row < 7; ++row)
        fmt::format_to(std::back_inserter(out), "<text class=\"axis\" x=\"0\" y=\"{}\">{}</text>",
                       top + row * (cell + cell_gap) + 10, weekday_names[row]);
    for (Day day = first; day <= last; day += days(1)) {
        const auto offset = (day - first).count();
        const int x = left + static_cast<int>(offset / 7) * (cell + cell_gap);
        const int y = top + static_cast<int>(offset % 7) * (cell + cell_gap);
        const std::chrono::year_month_day date{day};
        if (date.day() == std::chrono::day{1})
            fmt::format_to(std::back_inserter(out),
                           "<text class=\"axis\" x=\"{}\" y=\"10\">{:02}</text>", x,
                           static_cast<unsigned>(date.month()));
        auto it = practice.find(day);
        const int count = it == practice.end() ? 0 : it->second;
        fmt::format_to(
            std::back_inserter(out),
            FMT_COMPILE(
                "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"><title>{}: "
                "{} asked</title></rect>"),
            calendar_class(count), x, y, cell, cell, day_text(day), count);
    }
    return out;
}

std::string swatch(std::string_view css_class, std::string_view label) {
    return fmt::format(
        "<span class=\"key\"><svg width=\"12\" height=\"12\"><rect class=\"{}\" "
        "width=\"12\" height=\"12\"/></svg> {}</span>",
        css_class, label);
}

constexpr const char* coverage_classes[coverage_marks] = {"mn", "ms", "m0", "m1", "m2", "m3", "m4"};

// One section of the coverage map: a cell per question, its id, outcome and text as its title.
std::string coverage_section(const CoverageSection& s) {
    constexpr int per_row = 32;
    const int rows = (static_cast<int>(s.cells.size()) + per_row - 1) / per_row;
    std::string out = fmt::format(
        "<div class=\"cov\"><h3>{} <small>{} of {} asked</small></h3><svg viewBox=\"0 0 {} {}\" "
        "width=\"{}\" role=\"img\" aria-label=\"{}\">",
        html_escape(s.title.empty() ? s.id : s.title), s.asked(), s.cells.size(),
        per_row * (cell + cell_gap), rows * (cell + cell_gap), per_row * (cell + cell_gap),
        html_escape(s.id));
    for (std::size_t i = 0; i < s.cells.size(); ++i) {
        const CoverageCell& c = s.cells[i];
        const std::string_view text = c.question->text;
        fmt::format_to(std::back_inserter(out),
                       FMT_COMPILE("<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"{}\" "
                                   "height=\"{}\"><title>{} ({}, asked {}x): {}</title></rect>"),
                       coverage_classes[static_cast<std::size_t>(c.mark)],
                       static_cast<int>(i % per_row) * (cell + cell_gap),
                       static_cast<int>(i / per_row) * (cell + cell_gap), cell, cell,
                       html_escape(c.question->id), to_string(c.mark), c.attempts,
                       html_escape(utf8_prefix(text.substr(0, text.find('\n')), 160)));
    }
    return out + "</svg></div>";
}

}  // namespace

std::string weekly_charts(const ReportInput& input) {
    auto by_section = weekly_means_by(input.rounds, input.calendar.local_day,
                                      [](const QuestionRecord& q) { return q.section; });
    const auto& weeks = by_section.all;
    if (weeks.empty()) return "<p>No answers yet.</p>";
    const WeekRange range{weeks.front().monday, weeks.back().monday, weeks.size()};
    const auto sections = section_weeks(input, by_section.groups);
    std::string out = overall_chart(weeks, range);
    out += details("Mean score per week, overall and per section", week_table(weeks, sections));
    out += "<h3>Per section</h3><div class=\"minis\">";
    for (const auto& s : sections) out += mini_chart(s, range);
    out += "</div>";
    Table groups{group_header, {}};
    groups.header[0] = "section";
    for (const auto& s : sections) groups.rows.push_back(group_cells("section.", s.stats));
    return out + details("Per section: asked, answers, mean score, time", groups);
}

std::string coverage_chart(const std::vector<CoverageSection>& sections) {
    std::string out = "<p class=\"legend\">";
    for (std::size_t m = 0; m < coverage_marks; ++m)
        out += swatch(coverage_classes[m], to_string(static_cast<CoverageMark>(m)));
    out += "</p><div class=\"coverage\">";
    Table table{
        {"section", "questions", "asked", "never asked", "skipped", "0", "1", "2", "3", "4"}, {}};
    for (const auto& s : sections) {
        out += coverage_section(s);
        std::vector<std::string> row = {html_escape(s.id), std::to_string(s.cells.size()),
                                        std::to_string(s.asked())};
        for (int count : s.counts) row.push_back(std::to_string(count));
        table.rows.push_back(std::move(row));
    }
    return out + "</div>" + details("Questions per section by their last outcome", table);
}

std::string calendar_chart(const std::map<Day, int>& practice, Day today) {
    const Day end = practice.empty() ? today : std::max(today, practice.rbegin()->first);
    const Day first = monday_of(end) - days(7 * (chart_weeks - 1));
    std::string out = fmt::format(
        "<svg class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"Questions asked "
        "per day\">{}</svg><p class=\"legend\">",
        30 + chart_weeks * (cell + cell_gap), 16 + 7 * (cell + cell_gap),
        calendar_cells(practice, first, end));
    out += swatch("c0", "none") + swatch("c1", "1–2") + swatch("c2", "3–5") + swatch("c3", "6–9") +
           swatch("c4", "10 or more") + "</p>";
    Table table{{"day", "questions asked"}, {}};
    for (const auto& [day, count] : practice)
        table.rows.push_back({day_text(day), marked("day." + day_text(day), count)});
    return out + details("Questions asked per day (every practice day)", table);
}

std::string kind_chart(const ReportInput& input) {
    // group_key's kinds, looked up once per question of the bank rather than once per answer.
    std::unordered_map<std::string_view, std::string_view> kinds;
    for (const auto& q : input.bank.questions()) kinds.emplace(q.id, to_string(q.kind));
    const auto groups = group_stats(input.rounds, [&](const QuestionRecord& q) {
        const auto it = kinds.find(q.id);
        return std::string(it == kinds.end() ? group_key(GroupBy::kind, q, input.bank)
                                             : it->second);
    });
    double scale = 1.5;
    for (const auto& g : groups) scale = std::max(scale, g.mean_time_ratio().value_or(0));
    constexpr double left = 90, width = 480, row = 24;
    std::string out = fmt::format(
        "<svg class=\"chart\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"Answer time "
        "against budget per kind\">",
        left + width + 60, row * static_cast<double>(groups.size()) + 20);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const auto ratio = groups[i].mean_time_ratio().value_or(0);
        fmt::format_to(
            std::back_inserter(out),
            "<text class=\"axis\" x=\"0\" y=\"{0:.0f}\">{1}</text><rect class=\"bar{2}\" "
            "x=\"{3}\" y=\"{4:.0f}\" width=\"{5:.1f}\" height=\"16\"><title>{1}: {6} of "
            "the budget</title></rect><text class=\"axis\" x=\"{7:.1f}\" "
            "y=\"{0:.0f}\">{6}</text>",
            row * static_cast<double>(i) + 13, html_escape(groups[i].key), ratio > 1 ? " over" : "",
            left, row * static_cast<double>(i) + 1, ratio / scale * width,
            percent(groups[i].mean_time_ratio()), left + ratio / scale * width + 4);
    }
    const double budget_x = left + width / scale;
    fmt::format_to(std::back_inserter(out),
                   "<line class=\"budget\" x1=\"{0:.1f}\" x2=\"{0:.1f}\" y1=\"0\" y2=\"{1:.0f}\"/>"
                   "<text class=\"axis\" x=\"{0:.1f}\" y=\"{2:.0f}\" text-anchor=\"middle\">budget"
                   "</text></svg>",
                   budget_x, row * static_cast<double>(groups.size()),
                   row * static_cast<double>(groups.size()) + 14);
    Table table{group_header, {}};
    table.header[0] = "kind";
    for (const auto& g : groups) table.rows.push_back(group_cells("kind.", g));
    return out + details("Per kind: answers, time against budget", table);
}

std::string calibration_chart(const std::vector<RoundData>& rounds) {
    int counts[max_score + 1][max_score + 1] = {};
    int most = 0;
    for (const auto& round : rounds)
        for (const auto& q : round.questions)
            if (q.score && q.self_score && q.scored_by == Scorer::interviewer)
                most = std::max(most, ++counts[*q.self_score][*q.score]);
    constexpr int size = 34, left = 60, top = 30;
    std::string out = fmt::format(
        "<svg class=\"chart small\" viewBox=\"0 0 {} {}\" role=\"img\" aria-label=\"Self-score "
        "against interviewer score\"><text class=\"axis\" x=\"{}\" y=\"12\">interviewer's score"
        "</text><text class=\"axis\" x=\"0\" y=\"{}\">self</text>",
        left + 5 * size + 10, top + 5 * size + 10, left, top + 5 * size / 2);
    Table table{{"self \\ interviewer", "0", "1", "2", "3", "4"}, {}};
    for (int self = 0; self <= max_score; ++self) {
        std::vector<std::string> row = {std::to_string(self)};
        for (int by = 0; by <= max_score; ++by) {
            const int n = counts[self][by];
            const int shade = n == 0 ? 0 : 1 + (n * 3 + most - 1) / most;  // 1..4
            fmt::format_to(std::back_inserter(out),
                           "<rect class=\"c{}{}\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\">"
                           "<title>self {}, interviewer {}: {}</title></rect>"
                           "<text class=\"count\" x=\"{}\" y=\"{}\">{}</text>",
                           std::min(shade, 4), self == by ? " diag" : "", left + by * size,
                           top + self * size, size - 2, size - 2, self, by, n,
                           left + by * size + size / 2 - 4, top + self * size + size / 2 + 4, n);
            row.push_back(std::to_string(n));
        }
        fmt::format_to(std::back_inserter(out), "<text class=\"axis\" x=\"{}\" y=\"{}\">{}</text>",
                       left - 14, top + self * size + size / 2 + 4, self);
        table.rows.push_back(std::move(row));
    }
    for (int by = 0; by <= max_score; ++by)
        fmt::format_to(std::back_inserter(out), "<text class=\"axis\" x=\"{}\" y=\"{}\">{}</text>",
                       left + by * size + size / 2 - 4, top - 4, by);
    return out + "</svg>" + details("Questions by self-score and interviewer's score", table);
}

}  // namespace mockround::report_html
