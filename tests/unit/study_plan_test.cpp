#include <catch2/catch.hpp>

#include "core/study_plan.hpp"

using namespace mockround;
using namespace std::chrono_literals;
using std::chrono::days;

namespace {

const Day today = std::chrono::sys_days{std::chrono::year{2026} / 3 / 2};

std::vector<PlanQuestion> fresh_bank() {
    return {{"git.a", "git", {}},      {"git.b", "git", {}},      {"git.c", "git", {}},
            {"sql.a", "postgres", {}}, {"sql.b", "postgres", {}}, {"sql.c", "postgres", {}}};
}

StudyPlanInput input(Day interview, int per_day) {
    StudyPlanInput in;
    in.today = today;
    in.interview = interview;
    in.per_day = per_day;
    return in;
}

}  // namespace

TEST_CASE("a plan runs day by day to the interview, new questions while they can be reviewed") {
    const StudyPlan plan = plan_study(fresh_bank(), input(today + days(14), 2));
    REQUIRE(plan.days.size() == 14);
    CHECK(plan.days.front().day == today);
    CHECK(plan.days.back().day == today + days(13));
    // Sections in turn, bank order inside each.
    CHECK(plan.days[0].fresh == std::vector<std::string>{"git.a", "sql.a"});
    CHECK(plan.days[0].reviews.empty());
    CHECK(plan.days[1].fresh == std::vector<std::string>{"git.b", "sql.b"});
    // A question first answered Good comes back 3 days later.
    CHECK(plan.days[3].reviews == std::vector<std::string>{"git.a", "sql.a"});
    CHECK(plan.last_new_day == today + days(11));  // the interview minus the first interval
    int introduced = 0;
    for (const auto& d : plan.days) {
        CHECK(static_cast<int>(d.reviews.size() + d.fresh.size()) <= 2);
        if (!d.fresh.empty()) CHECK(d.day <= plan.last_new_day);
        introduced += static_cast<int>(d.fresh.size());
    }
    CHECK(introduced == 6);
}

TEST_CASE("the forecast: nothing known now, most of it recalled if the plan is followed") {
    const StudyPlan plan = plan_study(fresh_bank(), input(today + days(14), 4));
    REQUIRE(plan.sections.size() == 2);
    CHECK(plan.sections[0].section == "git");
    CHECK(plan.sections[0].questions == 3);
    CHECK(plan.sections[0].now == 0);
    CHECK(plan.sections[0].planned > 0.8);
    CHECK(plan.sections[0].planned <= 1);
    CHECK(plan.overall.questions == 6);
    CHECK(plan.overall.planned ==
          Approx((plan.sections[0].planned + plan.sections[1].planned) / 2));
}

TEST_CASE("reviews come first, the least likely recalled first; new ones fill what is left") {
    auto bank = fresh_bank();
    // git.c answered Again 10 days ago, git.b Easy 20 days ago: both overdue, git.c worse off.
    bank[2].state = schedule_of({{today - days(10) + 9h, 1}});
    bank[1].state = schedule_of({{today - days(20) + 9h, 4}});
    REQUIRE(retrievability(bank[2].state, noon_of(today)) <
            retrievability(bank[1].state, noon_of(today)));
    const StudyPlan plan = plan_study(bank, input(today + days(10), 3));
    CHECK(plan.days[0].reviews == std::vector<std::string>{"git.c", "git.b"});
    CHECK(plan.days[0].fresh == std::vector<std::string>{"git.a"});
    // A known question now counts in the forecast without the plan too.
    CHECK(plan.sections[0].now > 0);
    CHECK(plan.sections[0].planned > plan.sections[0].now);
}

TEST_CASE("too close to the interview for spacing: the reviews due, and new ones today only") {
    auto bank = fresh_bank();
    bank[0].state = schedule_of({{today - days(5) + 9h, 3}});
    const StudyPlan plan = plan_study(bank, input(today + days(2), 10));
    REQUIRE(plan.days.size() == 2);
    CHECK(plan.days[0].reviews == std::vector<std::string>{"git.a"});
    CHECK(plan.days[0].fresh.size() == bank.size() - 1);  // cramming beats nothing
    CHECK(plan.last_new_day == today);
    CHECK(plan.days[1].fresh.empty());
    CHECK(plan_study(bank, input(today, 10)).days.empty());  // the interview is today
}
