// mockround stats: per group the answers, mean score, time use; the weekly trend, practice
// days and streak, and the calibration of self-scores against an interviewer's.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/coverage.hpp"
#include "term/coverage_map.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;
using std::chrono::days;

struct StatsOptions {
    ReviewOptions review;
    std::string by = "section";
    bool coverage = false;
};

constexpr int heatmap_weeks = 12;

// One glyph per week: the mean score 0-4 as the height of a block (Style::glyphs draws them
// in ASCII without UTF-8).
std::string sparkline(const std::vector<WeekPoint>& weeks) {
    static const char* const blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
    std::string out;
    for (const auto& w : weeks) {
        if (!w.mean) {
            out += ' ';
            continue;
        }
        const auto level = static_cast<std::size_t>(std::lround(*w.mean / max_score * 7));
        out += blocks[level];
    }
    return out;
}

std::string heat_glyph(int count) {
    if (count == 0) return "·";
    if (count <= 2) return "░";
    if (count <= 5) return "▒";
    return "▓";
}

// Rows Monday..Sunday, one column per week, the last column this week.
std::string heatmap(const std::map<Day, int>& practice, Day today) {
    static const char* const names[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const Day first = monday_of(today) - days(7 * (heatmap_weeks - 1));
    std::string out;
    for (int weekday = 0; weekday < 7; ++weekday) {
        out += fmt::format("  {} ", names[weekday]);
        for (int week = 0; week < heatmap_weeks; ++week) {
            const Day day = first + days(7 * week + weekday);
            if (day > today) break;
            auto it = practice.find(day);
            out += heat_glyph(it == practice.end() ? 0 : it->second);
        }
        out += '\n';
    }
    return out;
}

json group_json(const GroupStats& g) {
    return {{"key", g.key},
            {"asked", g.asked},
            {"answers", g.answers},
            {"skipped", g.skipped},
            {"mean_score", number_json(g.mean_score())},
            {"over_budget_share", number_json(g.over_share())},
            {"mean_time_ratio", number_json(g.mean_time_ratio())}};
}

void print_json(const std::vector<RoundData>& rounds, const std::vector<GroupStats>& groups,
                const std::string& by) {
    json out = {
        {"by", by}, {"rounds", rounds.size()}, {"overall", group_json(overall_stats(rounds))}};
    out["groups"] = json::array();
    for (const auto& g : groups) out["groups"].push_back(group_json(g));
    out["weeks"] = json::array();
    for (const auto& w : weekly_means(rounds, store_local_day))
        out["weeks"].push_back({{"week", day_text(w.monday)},
                                {"answers", w.answers},
                                {"mean_score", number_json(w.mean)}});
    const auto practice = practice_days(rounds, store_local_day);
    out["days"] = json::object();
    for (const auto& [day, count] : practice) out["days"][day_text(day)] = count;
    out["streak"] = current_streak(practice, today());
    const auto c = calibration(rounds);
    out["calibration"] = c ? json{{"pairs", c->pairs},
                                  {"mean_difference", number_json(c->mean_difference)},
                                  {"mean_absolute", number_json(c->mean_absolute)}}
                           : json();
    fmt::print("{}\n", out.dump(2));
}

// Each section with its cells in the bank's order: "last" is the mark ("never asked",
// "skipped", "score 3").
void print_coverage_json(const std::vector<CoverageSection>& map) {
    json out = {{"sections", json::array()}};
    for (const auto& s : map) {
        json cells = json::array();
        for (const auto& c : s.cells)
            cells.push_back(
                {{"id", c.question->id}, {"last", to_string(c.mark)}, {"attempts", c.attempts}});
        out["sections"].push_back({{"id", s.id},
                                   {"title", s.title},
                                   {"questions", s.cells.size()},
                                   {"asked", s.asked()},
                                   {"cells", cells}});
    }
    fmt::print("{}\n", out.dump(2));
}

std::string percent(std::optional<double> share) {
    return share ? fmt::format("{:.0f}%", *share * 100) : "-";
}

void print_text(const std::vector<RoundData>& rounds, const std::vector<GroupStats>& groups,
                const std::string& by, const term::Style& style) {
    fmt::print("{}\n", style.bold(fmt::format("{:<28} {:>6} {:>7} {:>5} {:>6} {:>9}", by, "asked",
                                              "answers", "mean", "over", "time use")));
    auto row = [](const GroupStats& g) {
        return fmt::format("{:<28} {:>6} {:>7} {:>5} {:>6} {:>9}", g.key, g.asked, g.answers,
                           score_text(g.mean_score()), percent(g.over_share()),
                           percent(g.mean_time_ratio()));
    };
    for (const auto& g : groups) fmt::print("{}\n", row(g));
    fmt::print("{}\n\n", style.bold(row(overall_stats(rounds))));
    const auto weeks = weekly_means(rounds, store_local_day);
    if (!weeks.empty())
        fmt::print("Mean score per week since {}: {}  (last {})\n", day_text(weeks.front().monday),
                   style.cyan(style.glyphs(sparkline(weeks))), score_text(weeks.back().mean));
    const auto practice = practice_days(rounds, store_local_day);
    fmt::print("Practice, last {} weeks (questions a day):\n{}", heatmap_weeks,
               style.glyphs(heatmap(practice, today())));
    const int streak = current_streak(practice, today());
    fmt::print("Current streak: {} day{}\n", streak, streak == 1 ? "" : "s");
    if (const auto c = calibration(rounds))
        fmt::print(
            "Calibration: self-scores sit {:+.2f} from the interviewer's on average "
            "({:.2f} apart, {} questions)\n",
            c->mean_difference, c->mean_absolute, c->pairs);
}

void stats(Context& context, const StatsOptions& options) {
    const auto by = parse_group_by(options.by);
    if (!by) throw UsageError("--by " + options.by + ": expected section, topic, level or kind");
    const RoundSelection selection = select_rounds(context, options.review);
    const auto& rounds = selection.rounds;
    if (options.coverage) {
        const auto map = coverage_map(context.bank(), question_histories(rounds));
        if (options.review.json) return print_coverage_json(map);
        return fmt::print("{}", term::render_coverage(map, context.out_style()));
    }
    std::vector<GroupStats> groups;
    if (!rounds.empty()) {
        const Bank& bank = context.bank();
        groups =
            group_stats(rounds, [&](const QuestionRecord& q) { return group_key(*by, q, bank); });
    }
    if (options.review.json) return print_json(rounds, groups, options.by);
    if (rounds.empty()) return print_no_rounds(selection, since_filter(options.review));
    print_text(rounds, groups, options.by, context.out_style());
}

}  // namespace

void setup_stats(CLI::App& app, Context& context) {
    auto options = std::make_shared<StatsOptions>();
    CLI::App* sub = app.add_subcommand("stats", "Scores and time use over time, by group");
    sub->add_option("--by", options->by, "Group by section (default), topic, level or kind")
        ->check(CLI::IsMember({"section", "topic", "level", "kind"}));
    sub->add_flag(
        "--coverage", options->coverage,
        "Draw the coverage map instead: every question by its last outcome (--json: as data)");
    add_review_options(sub, options->review);
    sub->footer(
        "over: share of answers that reached their budget; time use: answer time against the\n"
        "budget, on average. Weeks and days are local (TZ). --coverage: one glyph per question of\n"
        "the bank, by section: . never asked, x skipped, the height its last score (0-4).\n"
        "Examples:\n  mockround stats\n  mockround stats --by topic --since 2026-11-01 --json\n  "
        "mockround stats --coverage");
    sub->callback([&context, options] { stats(context, *options); });
}

}  // namespace mockround::cli
