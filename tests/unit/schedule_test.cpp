#include <catch2/catch.hpp>

#include "core/schedule.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

// A fixed start and explicit offsets: no clock is read, nothing sleeps.
const WallTime t0 = std::chrono::sys_days{std::chrono::year{2026} / 3 / 1} + 9h;
constexpr std::chrono::hours day = 24h;

}  // namespace

TEST_CASE("a question never asked has no box and is never due") {
    const ReviewState state = schedule_of({});
    CHECK(state.box == 0);
    CHECK_FALSE(state.due);
    CHECK_FALSE(is_due(state, t0 + 1000 * day));
}

TEST_CASE("the score moves the box: 0-1 back to 1, 2 stays, 3 up one, 4 up two") {
    SECTION("first review") {
        CHECK(schedule_of({{t0, 0}}).box == 1);
        CHECK(schedule_of({{t0, 1}}).box == 1);
        CHECK(schedule_of({{t0, 2}}).box == 1);
        CHECK(schedule_of({{t0, 3}}).box == 2);
        CHECK(schedule_of({{t0, 4}}).box == 3);
        CHECK(schedule_of({{t0, std::nullopt}}).box == 1);  // skipped
    }
    SECTION("a lapse from the top box goes back to the start") {
        const ReviewState s = schedule_of({{t0, 4}, {t0 + 7 * day, 4}, {t0 + 40 * day, 1}});
        CHECK(s.box == 1);
        CHECK(s.lapses == 1);
        CHECK(s.reviews == 3);
        CHECK(*s.due == t0 + 41 * day);
    }
    SECTION("boxes stop at 5") {
        const ReviewState s = schedule_of({{t0, 4}, {t0 + day, 4}, {t0 + 2 * day, 4}});
        CHECK(s.box == 5);
        CHECK(*s.due == t0 + 2 * day + 30 * day);
    }
    SECTION("2 keeps a high box") {
        const ReviewState s = schedule_of({{t0, 4}, {t0 + 7 * day, 2}});
        CHECK(s.box == 3);
        CHECK(*s.due == t0 + 14 * day);
    }
}

TEST_CASE("the interval grows 1, 3, 7, 14, 30 days") {
    CHECK(interval_of(1) == 1 * day);
    CHECK(interval_of(2) == 3 * day);
    CHECK(interval_of(3) == 7 * day);
    CHECK(interval_of(4) == 14 * day);
    CHECK(interval_of(5) == 30 * day);
}

TEST_CASE("a badly scored question comes back sooner than a well scored one") {
    const ReviewState bad = schedule_of({{t0, 1}});
    const ReviewState good = schedule_of({{t0, 4}});
    CHECK(*bad.due == t0 + day);
    CHECK(*good.due == t0 + 7 * day);
    CHECK_FALSE(is_due(bad, t0 + day - 1s));
    CHECK(is_due(bad, t0 + day));
    CHECK_FALSE(is_due(good, t0 + 6 * day));
    CHECK(is_due(good, t0 + 7 * day));
}

TEST_CASE("reviews are replayed in time order whatever order they come in") {
    const ReviewState in_order = schedule_of({{t0, 4}, {t0 + 7 * day, 0}});
    const ReviewState shuffled = schedule_of({{t0 + 7 * day, 0}, {t0, 4}});
    CHECK(in_order.box == shuffled.box);
    CHECK(*in_order.due == *shuffled.due);
    CHECK(*shuffled.last == t0 + 7 * day);
    CHECK(shuffled.box == 1);
}
