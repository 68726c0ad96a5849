#include "core/planner.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <stdexcept>

#include "core/duration.hpp"
#include "core/random.hpp"

namespace mockround {

namespace {

using std::chrono::seconds;
using Pool = std::map<std::string, std::map<Level, std::vector<const Question*>>>;

template <typename Key>
const Key* pick_weighted(const std::map<Key, double>& weights, Random& rng) {
    double total = 0;
    for (const auto& [key, weight] : weights) total += weight;
    if (total <= 0) return nullptr;
    double point = rng.uniform() * total;
    const Key* last = nullptr;
    for (const auto& [key, weight] : weights) {
        if (weight <= 0) continue;
        last = &key;
        if (point < weight) return &key;
        point -= weight;
    }
    return last;  // rounding at the very top of the range
}

std::map<std::string, double> section_weights(const Profile& profile, const PlanOptions& options) {
    if (options.sections.empty()) return profile.section_weights;
    std::map<std::string, double> chosen;
    for (const auto& id : options.sections) {
        auto it = profile.section_weights.find(id);
        // A section the user names is wanted even when the profile gives it no weight.
        chosen[id] = it != profile.section_weights.end() && it->second > 0 ? it->second : 1.0;
    }
    return chosen;
}

bool level_wanted(const Question& q, const Profile& profile, const PlanOptions& options) {
    if (options.level) return q.level == *options.level;
    if (options.focus) return true;  // a question due or weak is asked whatever its level
    auto share = profile.level_mix.find(q.level);
    return share != profile.level_mix.end() && share->second > 0;
}

Pool build_pool(const Bank& bank, const Profile& profile, const PlanOptions& options,
                const std::map<std::string, double>& weights) {
    std::vector<const Question*> candidates;
    if (options.focus) {
        for (const auto& id : *options.focus)  // in the focus order, so sections keep it
            if (const Question* q = bank.find(id)) candidates.push_back(q);
    } else {
        for (const auto& q : bank.questions()) candidates.push_back(&q);
    }
    Pool pool;
    for (const Question* q : candidates) {
        auto weight = weights.find(q->section);
        if (weight == weights.end() || weight->second <= 0 || !level_wanted(*q, profile, options))
            continue;
        pool[q->section][q->level].push_back(q);
    }
    return pool;
}

// Removes and returns a random question of a weighted section and level; null when empty.
const Question* draw(Pool& pool, const std::map<std::string, double>& weights,
                     const Profile& profile, bool in_order, Random& rng) {
    std::map<std::string, double> open_sections;
    for (const auto& [section, levels] : pool)
        if (!levels.empty()) open_sections[section] = weights.at(section);
    const std::string* section = pick_weighted(open_sections, rng);
    if (!section) return nullptr;
    auto& levels = pool[*section];
    std::map<Level, double> open_levels;
    for (const auto& [level, questions] : levels) {
        auto share = profile.level_mix.find(level);
        open_levels[level] =
            share == profile.level_mix.end() || share->second <= 0 ? 1.0 : share->second;
    }
    const Level level = *pick_weighted(open_levels, rng);
    auto& questions = levels[level];
    const std::size_t at = in_order ? 0 : rng.below(questions.size());
    const Question* chosen = questions[at];
    questions.erase(questions.begin() + static_cast<std::ptrdiff_t>(at));
    if (questions.empty()) levels.erase(level);
    if (levels.empty()) pool.erase(*section);
    return chosen;
}

seconds smallest_budget(const Profile& profile, const PlanOptions& options) {
    if (options.budget) return *options.budget;
    seconds smallest = seconds::max();
    for (const auto& [kind, budget] : profile.budgets) smallest = std::min(smallest, budget);
    return smallest;
}

}  // namespace

const std::string& family_of(const Bank& bank, const Question& question) {
    const Question* at = &question;
    for (int hops = 0; hops < 16 && !at->same_as.empty(); ++hops) {
        const Question* next = bank.find(at->same_as);
        if (!next) break;
        at = next;
    }
    return at->id;
}

Plan plan_round(const Bank& bank, const Profile& profile, const PlanOptions& options) {
    Plan plan;
    plan.seed = options.seed;
    const seconds round_length = std::chrono::minutes(options.minutes.value_or(profile.minutes));
    const auto weights = section_weights(profile, options);
    Pool pool = build_pool(bank, profile, options, weights);
    if (pool.empty())
        throw std::invalid_argument(options.focus
                                        ? "no question fits this focus yet"
                                        : "no question in the bank matches these filters");

    Random rng(options.seed);
    std::set<std::string> families;
    seconds planned{0};
    const seconds smallest = smallest_budget(profile, options);
    bool ran_out = false;
    while (!options.questions || static_cast<int>(plan.questions.size()) < *options.questions) {
        if (!options.questions && planned + smallest > round_length) break;
        const Question* q = draw(pool, weights, profile, options.focus_in_order, rng);
        if (!q) {
            ran_out = true;
            break;
        }
        const seconds budget = options.budget.value_or(profile.budgets.at(q->kind));
        if (!options.questions && planned + budget > round_length) continue;
        if (!families.insert(family_of(bank, *q)).second) continue;
        plan.questions.push_back({q, budget});
        planned += budget;
    }
    if (ran_out && (options.questions || options.focus))
        plan.notes.push_back("only " + std::to_string(plan.questions.size()) + " questions " +
                             (options.focus ? "fit this focus" : "match") +
                             "; the round has that many");
    plan.round_length = std::max(round_length, planned);
    if (planned > round_length)
        plan.notes.push_back("the questions' budgets add up to " + format_duration(planned) +
                             ", so the round is that long");
    return plan;
}

}  // namespace mockround
