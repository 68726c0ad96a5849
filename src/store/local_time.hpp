#pragma once
// Wall-clock times as people read them: local time (TZ respected) with its UTC offset.
#include <chrono>
#include <optional>
#include <string>

#include "core/clock.hpp"

namespace mockround::store {

// "2026-11-24T07:12:03+01:00"
std::string iso_local(WallTime time);
// Reads what iso_local writes (any offset, or Z); nullopt when it is not such a time.
std::optional<WallTime> parse_iso(const std::string& text);
// strftime-style format in local time, e.g. "%Y-%m-%d-%H%M" for round ids.
std::string format_local(WallTime time, const char* format);
// The local calendar day a time falls on (TZ respected, daylight saving included), as the
// day count the core's statistics use.
std::chrono::sys_days local_day(WallTime time);

}  // namespace mockround::store
