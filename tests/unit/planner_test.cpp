#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <set>

#include "core/planner.hpp"
#include "shipped.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

PlanOptions seeded(std::uint64_t seed) {
    PlanOptions options;
    options.seed = seed;
    return options;
}

std::vector<std::string> ids(const Plan& plan) {
    std::vector<std::string> out;
    for (const auto& p : plan.questions) out.push_back(p.question->id);
    return out;
}

std::chrono::seconds budgets_of(const Plan& plan) {
    std::chrono::seconds total{0};
    for (const auto& p : plan.questions) total += p.budget;
    return total;
}

// Every section's count is the floor or the ceiling of its share of the plan's questions.
void check_largest_remainder(const Plan& plan, const std::map<std::string, double>& weights) {
    std::map<std::string, int> drawn;
    for (const auto& p : plan.questions) ++drawn[p.question->section];
    double total_weight = 0;
    for (const auto& [id, weight] : weights) total_weight += weight;
    for (const auto& [id, weight] : weights) {
        const double quota = static_cast<double>(plan.questions.size()) * weight / total_weight;
        INFO(id << " drew " << drawn[id] << " of " << plan.questions.size() << ", quota " << quota);
        CHECK(drawn[id] >= static_cast<int>(std::floor(quota + 1e-9)));
        CHECK(drawn[id] <= static_cast<int>(std::ceil(quota - 1e-9)));
    }
}

}  // namespace

TEST_CASE("fresher seed 8 draws postgres by its weight") {
    const Profile profile = shipped_profile("fresher");
    const Plan plan = plan_round(shipped_bank(), profile, seeded(8));
    check_largest_remainder(plan, profile.section_weights);
}

TEST_CASE("sections get the floor or ceiling of their quota, for every seed and profile") {
    for (const char* name :
         {"fresher", "mid-backend", "senior-backend", "python-deep-dive", "databases", "warmup"}) {
        INFO(name);
        const Profile profile = shipped_profile(name);
        for (std::uint64_t seed = 0; seed < 200; ++seed) {
            INFO("seed " << seed);
            check_largest_remainder(plan_round(shipped_bank(), profile, seeded(seed)),
                                    profile.section_weights);
            PlanOptions counted = seeded(seed);
            counted.questions = 1 + static_cast<int>(seed % 40);
            const Plan plan = plan_round(shipped_bank(), profile, counted);
            CHECK(static_cast<int>(plan.questions.size()) == *counted.questions);
            check_largest_remainder(plan, profile.section_weights);
        }
    }
}

TEST_CASE("equal weights take turns at the seats left over") {
    const Profile profile = shipped_profile("fresher");
    std::map<std::string, int> rounds_with;
    PlanOptions options;
    options.questions = 14;
    for (std::uint64_t seed = 0; seed < 100; ++seed) {
        options.seed = seed;
        std::set<std::string> sections;
        for (const auto& p : plan_round(shipped_bank(), profile, options).questions)
            sections.insert(p.question->section);
        for (const auto& s : sections) ++rounds_with[s];
    }
    for (const char* light : {"mongodb", "py-errors", "py-iterators", "py-decorators"}) {
        INFO(light);
        CHECK(rounds_with[light] > 30);
        CHECK(rounds_with[light] < 100);
    }
}

TEST_CASE("a plan fills the round with budgets that fit, no question twice") {
    const Profile profile = shipped_profile("fresher");
    for (std::uint64_t seed = 1; seed <= 200; ++seed) {
        Plan plan = plan_round(shipped_bank(), profile, seeded(seed));
        std::chrono::seconds total{0};
        std::set<std::string> families;
        for (const auto& p : plan.questions) {
            total += p.budget;
            CHECK(p.budget == profile.budgets.at(p.question->kind));
            CHECK(profile.section_weights.at(p.question->section) > 0);
            CHECK(profile.level_mix.count(p.question->level));
            CHECK(families.insert(family_of(shipped_bank(), *p.question)).second);
        }
        CHECK(total <= 45min);
        CHECK(total > 45min - 6min);  // full: nothing else would have fitted
        CHECK(plan.round_length == 45min);
    }
}

TEST_CASE("the same seed draws the same round; another seed another") {
    const Profile profile = shipped_profile("senior-backend");
    CHECK(ids(plan_round(shipped_bank(), profile, seeded(7))) ==
          ids(plan_round(shipped_bank(), profile, seeded(7))));
    CHECK(ids(plan_round(shipped_bank(), profile, seeded(7))) !=
          ids(plan_round(shipped_bank(), profile, seeded(8))));
}

TEST_CASE("sections follow the profile's weights within 3 points over many seeds") {
    const Profile profile = shipped_profile("fresher");
    std::map<std::string, double> drawn;
    double total_drawn = 0, total_weight = 0;
    for (const auto& [id, weight] : profile.section_weights) total_weight += weight;
    for (std::uint64_t seed = 0; seed < 2000; ++seed)
        for (const auto& p : plan_round(shipped_bank(), profile, seeded(seed)).questions) {
            drawn[p.question->section] += 1;
            total_drawn += 1;
        }
    for (const auto& [id, weight] : profile.section_weights) {
        INFO(id);
        CHECK(std::abs(drawn[id] / total_drawn - weight / total_weight) < 0.03);
    }
}

