// mockround run: plan a round from a profile and play it.
#include <fmt/core.h>

#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <tuple>

#include "cli/audio_options.hpp"
#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/plan_cmd.hpp"
#include "cli/play_round.hpp"
#include "core/duration.hpp"
#include "core/planner.hpp"
#include "core/schedule.hpp"
#include "core/stats.hpp"
#include "store/history.hpp"
#include "store/transcript.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct RunOptions {
    std::string profile;  // empty: fresher, or the replayed round's
    std::optional<std::uint64_t> seed;
    std::optional<int> questions, minutes;
    std::string budget, overtime, level, replay, focus_name;
    Focus focus = Focus::none;  // from focus_name
    std::vector<std::string> sections;
    bool dry_run = false, json = false, interviewer = false, self_score_too = false;
    AudioFlags audio;
};

// The questions a focused round draws from, most urgent first: due for review (lowest
// retrievability first, then earliest due), the weakest, or never asked (bank order; the
// planner draws among them at random).
std::vector<std::string> focus_ids(Context& context, Focus focus) {
    store::History history = store::load_history(context.paths().rounds(), context.paths().cache);
    for (const auto& problem : history.skipped) warn(problem.to_string() + " (skipped)");
    const std::vector<QuestionHistory> histories = question_histories(history.rounds);
    std::vector<std::string> ids;
    if (focus == Focus::fresh) {
        std::set<std::string> asked;
        for (const auto& h : histories) asked.insert(h.id);
        for (const auto& q : context.bank().questions())
            if (!asked.count(q.id)) ids.push_back(q.id);
    } else if (focus == Focus::weak) {
        for (const QuestionHistory* h : weakest(histories)) ids.push_back(h->id);
    } else if (focus == Focus::plan) {
        ids = todays_plan_ids(context);
    } else {
        const WallTime now = std::chrono::system_clock::now();
        const FsrsParams& params = context.fsrs();
        std::vector<std::tuple<double, WallTime, std::string>> due;
        for (const auto& h : histories)
            if (const ReviewState state = h.schedule(params); is_due(state, now))
                due.emplace_back(retrievability(state, now, params), *state.due, h.id);
        std::sort(due.begin(), due.end());
        for (const auto& entry : due) ids.push_back(std::get<2>(entry));
    }
    return ids;
}

PlanOptions plan_options(Context& context, const RunOptions& options) {
    PlanOptions plan;
    plan.seed = options.seed ? *options.seed : std::random_device{}();
    plan.questions = options.questions;
    plan.minutes = options.minutes;
    if (!options.budget.empty()) {
        plan.budget = parse_duration(options.budget);
        if (!plan.budget)
            throw UsageError("--budget " + options.budget +
                             ": expected a duration like 90s, 3m or 2m30s");
    }
    if (!options.level.empty()) {
        plan.level = parse_level(options.level);
        if (!plan.level)
            throw UsageError("--level " + options.level + ": expected fresher, mid or senior");
    }
    for (const auto& id : options.sections) {
        if (context.bank().find_section(id)) continue;
        std::vector<std::string> ids;
        for (const auto& s : context.bank().sections()) ids.push_back(s.id);
        throw UsageError("--section " + id + ": no such section" + did_you_mean(id, ids));
    }
    plan.sections = options.sections;
    if (options.focus != Focus::none) {
        plan.focus = focus_ids(context, options.focus);
        // Today's part of the interview plan, all of it unless --questions says otherwise.
        if (options.focus == Focus::plan && !plan.questions && !plan.focus->empty())
            plan.questions = static_cast<int>(plan.focus->size());
        plan.focus_in_order = options.focus != Focus::fresh;
    }
    return plan;
}

std::vector<QuestionRecord> records_of(const Plan& plan) {
    std::vector<QuestionRecord> records;
    for (const auto& p : plan.questions) {
        QuestionRecord r;
        r.id = p.question->id;
        r.section = p.question->section;
        r.topic = p.question->topic;
        r.text = p.question->text;
        r.budget = p.budget;
        records.push_back(std::move(r));
    }
    return records;
}

store::Transcript replayed_round(const store::TranscriptStore& store, const std::string& id) {
    if (!store::valid_round_id(id) || !store.exists(id))
        throw UsageError("--replay " + id + ": no such round in " + store.dir().string());
    return store.load(id);
}

