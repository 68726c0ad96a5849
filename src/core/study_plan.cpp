#include "core/study_plan.hpp"

#include <algorithm>
#include <map>
#include <tuple>

namespace mockround {

namespace {

using std::chrono::days;
constexpr int good = 3;

// The due ones on `day`, the least likely recalled first (then the earliest due), at most `cap`.
std::vector<std::size_t> due_on(const std::vector<PlanQuestion>& qs, Day day, int cap,
                                const FsrsParams& params) {
    std::vector<std::tuple<double, WallTime, std::size_t>> due;
    const WallTime end = day + days(1);
    for (std::size_t i = 0; i < qs.size(); ++i)
        if (qs[i].state.due && *qs[i].state.due < end)
            due.emplace_back(retrievability(qs[i].state, noon_of(day), params), *qs[i].state.due,
                             i);
    std::sort(due.begin(), due.end());
    std::vector<std::size_t> out;
    for (const auto& entry : due)
        if (static_cast<int>(out.size()) < cap) out.push_back(std::get<2>(entry));
    return out;
}

// New questions in bank order, the sections taken in turn.
std::vector<std::size_t> new_order(const std::vector<PlanQuestion>& qs) {
    std::vector<std::string> sections;
    std::map<std::string, std::vector<std::size_t>> by_section;
    for (std::size_t i = 0; i < qs.size(); ++i) {
        if (qs[i].state.reps > 0) continue;
        if (!by_section.count(qs[i].section)) sections.push_back(qs[i].section);
        by_section[qs[i].section].push_back(i);
    }
    std::vector<std::size_t> out;
    std::size_t longest = 0;
    for (const auto& [section, ids] : by_section) longest = std::max(longest, ids.size());
    for (std::size_t round = 0; round < longest; ++round)
        for (const auto& s : sections)
            if (round < by_section[s].size()) out.push_back(by_section[s][round]);
    return out;
}

std::vector<SectionForecast> forecast(const std::vector<PlanQuestion>& before,
                                      const std::vector<PlanQuestion>& after,
                                      const StudyPlanInput& input, SectionForecast& overall) {
    std::vector<SectionForecast> out;
    std::map<std::string, std::size_t> index;
    overall = {"all", 0, 0, 0};
    const WallTime at = noon_of(input.interview);
    for (std::size_t i = 0; i < before.size(); ++i) {
        auto [it, added] = index.emplace(before[i].section, out.size());
        if (added) out.push_back({before[i].section, 0, 0, 0});
        for (SectionForecast* f : {&out[it->second], &overall}) {
            ++f->questions;
            f->now += retrievability(before[i].state, at, input.params);
            f->planned += retrievability(after[i].state, at, input.params);
        }
    }
    for (auto& f : out) f.now /= f.questions, f.planned /= f.questions;
    if (overall.questions) overall.now /= overall.questions, overall.planned /= overall.questions;
    return out;
}

}  // namespace

WallTime noon_of(Day day) {
    return day + std::chrono::hours(12);
}

StudyPlan plan_study(std::vector<PlanQuestion> questions, const StudyPlanInput& input) {
    StudyPlan plan;
    const std::vector<PlanQuestion> before = questions;
    const int first_interval =
        schedule_of({{noon_of(input.today), good}}, input.params).scheduled_days;
    // New questions while their first review still fits before the interview; with the
    // interview closer than that, today's new questions at least: cramming beats nothing.
    plan.last_new_day = std::max(input.today, input.interview - days(first_interval));
    const std::vector<std::size_t> fresh = new_order(questions);
    std::size_t next_new = 0;
    for (Day day = input.today; day < input.interview; day += days(1)) {
        PlanDay today{day, {}, {}};
        const auto due = due_on(questions, day, input.per_day, input.params);
        for (std::size_t i : due) today.reviews.push_back(questions[i].id);
        int room = input.per_day - static_cast<int>(due.size());
        for (; room > 0 && day <= plan.last_new_day && next_new < fresh.size(); --room)
            today.fresh.push_back(questions[fresh[next_new++]].id);
        for (std::size_t i : due)
            questions[i].state = next_state(questions[i].state, {noon_of(day), good}, input.params);
        for (std::size_t k = next_new - today.fresh.size(); k < next_new; ++k)
            questions[fresh[k]].state =
                next_state(questions[fresh[k]].state, {noon_of(day), good}, input.params);
        plan.days.push_back(std::move(today));
    }
    plan.sections = forecast(before, questions, input, plan.overall);
    return plan;
}

}  // namespace mockround