TEST_CASE("linked duplicates never share a round") {
    Profile profile = shipped_profile("python-deep-dive");
    PlanOptions options;
    options.sections = {"py-oop", "py-advanced", "py-memory"};
    options.questions = 120;
    options.budget = 10s;
    for (std::uint64_t seed = 0; seed < 50; ++seed) {
        options.seed = seed;
        std::set<std::string> families;
        for (const auto& p : plan_round(shipped_bank(), profile, options).questions)
            CHECK(families.insert(family_of(shipped_bank(), *p.question)).second);
    }
}

TEST_CASE("options: question count, budget, minutes, sections, level") {
    const Profile profile = shipped_profile("fresher");
    PlanOptions options;
    options.seed = 3;
    options.questions = 3;
    options.budget = 2s;
    options.sections = {"git"};
    options.level = Level::mid;
    Plan plan = plan_round(shipped_bank(), profile, options);
    REQUIRE(plan.questions.size() == 3);
    for (const auto& p : plan.questions) {
        CHECK(p.budget == 2s);
        CHECK(p.question->section == "git");
        CHECK(p.question->level == Level::mid);
    }
    PlanOptions short_round;
    short_round.minutes = 10;
    short_round.seed = 1;
    Plan ten = plan_round(shipped_bank(), profile, short_round);
    CHECK(ten.round_length == 10min);
    CHECK(ten.questions.size() >= 2);
}

TEST_CASE("too few questions and over-long plans are said, not hidden") {
    const Profile profile = shipped_profile("fresher");
    PlanOptions options;
    options.sections = {"system-design"};
    options.questions = 50;
    Plan plan = plan_round(shipped_bank(), profile, options);
    CHECK(plan.questions.size() < 50);
    REQUIRE_FALSE(plan.notes.empty());
    CHECK(plan.notes[0].find("only") == 0);
    CHECK(plan.round_length == budgets_of(plan));

    PlanOptions many;
    many.questions = 20;
    many.budget = 5min;
    many.minutes = 30;
    Plan long_plan = plan_round(shipped_bank(), profile, many);
    CHECK(long_plan.round_length == 100min);
    CHECK_FALSE(long_plan.notes.empty());
}

TEST_CASE("a round of a set number of questions lasts as long as their budgets") {
    const Profile profile = shipped_profile("fresher");
    PlanOptions options;
    options.questions = 3;
    options.budget = 20s;
    CHECK(plan_round(shipped_bank(), profile, options).round_length == 60s);
    options.budget.reset();
    const Plan plan = plan_round(shipped_bank(), profile, options);
    CHECK(plan.round_length == budgets_of(plan));
    CHECK(plan.notes.empty());
    options.minutes = 20;
    CHECK(plan_round(shipped_bank(), profile, options).round_length == 20min);
}

TEST_CASE("filters that leave nothing are an error") {
    PlanOptions options;
    options.sections = {"system-design"};
    options.level = Level::fresher;
    CHECK_THROWS_AS(plan_round(shipped_bank(), shipped_profile("fresher"), options),
                    std::invalid_argument);
}

TEST_CASE("a focused round draws only its questions, most urgent first, by section weight") {
    const Profile profile = shipped_profile("fresher");
    PlanOptions options;
    options.seed = 5;
    options.focus = std::vector<std::string>{"git.stash", "postgres.acid", "git.fetch-vs-pull",
                                             "py-basics.walrus-operator", "not.in-the-bank"};
    options.focus_in_order = true;
    Plan plan = plan_round(shipped_bank(), profile, options);
    REQUIRE(plan.questions.size() == 4);
    std::vector<std::string> git;
    for (const auto& p : plan.questions)
        if (p.question->section == "git") git.push_back(p.question->id);
    CHECK(git == std::vector<std::string>{"git.stash", "git.fetch-vs-pull"});  // urgent first
    REQUIRE_FALSE(plan.notes.empty());
    CHECK(plan.notes.back().find("only 4 questions fit this focus") == 0);

    options.focus = std::vector<std::string>{"system-design.cap-theorem"};  // weight 0 in fresher
    CHECK_THROWS_AS(plan_round(shipped_bank(), profile, options), std::invalid_argument);
}

TEST_CASE("a focused round keeps the section weights while the candidates allow") {
    const Profile profile = shipped_profile("fresher");
    PlanOptions options;
    options.focus = std::vector<std::string>{};
    for (const auto& q : shipped_bank().questions()) options.focus->push_back(q.id);
    std::map<std::string, double> drawn;
    double total = 0, weight_total = 0;
    for (const auto& [id, weight] : profile.section_weights) weight_total += weight;
    for (std::uint64_t seed = 0; seed < 500; ++seed) {
        options.seed = seed;
        for (const auto& p : plan_round(shipped_bank(), profile, options).questions)
            drawn[p.question->section] += 1, total += 1;
    }
    for (const auto& [id, weight] : profile.section_weights) {
        INFO(id);
        CHECK(std::abs(drawn[id] / total - weight / weight_total) < 0.03);
    }
}
