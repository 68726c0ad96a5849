// mockround compare: two rounds side by side.
#include <fmt/core.h>

#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/duration.hpp"

namespace mockround::cli {

namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

std::string outcome(const QuestionRecord& q) {
    std::string time = format_clock(duration_cast<seconds>(q.answer));
    if (q.score) return fmt::format("{}/4 in {}", *q.score, time);
    return std::string(to_string(q.state));
}

std::string time_use(const RoundData& r) {
    const RoundTotals t = totals_of(r.questions);
    return fmt::format("{} of {}, {} over budget",
                       format_clock(duration_cast<seconds>(r.info.elapsed)),
                       format_clock(r.info.round_length), t.overtime);
}

void compare(Context& context, const std::string& a_id, const std::string& b_id) {
    const RoundData a = load_round(context, a_id), b = load_round(context, b_id);
    const term::Style style = context.out_style();
    const auto row = [](const std::string& label, const std::string& left,
                        const std::string& right) {
        return fmt::format("{:<34} {:<32} {}\n", label, left, right);
    };
    fmt::print("{}", style.bold(row("", a.info.id, b.info.id)));
    fmt::print("{}", row("started", local_text(a.info.started_at), local_text(b.info.started_at)));
    const RoundTotals ta = totals_of(a.questions), tb = totals_of(b.questions);
    fmt::print("{}", row("mean score", score_text(ta.mean_score), score_text(tb.mean_score)));
    fmt::print("{}", row("answered", fmt::format("{}/{}", ta.answered, ta.planned),
                         fmt::format("{}/{}", tb.answered, tb.planned)));
    fmt::print("{}", row("time", time_use(a), time_use(b)));
    std::map<std::string, std::pair<std::string, std::string>> sections;
    const auto by_section = [](const RoundData& r) {
        return group_stats({r}, [](const QuestionRecord& q) { return q.section; });
    };
    for (const auto& g : by_section(a)) sections[g.key].first = score_text(g.mean_score());
    for (const auto& g : by_section(b)) sections[g.key].second = score_text(g.mean_score());
    fmt::print("\n{}\n", style.bold("By section (mean score)"));
    for (const auto& [section, pair] : sections)
        fmt::print("{}", row("  " + section, pair.first.empty() ? "-" : pair.first,
                             pair.second.empty() ? "-" : pair.second));
    std::string common;
    for (const auto& qa : a.questions)
        for (const auto& qb : b.questions)
            if (qa.id == qb.id) common += row("  " + qa.id, outcome(qa), outcome(qb));
    fmt::print("\n{}\n{}", style.bold("Questions in common"), common.empty() ? "  none\n" : common);
}

}  // namespace

void setup_compare(CLI::App& app, Context& context) {
    auto ids = std::make_shared<std::pair<std::string, std::string>>();
    CLI::App* sub = app.add_subcommand("compare", "Two rounds side by side");
    sub->add_option("a", ids->first, "The first round's id")->required();
    sub->add_option("b", ids->second, "The second round's id")->required();
    sub->footer("Example: mockround compare 2026-11-24-0712-fresher 2026-12-01-0730-fresher");
    sub->callback([&context, ids] { compare(context, ids->first, ids->second); });
}

}  // namespace mockround::cli
