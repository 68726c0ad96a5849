#pragma once
// When a question should come back: FSRS-6, the scheduler of Anki and hashcards (published by
// open-spaced-repetition), as its reference ts-fsrs 5.x computes it with
// `enable_short_term: false` (long-term only: no same-day learning steps) and no fuzz, so the
// schedule is deterministic. tests/oracle checks it against ts-fsrs itself.
//
// Each question has a memory state: stability S (days until recall falls to 90 %), difficulty D
// (1..10), reps and lapses. A review is rated from the 0-4 score (README, "Review"):
//   0-1, skipped or timed out unanswered: Again   2: Hard   3: Good   4: Easy
// The first review sets S and D from the rating; each later one updates them from the rating and
// the retrievability R at that moment (the forgetting curve after the whole UTC days elapsed).
// The next review is due the interval at which R falls to the desired retention (0.9 by
// default), a whole number of days after the review, at least one day.
// Pure: times come in, nothing reads a clock.
#include <array>
#include <chrono>
#include <optional>
#include <vector>

#include "core/clock.hpp"

namespace mockround {

// FSRS-6's 21 default weights (ts-fsrs default_w).
inline constexpr std::array<double, 21> fsrs_default_weights = {
    0.212,  1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001,  1.8722, 0.1666, 0.796,
    1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};
inline constexpr double default_retention = 0.9;
inline constexpr double min_retention = 0.7, max_retention = 0.99;

struct FsrsParams {
    std::array<double, 21> w = fsrs_default_weights;
    double retention = default_retention;  // desired retention, in (0, 1]
    int maximum_interval = 36500;          // days
};

enum class Rating { again = 1, hard = 2, good = 3, easy = 4 };
// 0-1 Again, 2 Hard, 3 Good, 4 Easy; no score (skipped, timed out unanswered): Again.
Rating rating_of(std::optional<int> score);

// One time a question was asked: its score, or nullopt when it was skipped.
struct Review {
    WallTime at;
    std::optional<int> score;
};

struct ReviewState {
    double stability = 0;   // days; 0 until the first review
    double difficulty = 0;  // 1..10; 0 until the first review
    int reps = 0;
    int lapses = 0;          // Again after the first review
    int scheduled_days = 0;  // the last interval
    std::optional<WallTime> last;
    std::optional<WallTime> due;  // none until the first review
};

// Whole UTC calendar days from `from` to `to` (as ts-fsrs counts them between reviews).
int elapsed_days(WallTime from, WallTime to);
// The forgetting curve: recall probability after `days` at stability `stability`.
double forgetting_curve(const FsrsParams& params, double days, double stability);
ReviewState next_state(const ReviewState& state, const Review& review,
                       const FsrsParams& params = {});
// Replays reviews in time order, whatever order they come in.
ReviewState schedule_of(std::vector<Review> reviews, const FsrsParams& params = {});
bool is_due(const ReviewState& state, WallTime now);
// The chance of recall at `now` (whole days since the last review); 0 when never reviewed.
double retrievability(const ReviewState& state, WallTime now, const FsrsParams& params = {});

}  // namespace mockround
