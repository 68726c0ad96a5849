#pragma once
// When a question should come back: Leitner boxes driven by the 0-4 score.
//
// The rule (README, "Review"): a question never asked has no box. Its first review puts it in
// box 1 and every later one moves it:
//   score 0-1, or skipped   a lapse: back to box 1
//   score 2                 stays in its box
//   score 3                 one box up
//   score 4                 two boxes up
// Boxes stop at 5. The next review is due the box's interval after the last one:
//   box 1: 1 day, 2: 3 days, 3: 7 days, 4: 14 days, 5: 30 days.
// So a question scored badly comes back tomorrow and one answered well weeks later.
// Pure: times come in, nothing reads a clock.
#include <array>
#include <chrono>
#include <optional>
#include <vector>

#include "core/clock.hpp"

namespace mockround {

inline constexpr int leitner_top_box = 5;
inline constexpr std::array<int, leitner_top_box> leitner_interval_days = {1, 3, 7, 14, 30};

// One time a question was asked: its score, or nullopt when it was skipped.
struct Review {
    WallTime at;
    std::optional<int> score;
};

struct ReviewState {
    int box = 0;  // 0: never reviewed
    int reviews = 0;
    int lapses = 0;
    std::optional<WallTime> last;
    std::optional<WallTime> due;  // none until the first review
};

bool is_lapse(const Review& review);
std::chrono::hours interval_of(int box);
ReviewState next_state(const ReviewState& state, const Review& review);
// Replays reviews in time order, whatever order they come in.
ReviewState schedule_of(std::vector<Review> reviews);
bool is_due(const ReviewState& state, WallTime now);

}  // namespace mockround
