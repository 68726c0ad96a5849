#include "core/schedule.hpp"

#include <algorithm>
#include <cmath>

namespace mockround {

namespace {

// ts-fsrs rounds its intermediate results to 8 decimals (Math.round: half up); so does this,
// at the same places, so that a rounded interval never lands on the other side of .5.
double round8(double value) {
    constexpr double factor = 1e8;
    return std::floor(value * factor + 0.5) / factor;
}

constexpr double min_stability = 1e-3, max_stability = 36500;

struct Curve {
    double decay, factor;
};

Curve curve_of(const FsrsParams& p) {
    const double decay = -p.w[20];
    return {decay, round8(std::exp(std::log(0.9) / decay) - 1)};
}

struct Memory {
    double stability, difficulty;
};

double initial_difficulty(const FsrsParams& p, Rating g) {
    return round8(p.w[4] - std::exp((static_cast<int>(g) - 1) * p.w[5]) + 1);
}

Memory first_memory(const FsrsParams& p, Rating g) {
    return {std::max(p.w[static_cast<std::size_t>(g) - 1], 0.1),
            std::clamp(initial_difficulty(p, g), 1.0, 10.0)};
}

double next_difficulty(const FsrsParams& p, double d, Rating g) {
    const double delta = -p.w[6] * (static_cast<int>(g) - 3);
    const double damped = d + round8(delta * (10 - d) / 9);  // linear damping
    const double reverted = round8(p.w[7] * initial_difficulty(p, Rating::easy) +
                                   (1 - p.w[7]) * damped);  // mean reversion
    return std::clamp(reverted, 1.0, 10.0);
}

double recall_stability(const FsrsParams& p, const Memory& m, double r, Rating g) {
    const double hard_penalty = g == Rating::hard ? p.w[15] : 1;
    const double easy_bonus = g == Rating::easy ? p.w[16] : 1;
    const double s = m.stability;
    const double growth = std::exp(p.w[8]) * (11 - m.difficulty) * std::pow(s, -p.w[9]) *
                          (std::exp((1 - r) * p.w[10]) - 1) * hard_penalty * easy_bonus;
    return round8(std::clamp(s * (1 + growth), min_stability, max_stability));
}

// Long-term only: after a lapse stability never grows (ts-fsrs with w17, w18 left out).
double forget_stability(const FsrsParams& p, const Memory& m, double r) {
    const double after = round8(std::clamp(p.w[11] * std::pow(m.difficulty, -p.w[12]) *
                                               (std::pow(m.stability + 1, p.w[13]) - 1) *
                                               std::exp((1 - r) * p.w[14]),
                                           min_stability, max_stability));
    return std::min(std::max(round8(m.stability), min_stability), after);
}

Memory next_memory(const FsrsParams& p, const Memory& m, double r, Rating g) {
    const double s = g == Rating::again ? forget_stability(p, m, r) : recall_stability(p, m, r, g);
    return {s, next_difficulty(p, m.difficulty, g)};
}

int interval_days(const FsrsParams& p, double stability) {
    const Curve c = curve_of(p);
    const double modifier = round8((std::pow(p.retention, 1 / c.decay) - 1) / c.factor);
    const double days = std::floor(stability * modifier + 0.5);
    return static_cast<int>(std::min(std::max(1.0, days), double(p.maximum_interval)));
}

// The four ratings' intervals kept in order, each at least a day past the one before (as
// ts-fsrs does): the interval of `g`.
int ordered_interval(const FsrsParams& p, const std::array<Memory, 4>& next, Rating g) {
    std::array<int, 4> days{};
    for (std::size_t i = 0; i < days.size(); ++i) days[i] = interval_days(p, next[i].stability);
    days[0] = std::min(days[0], days[1]);
    for (std::size_t i = 1; i < days.size(); ++i) days[i] = std::max(days[i], days[i - 1] + 1);
    return days[static_cast<std::size_t>(g) - 1];
}

}  // namespace

Rating rating_of(std::optional<int> score) {
    if (!score || *score <= 1) return Rating::again;
    return *score == 2 ? Rating::hard : *score == 3 ? Rating::good : Rating::easy;
}

int elapsed_days(WallTime from, WallTime to) {
    using std::chrono::days;
    return static_cast<int>(
        (std::chrono::floor<days>(to) - std::chrono::floor<days>(from)).count());
}

double forgetting_curve(const FsrsParams& params, double days, double stability) {
    const Curve c = curve_of(params);
    return round8(std::pow(1 + c.factor * days / stability, c.decay));
}

ReviewState next_state(const ReviewState& state, const Review& review, const FsrsParams& params) {
    const Rating g = rating_of(review.score);
    std::array<Memory, 4> next{};
    const bool first = state.reps == 0 || !state.last;
    const double r =
        first ? 0
              : forgetting_curve(params, std::max(0, elapsed_days(*state.last, review.at)),
                                 state.stability);
    for (std::size_t i = 0; i < next.size(); ++i) {
        const auto rating = static_cast<Rating>(i + 1);
        next[i] = first ? first_memory(params, rating)
                        : next_memory(params, {state.stability, state.difficulty}, r, rating);
    }
    ReviewState out = state;
    const Memory& chosen = next[static_cast<std::size_t>(g) - 1];
    out.stability = chosen.stability;
    out.difficulty = chosen.difficulty;
    out.scheduled_days = ordered_interval(params, next, g);
    ++out.reps;
    if (!first && g == Rating::again) ++out.lapses;
    out.last = review.at;
    out.due = review.at + std::chrono::days(out.scheduled_days);
    return out;
}

ReviewState schedule_of(std::vector<Review> reviews, const FsrsParams& params) {
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const Review& a, const Review& b) { return a.at < b.at; });
    ReviewState state;
    for (const auto& review : reviews) state = next_state(state, review, params);
    return state;
}

bool is_due(const ReviewState& state, WallTime now) {
    return state.due && *state.due <= now;
}

double retrievability(const ReviewState& state, WallTime now, const FsrsParams& params) {
    if (!state.last || state.stability <= 0) return 0;
    const auto days = std::chrono::floor<std::chrono::days>(now - *state.last).count();
    return forgetting_curve(params, static_cast<double>(std::max<decltype(days)>(0, days)),
                            round8(state.stability));
}

}  // namespace mockround
