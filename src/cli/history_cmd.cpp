// mockround history: one line per round, newest first.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "store/local_time.hpp"
#include "store/profile_loader.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct HistoryOptions {
    ReviewOptions review;
    std::string profile;
};

std::string status_text(RoundStatus status, const term::Style& style) {
    if (status == RoundStatus::in_progress) return style.yellow("in progress");
    if (status == RoundStatus::abandoned) return style.dim("abandoned");
    return "completed";
}

void print_json(const std::vector<RoundData>& rounds) {
    json out = {{"rounds", json::array()}};
    for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
        json round = {{"id", it->info.id},
                      {"profile", it->info.profile},
                      {"mode", to_string(it->info.mode)},
                      {"status", to_string(it->info.status)},
                      {"started_at", store::iso_local(it->info.started_at)}};
        round.update(totals_json(totals_of(it->questions)));
        out["rounds"].push_back(round);
    }
    fmt::print("{}\n", out.dump(2));
}

// --profile names a profile that exists, or one whose rounds are kept (its file since removed).
void check_profile(Context& context, const std::string& name, std::set<std::string> names) {
    store::ProfileDirs dirs(context.paths().shipped_profiles(), context.paths().user_profiles());
    for (const auto& file : dirs.list()) names.insert(file.name);
    if (!names.count(name))
        throw UsageError("--profile " + name + ": no such profile" + did_you_mean(name, names) +
                         "; `mockround profiles list` shows them");
}

std::string filters_of(const HistoryOptions& options) {
    std::string since = since_filter(options.review);
    if (options.profile.empty()) return since;
    return (since.empty() ? "" : since + " ") + "--profile " + options.profile;
}

void history(Context& context, const HistoryOptions& options) {
    RoundSelection selection = select_rounds(context, options.review);
    if (!options.profile.empty()) check_profile(context, options.profile, selection.profiles);
    auto& rounds = selection.rounds;
    if (!options.profile.empty())
        std::erase_if(rounds,
                      [&](const RoundData& r) { return r.info.profile != options.profile; });
    if (options.review.json) return print_json(rounds);
    if (rounds.empty()) return print_no_rounds(selection, filters_of(options));
    const term::Style style = context.out_style();
    fmt::print("{}\n", style.bold(fmt::format(
                           "{:<16}  {:<16} {:<11} {:>8}  {:>4}  {:>4}  {:<11}  {}", "started",
                           "profile", "mode", "answered", "mean", "over", "status", "id")));
    for (auto it = rounds.rbegin(); it != rounds.rend(); ++it) {
        const RoundTotals t = totals_of(it->questions);
        const std::string over = fmt::format("{:>4}", t.overtime);
        fmt::print("{:<16}  {:<16} {:<11} {:>8}  {:>4}  {}  {:<11}  {}\n",
                   local_text(it->info.started_at), it->info.profile, to_string(it->info.mode),
                   fmt::format("{}/{}", t.answered, t.planned), score_text(t.mean_score),
                   t.overtime ? style.red(over) : over, status_text(it->info.status, style),
                   style.dim(it->info.id));
    }
}

}  // namespace

void setup_history(CLI::App& app, Context& context) {
    auto options = std::make_shared<HistoryOptions>();
    CLI::App* sub = app.add_subcommand("history", "List rounds, newest first");
    add_review_options(sub, options->review);
    sub->add_option("--profile", options->profile, "Only rounds of this profile");
    sub->footer(
        "Columns: local start time, profile, mode, answered/planned, mean score (0-4),\n"
        "questions past their budget, status.\n"
        "Examples:\n  mockround history --since 2026-11-01\n  mockround history --profile fresher "
        "--json");
    sub->callback([&context, options] { history(context, *options); });
}

}  // namespace mockround::cli
