#include "core/schedule.hpp"

#include <algorithm>

namespace mockround {

bool is_lapse(const Review& review) {
    return !review.score || *review.score <= 1;
}

std::chrono::hours interval_of(int box) {
    const int clamped = std::clamp(box, 1, leitner_top_box);
    return std::chrono::hours(24 * leitner_interval_days[static_cast<std::size_t>(clamped - 1)]);
}

ReviewState next_state(const ReviewState& state, const Review& review) {
    ReviewState next = state;
    const int from = std::max(state.box, 1);
    if (is_lapse(review)) {
        next.box = 1;
        ++next.lapses;
    } else {
        next.box = std::min(leitner_top_box, from + std::max(0, *review.score - 2));
    }
    ++next.reviews;
    next.last = review.at;
    next.due = review.at + interval_of(next.box);
    return next;
}

ReviewState schedule_of(std::vector<Review> reviews) {
    std::stable_sort(reviews.begin(), reviews.end(),
                     [](const Review& a, const Review& b) { return a.at < b.at; });
    ReviewState state;
    for (const auto& review : reviews) state = next_state(state, review);
    return state;
}

bool is_due(const ReviewState& state, WallTime now) {
    return state.due && *state.due <= now;
}

}  // namespace mockround
