#include "core/planner.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <stdexcept>

#include "core/duration.hpp"
#include "core/random.hpp"

namespace mockround {

namespace {

using std::chrono::seconds;
using Sections = std::map<std::string, double>;
using Counts = std::map<std::string, int>;
using Pool = std::map<std::string, std::map<Level, std::vector<const Question*>>>;
// Each section's questions in the order the section would give them: drawn once per seed.
using Sequences = std::map<std::string, std::vector<const Question*>>;
using Picks = std::map<std::string, std::vector<const Question*>>;

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

Sections section_weights(const Profile& profile, const PlanOptions& options) {
    if (options.sections.empty()) return profile.section_weights;
    Sections chosen;
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
                const Sections& weights) {
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

// Empties one section of the pool into its sequence: each step a level by the profile's mix
// among the levels left, then any question of it.
std::vector<const Question*> sequence_of(std::map<Level, std::vector<const Question*>> levels,
                                         const Profile& profile, Random& rng) {
    std::vector<const Question*> sequence;
    while (!levels.empty()) {
        std::map<Level, double> open_levels;
        for (const auto& [level, questions] : levels) {
            auto share = profile.level_mix.find(level);
            open_levels[level] =
                share == profile.level_mix.end() || share->second <= 0 ? 1.0 : share->second;
        }
        const Level level = *pick_weighted(open_levels, rng);
        auto& questions = levels[level];
        const std::size_t at = rng.below(questions.size());
        sequence.push_back(questions[at]);
        questions.erase(questions.begin() + static_cast<std::ptrdiff_t>(at));
        if (questions.empty()) levels.erase(level);
    }
    return sequence;
}

// A focused round in order: each section's questions exactly in the focus order (most urgent
// first), whatever their level.
Sequences in_focus_order(const Bank& bank, const Pool& pool, const std::vector<std::string>& ids) {
    std::set<const Question*> pooled;
    for (const auto& [section, levels] : pool)
        for (const auto& [level, questions] : levels)
            pooled.insert(questions.begin(), questions.end());
    Sequences out;
    for (const auto& id : ids)
        if (const Question* q = bank.find(id); q && pooled.erase(q)) out[q->section].push_back(q);
    return out;
}

// Largest remainder: each section gets the floor of its quota, and the seats left go to the
// largest remainders; `tie_order` breaks ties so equal weights take turns across seeds.
Counts largest_remainder(int seats, const Sections& weights, const Sections& tie_order) {
    const double total = std::accumulate(weights.begin(), weights.end(), 0.0,
                                         [](double sum, const auto& w) { return sum + w.second; });
    Counts counts;
    std::vector<std::pair<double, std::string>> remainders;
    int given = 0;
    for (const auto& [section, weight] : weights) {
        const double quota = seats * weight / total;
        counts[section] = static_cast<int>(quota);
        given += counts[section];
        remainders.emplace_back(quota - counts[section], section);
    }
    std::sort(remainders.begin(), remainders.end(), [&](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        return tie_order.at(a.second) < tie_order.at(b.second);
    });
    for (std::size_t i = 0; given < seats && i < remainders.size(); ++i, ++given)
        ++counts[remainders[i].second];
    return counts;
}

// The seats by weight among sections that can fill theirs: a section with fewer questions than
// its seats gives all it has and the rest is shared out again among the others.
Counts allot(int seats, Sections weights, const Counts& capacity, const Sections& tie_order) {
    Counts fixed;
    for (;;) {
        if (seats <= 0 || weights.empty()) return fixed;
        Counts counts = largest_remainder(seats, weights, tie_order);
        bool capped = false;
        for (const auto& [section, count] : counts)
            if (count > capacity.at(section)) {
                fixed[section] = capacity.at(section);
                seats -= capacity.at(section);
                weights.erase(section);
                capped = true;
            }
        if (!capped) {
            counts.insert(fixed.begin(), fixed.end());
            return counts;
        }
    }
}

bool contains(const Picks& picks, const std::string& section, const Question* q) {
    const auto it = picks.find(section);
    return it != picks.end() &&
           std::find(it->second.begin(), it->second.end(), q) != it->second.end();
}

class Selector {
  public:
    Selector(const Bank& bank, Sequences sequences, Sections weights, Sections tie_order)
        : bank_(bank),
          sequences_(std::move(sequences)),
          weights_(std::move(weights)),
          tie_order_(std::move(tie_order)) {
        for (const auto& [section, sequence] : sequences_)
            capacity_[section] = static_cast<int>(sequence.size());
    }

    int capacity() const {
        int total = 0;
        for (const auto& [section, count] : capacity_) total += count;
        return total;
    }

    // `seats` questions (fewer when the sections run out), each section's the first of its
    // sequence whose same_as family is not in the round yet.
    Picks select(int seats) {
        for (;;) {
            const Counts counts =
                allot(std::min(seats, capacity()), weights_, capacity_, tie_order_);
            Picks picks;
            std::set<std::string> families;
            bool short_of_twins = false;
            for (const auto& [section, count] : counts) {
                auto& chosen = picks[section];
                for (const Question* q : sequences_.at(section)) {
                    if (static_cast<int>(chosen.size()) == count) break;
                    if (families.insert(family_of(bank_, *q)).second) chosen.push_back(q);
                }
                if (static_cast<int>(chosen.size()) < count) {
                    capacity_[section] = static_cast<int>(chosen.size());
                    short_of_twins = true;
                }
            }
            if (!short_of_twins) return picks;
        }
    }

    // `grown`, a seat more than `current`, runs over the round: drop the longest question it
    // adds when its section has a shorter one left to take the seat. False when none can go.
    template <typename Budget>
    bool drop_longest_added(const Picks& current, const Picks& grown, Budget budget) {
        const Question* longest = nullptr;
        std::string longest_section;
        for (const auto& entry : grown) {
            const std::string& section = entry.first;
            for (const Question* q : entry.second) {
                if (contains(current, section, q) || (longest && budget(*q) <= budget(*longest)))
                    continue;
                const auto& sequence = sequences_.at(section);
                if (std::any_of(sequence.begin(), sequence.end(), [&](const Question* other) {
                        return budget(*other) < budget(*q) && !contains(grown, section, other);
                    }))
                    longest = q, longest_section = section;
            }
        }
        if (!longest) return false;
        auto& sequence = sequences_.at(longest_section);
        sequence.erase(std::find(sequence.begin(), sequence.end(), longest));
        capacity_[longest_section] =
            std::min(capacity_[longest_section], static_cast<int>(sequence.size()));
        return true;
    }

  private:
    const Bank& bank_;
    Sequences sequences_;
    Sections weights_;
    Sections tie_order_;
    Counts capacity_;
};

// One round order from the sections' picks, each section's kept in its order (most urgent
// first in a focused round); which section comes next is random, by how many it has left.
std::vector<const Question*> interleave(Picks picks, Random& rng) {
    std::vector<const Question*> order;
    std::map<std::string, std::size_t> next;
    for (;;) {
        Sections left;
        for (const auto& [section, questions] : picks)
            if (next[section] < questions.size())
                left[section] = static_cast<double>(questions.size() - next[section]);
        const std::string* section = pick_weighted(left, rng);
        if (!section) return order;
        order.push_back(picks[*section][next[*section]++]);
    }
}

seconds budget_of(const Question& q, const Profile& profile, const PlanOptions& options) {
    return options.budget.value_or(profile.budgets.at(q.kind));
}

seconds total_budget(const Picks& picks, const Profile& profile, const PlanOptions& options) {
    seconds total{0};
    for (const auto& [section, questions] : picks)
        for (const Question* q : questions) total += budget_of(*q, profile, options);
    return total;
}

std::size_t size_of(const Picks& picks) {
    std::size_t n = 0;
    for (const auto& [section, questions] : picks) n += questions.size();
    return n;
}

// Without --questions: the most questions whose budgets still fit the round.
Picks fill(Selector& selector, seconds round_length, const Profile& profile,
           const PlanOptions& options) {
    const auto budget = [&](const Question& q) { return budget_of(q, profile, options); };
    Picks best;
    for (int seats = 1; seats <= selector.capacity(); ++seats) {
        Picks picks = selector.select(seats);
        while (total_budget(picks, profile, options) > round_length &&
               selector.drop_longest_added(best, picks, budget))
            picks = selector.select(seats);
        if (total_budget(picks, profile, options) > round_length) break;
        best = std::move(picks);
    }
    return best;
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
    const auto weights = section_weights(profile, options);
    Pool pool = build_pool(bank, profile, options, weights);
    if (pool.empty())
        throw std::invalid_argument(options.focus
                                        ? "no question fits this focus yet"
                                        : "no question in the bank matches these filters");

    Random rng(options.seed);
    const bool in_order = options.focus && options.focus_in_order;
    Sequences sequences = in_order ? in_focus_order(bank, pool, *options.focus) : Sequences{};
    Sections open_weights, tie_order;
    for (auto& [section, levels] : pool) {
        if (!in_order) sequences[section] = sequence_of(std::move(levels), profile, rng);
        open_weights[section] = weights.at(section);
        tie_order[section] = rng.uniform();
    }
    Selector selector(bank, std::move(sequences), open_weights, tie_order);
    const seconds profile_length = std::chrono::minutes(options.minutes.value_or(profile.minutes));
    Picks picks = options.questions ? selector.select(*options.questions)
                                    : fill(selector, profile_length, profile, options);
    const bool ran_out = static_cast<int>(size_of(picks)) == selector.capacity() &&
                         (!options.questions || *options.questions > selector.capacity());
    for (const Question* q : interleave(std::move(picks), rng))
        plan.questions.push_back({q, budget_of(*q, profile, options)});

    seconds planned{0};
    for (const auto& p : plan.questions) planned += p.budget;
    if (ran_out && (options.questions || options.focus))
        plan.notes.push_back("only " + std::to_string(plan.questions.size()) + " questions " +
                             (options.focus ? "fit this focus" : "match") +
                             "; the round has that many");
    // A round of a set number of questions, or one that ran out of them, lasts as long as
    // their budgets; --minutes, or a round filled to the profile's length, keeps its length.
    const bool own_length = !options.minutes && (options.questions || ran_out);
    plan.round_length = own_length ? planned : std::max(profile_length, planned);
    if (planned > profile_length && options.minutes)
        plan.notes.push_back("the questions' budgets add up to " + format_duration(planned) +
                             ", so the round is that long");
    return plan;
}

}  // namespace mockround
