#include <catch2/catch.hpp>

#include "core/schedule.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

// A fixed start and explicit offsets: no clock is read, nothing sleeps.
const WallTime t0 = std::chrono::sys_days{std::chrono::year{2026} / 3 / 1} + 9h;
constexpr std::chrono::hours day = 24h;

std::chrono::hours interval(const ReviewState& s) {
    return std::chrono::duration_cast<std::chrono::hours>(*s.due - *s.last);
}

}  // namespace

TEST_CASE("a question never asked has no memory state and is never due") {
    const ReviewState state = schedule_of({});
    CHECK(state.reps == 0);
    CHECK(state.stability == 0);
    CHECK_FALSE(state.due);
    CHECK_FALSE(is_due(state, t0 + 1000 * day));
    CHECK(retrievability(state, t0) == 0);
}

TEST_CASE("scores rate the review: 0-1 and skips Again, 2 Hard, 3 Good, 4 Easy") {
    CHECK(rating_of(0) == Rating::again);
    CHECK(rating_of(1) == Rating::again);
    CHECK(rating_of(std::nullopt) == Rating::again);
    CHECK(rating_of(2) == Rating::hard);
    CHECK(rating_of(3) == Rating::good);
    CHECK(rating_of(4) == Rating::easy);
}

TEST_CASE("the first review sets stability from FSRS-6's first four weights") {
    const auto& w = fsrs_default_weights;
    for (int score = 1; score <= 4; ++score) {
        const ReviewState s = schedule_of({{t0, score}});
        CHECK(s.stability == Approx(w[static_cast<std::size_t>(score) - 1]));
        CHECK(s.difficulty >= 1);
        CHECK(s.difficulty <= 10);
        CHECK(s.reps == 1);
        CHECK(s.lapses == 0);  // a first Again is not a lapse: nothing was learnt yet
    }
    // The intervals are the stabilities rounded, kept a day apart: 1, 2, 3 and 8 days.
    CHECK(interval(schedule_of({{t0, 1}})) == 1 * day);
    CHECK(interval(schedule_of({{t0, 2}})) == 2 * day);
    CHECK(interval(schedule_of({{t0, 3}})) == 3 * day);
    CHECK(interval(schedule_of({{t0, 4}})) == 8 * day);
    // A worse first answer is harder.
    CHECK(schedule_of({{t0, 1}}).difficulty > schedule_of({{t0, 3}}).difficulty);
    CHECK(schedule_of({{t0, 3}}).difficulty > schedule_of({{t0, 4}}).difficulty);
}

TEST_CASE("reviews on time grow stability; a lapse shrinks it and comes back sooner") {
    ReviewState s = schedule_of({{t0, 3}});
    const ReviewState good = next_state(s, {*s.due, 3});
    CHECK(good.stability > s.stability * 2);
    CHECK(good.scheduled_days > s.scheduled_days);
    const ReviewState hard = next_state(s, {*s.due, 2});
    const ReviewState easy = next_state(s, {*s.due, 4});
    CHECK(hard.stability < good.stability);
    CHECK(easy.stability > good.stability);
    CHECK(hard.difficulty > good.difficulty);
    CHECK(easy.difficulty < good.difficulty);
    const ReviewState lapse = next_state(good, {*good.due, 0});
    CHECK(lapse.lapses == 1);
    CHECK(lapse.reps == 3);
    CHECK(lapse.stability < good.stability);
    CHECK(lapse.difficulty > good.difficulty);
    CHECK(lapse.scheduled_days < good.scheduled_days);
    CHECK(interval(lapse) == lapse.scheduled_days * day);
    CHECK(next_state(good, {*good.due, std::nullopt}).lapses == 1);  // skipped: Again
}

TEST_CASE("long-term only: a second review the same UTC day leaves stability alone") {
    const ReviewState s = schedule_of({{t0, 3}, {t0 + 3h, 4}});
    CHECK(s.stability == Approx(fsrs_default_weights[2]));
    CHECK(s.reps == 2);
    // ... but a review after midnight UTC counts a day, however few hours later.
    const WallTime late = std::chrono::sys_days{std::chrono::year{2026} / 3 / 1} + 23h;
    CHECK(elapsed_days(late, late + 2h) == 1);
    CHECK(elapsed_days(t0, t0 + 14h) == 0);
    CHECK(schedule_of({{late, 3}, {late + 2h, 4}}).stability > fsrs_default_weights[2]);
}

TEST_CASE("retrievability falls from 1 to the desired retention at the stability's days") {
    const ReviewState s = schedule_of({{t0, 4}});
    CHECK(retrievability(s, t0 + 1h) == Approx(1.0));
    CHECK(forgetting_curve({}, s.stability, s.stability) == Approx(0.9));
    CHECK(retrievability(s, t0 + 8 * day) < 0.9 + 0.005);
    CHECK(retrievability(s, t0 + 30 * day) < retrievability(s, t0 + 8 * day));
    CHECK(is_due(s, t0 + 8 * day));
    CHECK_FALSE(is_due(s, t0 + 8 * day - 1s));
}

TEST_CASE("a lower desired retention spaces reviews further apart") {
    FsrsParams relaxed;
    relaxed.retention = 0.8;
    FsrsParams strict;
    strict.retention = 0.95;
    const std::vector<Review> history = {{t0, 3}, {t0 + 3 * day, 3}, {t0 + 14 * day, 4}};
    const ReviewState normal = schedule_of(history);
    CHECK(schedule_of(history, relaxed).scheduled_days > normal.scheduled_days);
    CHECK(schedule_of(history, strict).scheduled_days < normal.scheduled_days);
}

TEST_CASE("reviews are replayed in time order whatever order they come in") {
    const ReviewState in_order = schedule_of({{t0, 4}, {t0 + 7 * day, 0}});
    const ReviewState shuffled = schedule_of({{t0 + 7 * day, 0}, {t0, 4}});
    CHECK(in_order.stability == shuffled.stability);
    CHECK(*in_order.due == *shuffled.due);
    CHECK(*shuffled.last == t0 + 7 * day);
    CHECK(shuffled.lapses == 1);
}