// A replay is of the round's own profile; another one named with --profile would mislabel it.
std::string profile_name(const RunOptions& options, const store::Transcript* old) {
    if (!old) return options.profile.empty() ? "fresher" : options.profile;
    if (!options.profile.empty() && options.profile != old->info.profile)
        throw UsageError("--replay " + old->info.id + " replays a round of profile '" +
                         old->info.profile + "'; leave out --profile " + options.profile);
    return old->info.profile;
}

// --replay: the same questions with the same budgets, in the same order.
std::vector<QuestionRecord> replayed(const store::Transcript& old, RoundInfo& info) {
    info.seed = old.info.seed;
    info.round_length = old.info.round_length;
    info.overtime = old.info.overtime;
    std::vector<QuestionRecord> records;
    for (const auto& q : old.questions) {
        QuestionRecord r;
        r.id = q.id, r.section = q.section, r.topic = q.topic, r.text = q.text, r.budget = q.budget;
        records.push_back(std::move(r));
    }
    return records;
}

// Why the filters leave no question, blaming only what the user gave.
std::string nothing_fits(const std::string& why, const RunOptions& options,
                         const Profile& profile) {
    std::vector<std::string> given;
    if (!options.sections.empty()) given.push_back("--section");
    if (!options.level.empty()) given.push_back("--level");
    if (given.size() == 2) return why + "; loosen --section or --level";
    if (given.size() == 1) return why + "; loosen " + given.front();
    const std::string where = " in the sections of profile '" + profile.name + "'";
    if (options.focus == Focus::due)
        return "no question due for review yet" + where + "; try --focus weak or --focus new";
    if (options.focus == Focus::weak)
        return "no weak question yet" + where + "; try --focus due or --focus new";
    if (options.focus == Focus::fresh)
        return "no question left that was never asked" + where + "; try --focus due or weak";
    if (options.focus == Focus::plan)
        return "nothing planned for today" + where + "; `mockround plan` shows the days ahead";
    return "profile '" + profile.name + "' draws from sections and levels that hold no question";
}

void print_plan(const Profile& profile, const RoundInfo& info,
                const std::vector<QuestionRecord>& records, const std::vector<std::string>& notes,
                Context& context, bool as_json) {
    std::chrono::seconds total{0};
    for (const auto& r : records) total += r.budget;
    if (as_json) {
        json questions = json::array();
        for (const auto& r : records)
            questions.push_back({{"id", r.id},
                                 {"section", r.section},
                                 {"topic", r.topic},
                                 {"text", r.text},
                                 {"budget_seconds", r.budget.count()}});
        fmt::print("{}\n", json{{"profile", profile.name},
                                {"seed", info.seed},
                                {"round_seconds", info.round_length.count()},
                                {"overtime", to_string(info.overtime)},
                                {"questions", questions},
                                {"notes", notes}}
                               .dump(2));
        return;
    }
    const term::Style style = context.out_style();
    fmt::print("{} · {} questions · {} round · seed {}\n", style.bold(profile.title),
               records.size(), format_clock(info.round_length), info.seed);
    for (std::size_t i = 0; i < records.size(); ++i)
        fmt::print("{:>3}. {} {:>6}  {}\n", i + 1, style.cyan(fmt::format("{:<40}", records[i].id)),
                   format_duration(records[i].budget),
                   records[i].text.substr(0, records[i].text.find('\n')));
    fmt::print("Budgets add up to {} of {}.\n", format_duration(total),
               format_duration(info.round_length));
    for (const auto& note : notes) fmt::print("Note: {}\n", note);
}

