#pragma once
// What the review subcommands (history, show, stats, weak, compare, export) share: reading the
// rounds with warnings for the unreadable ones, --since, local times, and JSON of a round.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>
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

// The rounds a view shows (--since applied) and how many there are before any filter, so an
// empty view can tell "no rounds yet" from "none of them matches".
struct RoundSelection {
    std::vector<RoundData> rounds;
    std::size_t before_filters = 0;
    std::set<std::string> profiles;  // of every round, before the filters
};
RoundSelection select_rounds(Context& context, const ReviewOptions& options);
// One round by id (the latest when empty); UsageError when the id is not a round's.
RoundData load_round(Context& context, const std::string& id);

// The friendly line for an empty view: how to start a round when there is none at all, else
// that the filters (`filters_given`, such as "--since 2026-11-01") left none.
void print_no_rounds(const RoundSelection& selection, const std::string& filters_given);
std::string since_filter(const ReviewOptions& options);  // "--since DAY" or ""

std::string local_text(WallTime time);  // "2026-11-24 07:12", local time
Day today();
std::optional<Day> parse_day(const std::string& text);  // "2026-11-24"; none when not a day
Day store_local_day(WallTime time);                     // the local day, for the core's LocalDay
std::string day_text(Day day);                          // "2026-11-24"

// Optional numbers as JSON: null when absent, rounded to 4 decimals otherwise.
nlohmann::json number_json(std::optional<double> value);
nlohmann::json round_json(const RoundData& round);
// A recorded answer's files (beside the transcript, in rounds/ID/), length and overruns;
// null when there is none.
nlohmann::json audio_json(const AnswerAudio& audio);
// A question's review schedule (FSRS): stability_days, difficulty, retrievability (at `now`),
// reps, lapses, scheduled_days, last_review, due, is_due; null numbers and times before the
// first review (never asked, or asked only in `--focus weak` rounds).
nlohmann::json review_state_json(const ReviewState& state, WallTime now, const FsrsParams& params);
nlohmann::json answer_json(const QuestionRecord& q);  // the typed answer, or null for none
// Each line of `text` after `indent` (empty lines stay empty), final newlines dropped: an
// answer printed under its question.
std::string indented_lines(const std::string& text, const std::string& indent);
nlohmann::json totals_json(const RoundTotals& totals);
std::string score_text(std::optional<double> mean);  // "2.5" or "-"

}  // namespace mockround::cli
