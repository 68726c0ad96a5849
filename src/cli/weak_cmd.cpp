// mockround weak: the weakest questions and topics, with when each was last asked and how it
// has gone.
#include <fmt/core.h>

#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "store/local_time.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct WeakOptions {
    ReviewOptions review;
    int limit = 10;
};

struct Counts {
    int skips = 0, time_ups = 0, hints = 0;
};

Counts counts_of(const QuestionHistory& h) {
    Counts c;
    for (const auto& a : h.attempts)
        c.skips += !a.score, c.time_ups += a.time_up, c.hints += a.hint_used;
    return c;
}

// "3 1 - 2": each attempt's score, "-" for a skip, oldest first.
std::string trail(const QuestionHistory& h) {
    std::string out;
    for (const auto& a : h.attempts)
        out += (out.empty() ? "" : " ") + (a.score ? std::to_string(*a.score) : std::string("-"));
    return out;
}

json question_json(const QuestionHistory& h, const FsrsParams& params) {
    const Counts c = counts_of(h);
    const ReviewState s = h.schedule(params);
    const Attempt& last = h.attempts.back();
    json scores = json::array();
    for (const auto& a : h.attempts) scores.push_back(a.score ? json(*a.score) : json());
    return {{"id", h.id},
            {"section", h.section},
            {"topic", h.topic},
            {"text", h.text},
            {"attempts", h.attempts.size()},
            {"scores", scores},
            {"mean_score", number_json(h.mean_score())},
            {"skips", c.skips},
            {"time_ups", c.time_ups},
            {"hints", c.hints},
            {"weakness", number_json(h.weakness())},
            {"last_asked", store::iso_local(last.at)},
            {"last_round", last.round},
            // Asked only in cram rounds (--focus weak): never scheduled, so never due.
            {"due", s.due ? json(store::iso_local(*s.due)) : json()},
            {"review", review_state_json(s, std::chrono::system_clock::now(), params)}};
}

void weak(Context& context, const WeakOptions& options) {
    const RoundSelection selection = select_rounds(context, options.review);
    const auto& rounds = selection.rounds;
    const auto histories = question_histories(rounds);
    auto questions = weakest(histories);
    auto topics = weakest_topics(histories);
    const auto limit = static_cast<std::size_t>(options.limit);
    if (questions.size() > limit) questions.resize(limit);
    if (topics.size() > limit) topics.resize(limit);
    if (options.review.json) {
        json out = {{"questions", json::array()}, {"topics", json::array()}};
        for (const auto* h : questions)
            out["questions"].push_back(question_json(*h, context.fsrs()));
        for (const auto& t : topics)
            out["topics"].push_back({{"section", t.section},
                                     {"topic", t.topic},
                                     {"attempts", t.attempts},
                                     {"weakness", number_json(t.weakness)}});
        return fmt::print("{}\n", out.dump(2));
    }
    if (rounds.empty()) return print_no_rounds(selection, since_filter(options.review));
    if (questions.empty())
        return fmt::print("No weak spots: every question asked scored 4, in time.\n");
    const term::Style style = context.out_style();
    fmt::print("{}\n",
               style.bold(fmt::format("{:<40} {:>5} {:>4} {:<12} {:<16} {:<13} {}", "question",
                                      "weak", "mean", "scores", "last asked", "due", "notes")));
    for (const auto* h : questions) {
        const Counts c = counts_of(*h);
        std::string notes;
        if (c.time_ups) notes += fmt::format("{} time-up ", c.time_ups);
        if (c.hints) notes += fmt::format("{} hint ", c.hints);
        if (c.skips) notes += fmt::format("{} skipped", c.skips);
        const ReviewState s = h->schedule(context.fsrs());
        fmt::print("{} {:>4.0f}% {:>4} {:<12} {:<16} {:<13} {}\n",
                   style.cyan(fmt::format("{:<40}", h->id)), h->weakness() * 100,
                   score_text(h->mean_score()), trail(*h), local_text(h->attempts.back().at),
                   s.due ? day_text(store_local_day(*s.due)) : "not scheduled", notes);
    }
    fmt::print("\n{}\n", style.bold("Weakest topics"));
    for (const auto& t : topics)
        fmt::print("  {:<36} {:>4.0f}%  ({} asked)\n", t.section + "." + t.topic, t.weakness * 100,
                   t.attempts);
    fmt::print("\n`mockround run --focus weak` asks the weakest again.\n");
}

}  // namespace

void setup_weak(CLI::App& app, Context& context) {
    auto options = std::make_shared<WeakOptions>();
    CLI::App* sub = app.add_subcommand("weak", "The weakest questions and topics");
    sub->add_option("--limit", options->limit, "How many of each (default 10)")
        ->check(CLI::Range(1, 10000));
    add_review_options(sub, options->review);
    sub->footer(
        "weak: per answer, the score short of 4 (4 when skipped), +1 for a time-up, +1 for a\n"
        "hint, out of 6, averaged over the times the question was asked.\n"
        "Examples:\n  mockround weak\n  mockround weak --limit 5 --json");
    sub->callback([&context, options] { weak(context, *options); });
}

}  // namespace mockround::cli