void run(Context& context, const RunOptions& options) {
    store::TranscriptStore store(context.paths().rounds());
    std::optional<store::Transcript> old;
    if (!options.replay.empty()) old = replayed_round(store, options.replay);
    const Profile profile = context.profile(profile_name(options, old ? &*old : nullptr));
    SystemClock clock;
    RoundInfo info;
    info.profile = profile.name;
    info.overtime = profile.overtime;
    std::vector<QuestionRecord> records;
    std::vector<std::string> notes;
    if (old) {
        records = replayed(*old, info);
    } else {
        const PlanOptions plan_opts = plan_options(context, options);
        Plan plan;
        try {
            plan = plan_round(context.bank(), profile, plan_opts);
        } catch (const std::invalid_argument& e) {
            throw UsageError(nothing_fits(e.what(), options, profile));
        }
        if (plan.questions.empty())
            throw UsageError(
                "no question fits in the round; give it more --minutes or a shorter --budget");
        records = records_of(plan);
        notes = plan.notes;
        info.seed = plan.seed;
        info.round_length = plan.round_length;
    }
    if (!options.overtime.empty()) info.overtime = *parse_overtime(options.overtime);
    if (options.self_score_too && !options.interviewer)
        throw UsageError(
            "--self-score-too goes with --interviewer: alone, every score is a self-score");
    info.mode = options.interviewer ? Mode::interviewer : Mode::solo;
    info.self_score_too = options.self_score_too;
    info.focus = options.focus;
    if (options.dry_run) return print_plan(profile, info, records, notes, context, options.json);
    if (options.json) throw UsageError("--json goes with --dry-run: a round itself is not data");

    const audio::AudioSettings sound_settings = audio_settings(context, options.audio);
    for (const auto& note : notes) warn(note);
    store.prepare();
    info.started_at = clock.wall_now();
    info.id = store.new_id(info.started_at, profile.name);
    store::RoundLock lock(store.dir(), info.id);
    const auto sound = open_round_audio(sound_settings, store.dir() / info.id, options.interviewer);
    Round round(info, records, clock);
    start_and_save(round, store);
    context.exit_code = play_round(context, round, store, profile.title, sound.get());
}

}  // namespace

void setup_run(CLI::App& app, Context& context) {
    auto options = std::make_shared<RunOptions>();
    CLI::App* run_app = app.add_subcommand("run", "Play a timed mock interview round");
    run_app->add_option("--profile", options->profile,
                        "Profile name (default: fresher; with --replay the round's)");
    run_app->add_option("--seed", options->seed,
                        "Seed for the draw; the same seed draws the same round");
    run_app->add_option("--questions", options->questions, "Ask exactly this many questions")
        ->check(CLI::Range(1, 500));
    run_app
        ->add_option("--minutes", options->minutes, "The round's length (default: the profile's)")
        ->check(CLI::Range(1, 600));
    run_app->add_option("--budget", options->budget, "Every question's budget: 90s, 3m, 2m30s");
    run_app
        ->add_option("--overtime", options->overtime,
                     "At a question's time-up: continue or advance")
        ->check(CLI::IsMember({"continue", "advance"}));
    run_app->add_option("--section", options->sections, "Only this section (repeatable)");
    run_app->add_option("--level", options->level, "Only this level: fresher, mid, senior");
    run_app->add_option("--replay", options->replay, "Ask the questions of an earlier round again");
    run_app
        ->add_option("--focus", options->focus_name,
                     "due: questions due for review, the least likely recalled first; weak: the "
                     "weakest (a cram round, schedules untouched); new: never asked; plan: "
                     "today's part of the interview plan (mockround plan)")
        ->check(CLI::IsMember({"due", "weak", "new", "plan"}));
    run_app->add_flag("--interviewer", options->interviewer,
                      "The interviewer's console: key points to tick while listening, follow-ups");
    run_app->add_flag("--self-score-too", options->self_score_too,
                      "With --interviewer: the candidate adds their own score to each question");
    add_audio_flags(*run_app, options->audio);
    run_app->add_flag("--dry-run", options->dry_run, "Print the plan; ask nothing");
    run_app->add_flag("--json", options->json, "With --dry-run: print the plan as JSON");
    run_app->footer(
        "Keys: Enter answer done · 0-4 score · n note · p pause · s skip · q quit · ? help\n"
        "Examples:\n  mockround run --profile senior-backend\n"
        "  mockround run --interviewer --self-score-too   (and `mockround watch` in a second "
        "pane)\n"
        "  mockround run --questions 3 --budget 2m --section git --dry-run\n"
        "  mockround run --speak --record   (questions read aloud, answers recorded)");
    run_app->callback([&context, options] {
        options->focus = parse_focus(options->focus_name).value_or(Focus::none);
        if (options->focus == Focus::plan && options->profile.empty())
            options->profile = saved_plan(context).profile;
        run(context, *options);
    });
}

}  // namespace mockround::cli
