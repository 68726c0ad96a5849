#pragma once
// What the review subcommands (history, show, stats, weak, compare, export) share: reading the
// rounds with warnings for the unreadable ones, --since, local times, and JSON of a round.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "cli/context.hpp"
#include "core/stats.hpp"
#include "store/history.hpp"

namespace mockround::cli {

struct ReviewOptions {
    std::string since;  // YYYY-MM-DD, local
    bool strict = false;
    bool json = false;
};

// Adds --since (when `with_since`), --strict and --json.
void add_review_options(CLI::App* sub, ReviewOptions& options, bool with_since = true);

// Every readable round, oldest first; each unreadable transcript named in one warning. With
// --strict an unreadable transcript makes the command exit 3 (after its report).
std::vector<RoundData> load_rounds(Context& context, const ReviewOptions& options);
// One round by id (the latest when empty); UsageError when the id is not a round's.
RoundData load_round(Context& context, const std::string& id);

// The friendly line for an empty history.
void print_no_rounds();

std::string local_text(WallTime time);  // "2026-11-24 07:12", local time
Day today();
Day store_local_day(WallTime time);  // the local day, for the core's LocalDay
std::string day_text(Day day);       // "2026-11-24"

// Optional numbers as JSON: null when absent, rounded to 4 decimals otherwise.
nlohmann::json number_json(std::optional<double> value);
nlohmann::json round_json(const RoundData& round);
nlohmann::json totals_json(const RoundTotals& totals);
std::string score_text(std::optional<double> mean);  // "2.5" or "-"

}  // namespace mockround::cli
