#include <catch2/catch.hpp>

#include "core/duration.hpp"

using namespace mockround;
using namespace std::chrono_literals;

TEST_CASE("durations parse as users type them") {
    CHECK(parse_duration("90s") == 90s);
    CHECK(parse_duration("3m") == 180s);
    CHECK(parse_duration("2m30s") == 150s);
    CHECK(parse_duration("1h5m") == 3900s);
    CHECK(parse_duration("45") == 45s);
}

TEST_CASE("malformed durations are refused") {
    for (const char* bad : {"", "s", "m30", "30s2m", "1m1m", "2m30", "-5s", "0s", "1.5m", "25h",
                            "99999999999999999999s", "3 m"})
        CHECK_FALSE(parse_duration(bad).has_value());
}

TEST_CASE("durations format back") {
    CHECK(format_duration(150s) == "2m30s");
    CHECK(format_duration(3900s) == "1h5m");
    CHECK(format_duration(0s) == "0s");
    CHECK(format_clock(150s) == "02:30");
    CHECK(format_clock(-5s) == "-00:05");
    CHECK(format_clock(3723s) == "1:02:03");
}
