// mockround plan: the way to an interview date, day by day, and the retention it predicts.
#include "cli/plan_cmd.hpp"

#include <fmt/core.h>

#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "store/history.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct PlanCmdOptions {
    std::string interview, profile;
    std::optional<int> per_day;
    bool json = false;
};

Day interview_day(const store::PlanSettings& settings) {
    const auto day = parse_day(settings.interview);
    if (!day)
        throw UsageError("--interview " + settings.interview + ": expected a day like 2026-12-20");
    return *day;
}

std::vector<PlanQuestion> plan_questions(Context& context, const Profile& profile) {
    store::History history = store::load_history(context.paths().rounds(), context.paths().cache);
    for (const auto& problem : history.skipped) warn(problem.to_string() + " (skipped)");
    std::map<std::string, ReviewState> states;
    for (const auto& h : question_histories(history.rounds))
        states[h.id] = h.schedule(context.fsrs());
    std::vector<PlanQuestion> out;
    for (const auto& q : context.bank().questions()) {
        const auto weight = profile.section_weights.find(q.section);
        const auto share = profile.level_mix.find(q.level);
        if (weight == profile.section_weights.end() || weight->second <= 0 ||
            share == profile.level_mix.end() || share->second <= 0)
            continue;
        const auto state = states.find(q.id);
        out.push_back({q.id, q.section, state == states.end() ? ReviewState{} : state->second});
    }
    return out;
}

json forecast_json(const SectionForecast& f) {
    return {{"section", f.section},
            {"questions", f.questions},
            {"retention_now", number_json(f.now)},
            {"retention_planned", number_json(f.planned)}};
}

void print_json(const StudyPlan& plan, const store::PlanSettings& settings) {
    json days = json::array(), sections = json::array();
    for (const auto& d : plan.days)
        days.push_back({{"date", day_text(d.day)},
                        {"reviews", d.reviews},
                        {"new", d.fresh},
                        {"total", d.reviews.size() + d.fresh.size()}});
    for (const auto& s : plan.sections) sections.push_back(forecast_json(s));
    fmt::print("{}\n", json{{"interview", settings.interview},
                            {"today", day_text(today())},
                            {"profile", settings.profile},
                            {"per_day", settings.per_day},
                            {"last_new_day", day_text(plan.last_new_day)},
                            {"days", days},
                            {"sections", sections},
                            {"overall", forecast_json(plan.overall)}}
                           .dump(2));
}

void print_text(const StudyPlan& plan, const store::PlanSettings& settings, Context& context) {
    const term::Style style = context.out_style();
    fmt::print("{} · {} days to go · profile {} · up to {} a day\n\n",
               style.bold("Interview " + settings.interview), plan.days.size(), settings.profile,
               settings.per_day);
    fmt::print("{}\n", style.bold(fmt::format("{:<12} {:>7} {:>4} {:>6}", "day", "reviews", "new",
                                              "total")));
    for (const auto& d : plan.days)
        fmt::print("{:<12} {:>7} {:>4} {:>6}\n", day_text(d.day), d.reviews.size(), d.fresh.size(),
                   d.reviews.size() + d.fresh.size());
    fmt::print("\nNew questions until {}, so each is reviewed at least once before the day.\n",
               day_text(plan.last_new_day));
    fmt::print("\n{}\n", style.bold(fmt::format("{:<28} {:>9} {:>6} {:>10}", "recall on the day",
                                                "questions", "now", "with plan")));
    auto row = [](const SectionForecast& f) {
        fmt::print("{:<28} {:>9} {:>5.0f}% {:>9.0f}%\n", f.section, f.questions, f.now * 100,
                   f.planned * 100);
    };
    for (const auto& s : plan.sections) row(s);
    row(plan.overall);
    fmt::print("\n`mockround run --focus plan` runs today's part.\n");
}

void run_plan(Context& context, const PlanCmdOptions& options) {
    store::PlanSettings settings;
    const auto file = store::plan_file(context.paths().data);
    if (options.interview.empty()) {
        settings = saved_plan(context);
    } else {
        settings.interview = options.interview;
        settings.profile = "fresher";
    }
    if (!options.profile.empty()) settings.profile = options.profile;
    if (options.per_day) settings.per_day = *options.per_day;
    const StudyPlan plan = study_plan_for(context, settings);
    if (!options.interview.empty() || !options.profile.empty() || options.per_day)
        store::save_plan_settings(file, settings);
    if (options.json) return print_json(plan, settings);
    print_text(plan, settings, context);
}

}  // namespace

store::PlanSettings saved_plan(Context& context) {
    auto settings = store::load_plan_settings(store::plan_file(context.paths().data));
    if (!settings)
        throw UsageError("no interview plan yet; set one with `mockround plan --interview DAY`");
    return *settings;
}

StudyPlan study_plan_for(Context& context, const store::PlanSettings& settings) {
    StudyPlanInput input;
    input.today = today();
    input.interview = interview_day(settings);
    if (input.interview <= input.today)
        throw UsageError("--interview " + settings.interview +
                         ": the interview must be after today (" + day_text(input.today) + ")");
    input.per_day = settings.per_day;
    input.params = context.fsrs();
    return plan_study(plan_questions(context, context.profile(settings.profile)), input);
}

std::vector<std::string> todays_plan_ids(Context& context) {
    const StudyPlan plan = study_plan_for(context, saved_plan(context));
    std::vector<std::string> ids = plan.days.front().reviews;
    ids.insert(ids.end(), plan.days.front().fresh.begin(), plan.days.front().fresh.end());
    return ids;
}

void setup_plan(CLI::App& app, Context& context) {
    auto options = std::make_shared<PlanCmdOptions>();
    CLI::App* sub = app.add_subcommand("plan", "The way to an interview date, day by day");
    sub->add_option("--interview", options->interview,
                    "The interview day, YYYY-MM-DD (kept: later runs may leave it out)");
    sub->add_option("--profile", options->profile,
                    "The profile whose sections and levels to cover (default fresher)");
    sub->add_option("--per-day", options->per_day, "Questions a day at most (default 10)")
        ->check(CLI::Range(1, 500));
    sub->add_flag("--json", options->json, "Print the plan as JSON");
    sub->footer(
        "Each day: the reviews due (the least likely recalled first), then new questions while\n"
        "their first review still comes before the interview; planned reviews count as Good.\n"
        "Examples:\n  mockround plan --interview 2026-12-20 --profile fresher --per-day 8\n"
        "  mockround plan --json\n  mockround run --focus plan");
    sub->callback([&context, options] { run_plan(context, *options); });
}

}  // namespace mockround::cli
