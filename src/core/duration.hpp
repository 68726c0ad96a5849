#pragma once
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace mockround {

// Parses "90s", "3m", "2m30s", "1h", "1h5m" and a bare number of seconds ("45").
// Returns nullopt for anything else, for zero, and for more than a day.
std::optional<std::chrono::seconds> parse_duration(std::string_view text);

// "2m30s", "45s", "3m", "1h5m".
std::string format_duration(std::chrono::seconds duration);

// "02:30", or "1:02:30" past an hour; negative durations get a leading "-".
std::string format_clock(std::chrono::seconds duration);

}  // namespace mockround
