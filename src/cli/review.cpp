#include "cli/review.hpp"

#include <fmt/core.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>

#include "cli/exit_code.hpp"
#include "store/local_time.hpp"
#include "store/transcript.hpp"

namespace mockround::cli {

using nlohmann::json;

namespace {

json question_json(const QuestionRecord& q) {
    json j = {{"id", q.id},
              {"section", q.section},
              {"topic", q.topic},
              {"text", q.text},
              {"budget_seconds", q.budget.count()},
              {"state", to_string(q.state)},
              {"asked_at", q.asked_at ? json(store::iso_local(*q.asked_at)) : json()},
              {"answered", q.answered},
              {"time_up", q.time_up},
              {"answer_seconds", seconds_of(q.answer)},
              {"paused_seconds", seconds_of(q.paused)},
              {"overtime_seconds", seconds_of(q.overtime())},
              {"score", q.score ? json(*q.score) : json()},
              {"scored_by", to_string(q.scored_by)},
              {"self_score", q.self_score ? json(*q.self_score) : json()},
              {"suggested", q.suggested},
              {"covered", q.covered},
              {"follow_ups_asked", q.follow_ups_asked},
              {"hint_used", q.hint_used},
              {"note", q.note},
              {"answer", answer_json(q)},
              {"audio", audio_json(q.audio)}};
    return j;
}

}  // namespace

void add_review_options(CLI::App* sub, ReviewOptions& options, bool with_since) {
    if (with_since)
        sub->add_option("--since", options.since, "Only rounds started on or after this local day")
            ->option_text("YYYY-MM-DD");
    sub->add_flag("--strict", options.strict, "Exit 3 when a transcript cannot be read");
    sub->add_flag("--json", options.json, "Print one JSON document");
}

RoundSelection select_rounds(Context& context, const ReviewOptions& options) {
    std::optional<Day> since;
    if (!options.since.empty() && !(since = parse_day(options.since)))
        throw UsageError("--since " + options.since + ": expected a day like 2026-11-24");
    store::History history = store::load_history(context.paths().rounds(), context.paths().cache);
    for (const auto& problem : history.skipped) warn(problem.to_string() + " (transcript skipped)");
    if (options.strict && !history.skipped.empty()) context.exit_code = exit_invalid_data;
    RoundSelection selection{std::move(history.rounds), 0, {}};
    selection.before_filters = selection.rounds.size();
    for (const auto& r : selection.rounds) selection.profiles.insert(r.info.profile);
    if (since)
        std::erase_if(selection.rounds, [&](const RoundData& r) {
            return store::local_day(r.info.started_at) < *since;
        });
    return selection;
}

std::vector<RoundData> load_rounds(Context& context, const ReviewOptions& options) {
    return select_rounds(context, options).rounds;
}

RoundData load_round(Context& context, const std::string& requested) {
    store::TranscriptStore store(context.paths().rounds());
    const std::string& id = requested;
    if (id.empty()) {
        const auto rounds = load_rounds(context, {});
        if (rounds.empty()) throw UsageError("no rounds yet; start one with `mockround run`");
        return rounds.back();
    }
    if (!store::valid_round_id(id))
        throw UsageError("'" + id + "' is not a round id (a name such as 2026-11-24-0712-fresher)");
    if (!store.exists(id)) {
        throw UsageError("no round '" + id + "'" + did_you_mean(id, store.ids()) +
                         "; `mockround history` lists them");
    }
    return store.load(id);
}

void print_no_rounds(const RoundSelection& selection, const std::string& filters_given) {
    if (selection.before_filters == 0 || filters_given.empty())
        return fmt::print(
            "No rounds yet. Start one with `mockround run` (or `mockround run --questions 3`).\n");
    fmt::print("No rounds match {} (of {} in all).\n", filters_given, selection.before_filters);
}

std::string since_filter(const ReviewOptions& options) {
    return options.since.empty() ? "" : "--since " + options.since;
}

std::string local_text(WallTime time) {
    return store::format_local(time, "%Y-%m-%d %H:%M");
}

Day store_local_day(WallTime time) {
    return store::local_day(time);
}

std::optional<Day> parse_day(const std::string& text) {
    int y = 0;
    unsigned m = 0, d = 0;
    char extra = 0;
    if (std::sscanf(text.c_str(), "%4d-%2u-%2u%c", &y, &m, &d, &extra) != 3) return std::nullopt;
    const std::chrono::year_month_day date{std::chrono::year{y}, std::chrono::month{m},
                                           std::chrono::day{d}};
    if (!date.ok()) return std::nullopt;
    return Day(date);
}

Day today() {
    return store::local_day(std::chrono::system_clock::now());
}

std::string day_text(Day day) {
    const std::chrono::year_month_day date{day};
    return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(date.year()),
                       static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
}

json audio_json(const AnswerAudio& audio) {
    if (audio.files.empty()) return json();
    return {{"files", audio.files},
            {"seconds", seconds_of(audio.length)},
            {"overruns", audio.overruns}};
}

json answer_json(const QuestionRecord& q) {
    return q.answer_text.empty() ? json() : json(q.answer_text);
}

std::string indented_lines(const std::string& text, const std::string& indent) {
    std::string out;
    const std::size_t end = text.find_last_not_of('\n') + 1;  // 0 when only newlines
    for (std::size_t at = 0; at < end;) {
        std::size_t line_end = text.find('\n', at);
        if (line_end == std::string::npos || line_end > end) line_end = end;
        const std::string line = text.substr(at, line_end - at);
        out += (line.empty() ? "" : indent + line) + "\n";
        at = line_end + 1;
    }
    return out;
}

json number_json(std::optional<double> value) {
    if (!value) return json();
    return std::round(*value * 10000) / 10000;
}

json review_state_json(const ReviewState& state, WallTime now, const FsrsParams& params) {
    const bool reviewed = state.reps > 0;
    const auto number = [&](double value) { return reviewed ? number_json(value) : json(); };
    const auto time = [](const std::optional<WallTime>& t) {
        return t ? json(store::iso_local(*t)) : json();
    };
    return {{"stability_days", number(state.stability)},
            {"difficulty", number(state.difficulty)},
            {"retrievability", number(retrievability(state, now, params))},
            {"reps", state.reps},
            {"lapses", state.lapses},
            {"scheduled_days", reviewed ? json(state.scheduled_days) : json()},
            {"last_review", time(state.last)},
            {"due", time(state.due)},
            {"is_due", is_due(state, now)}};
}

json round_json(const RoundData& round) {
    const RoundInfo& i = round.info;
    json questions = json::array();
    for (const auto& q : round.questions) questions.push_back(question_json(q));
    return {{"id", i.id},
            {"profile", i.profile},
            {"mode", to_string(i.mode)},
            {"seed", i.seed},
            {"status", to_string(i.status)},
            {"overtime", to_string(i.overtime)},
            {"started_at", store::iso_local(i.started_at)},
            {"ended_at", i.ended_at ? json(store::iso_local(*i.ended_at)) : json()},
            {"round_seconds", i.round_length.count()},
            {"elapsed_seconds", seconds_of(i.elapsed)},
            {"paused", i.paused},
            {"totals", totals_json(totals_of(round.questions))},
            {"questions", questions}};
}

json totals_json(const RoundTotals& t) {
    return {{"planned", t.planned},   {"asked", t.asked},
            {"answered", t.answered}, {"skipped", t.skipped},
            {"overtime", t.overtime}, {"mean_score", number_json(t.mean_score)}};
}

std::string score_text(std::optional<double> mean) {
    return mean ? fmt::format("{:.1f}", *mean) : "-";
}

}  // namespace mockround::cli
