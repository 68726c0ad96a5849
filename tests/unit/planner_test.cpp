#include <catch2/catch.hpp>

#include <map>
#include <set>

#include "core/planner.hpp"
#include "store/bank_loader.hpp"
#include "store/profile_loader.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

const Bank& shipped_bank() {
    static const Bank bank = store::load_bank(MOCKROUND_SOURCE_DIR "/questions.yaml", "/none");
    return bank;
}

Profile shipped_profile(const std::string& name) {
    store::ProfileDirs dirs(MOCKROUND_SOURCE_DIR "/profiles", "/none");
    return store::load_profile(*dirs.find(name), shipped_bank());
}

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

}  // namespace

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
    CHECK(plan.round_length == 45min);

    PlanOptions many;
    many.questions = 20;
    many.budget = 5min;
    Plan long_plan = plan_round(shipped_bank(), profile, many);
    CHECK(long_plan.round_length == 100min);
    CHECK_FALSE(long_plan.notes.empty());
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
