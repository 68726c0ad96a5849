#include "core/duration.hpp"

#include <cstdio>
#include <utility>

namespace mockround {

namespace {
std::optional<long long> unit_seconds(char unit) {
    switch (unit) {
        case 'h':
            return 3600;
        case 'm':
            return 60;
        case 's':
            return 1;
        default:
            return std::nullopt;
    }
}
}  // namespace

std::optional<std::chrono::seconds> parse_duration(std::string_view text) {
    constexpr long long max_seconds = 24LL * 3600;
    if (text.empty()) return std::nullopt;
    long long total = 0, number = 0, last_unit = 3601;
    bool have_digits = false;
    for (char c : text) {
        if (c >= '0' && c <= '9') {
            number = number * 10 + (c - '0');
            have_digits = true;
            if (number > max_seconds) return std::nullopt;
            continue;
        }
        auto unit = unit_seconds(c);
        // Units must come largest first and once each: "2m30s", never "30s2m" or "1m1m".
        if (!unit || !have_digits || *unit >= last_unit) return std::nullopt;
        total += number * *unit;
        last_unit = *unit;
        number = 0;
        have_digits = false;
    }
    if (have_digits) {
        if (last_unit != 3601) return std::nullopt;  // "2m30" is ambiguous
        total = number;
    }
    if (total <= 0 || total > max_seconds) return std::nullopt;
    return std::chrono::seconds(total);
}

std::string format_duration(std::chrono::seconds duration) {
    long long s = duration.count();
    if (s == 0) return "0s";
    std::string out = s < 0 ? "-" : "";
    s = s < 0 ? -s : s;
    for (auto [unit, suffix] : {std::pair{3600LL, 'h'}, {60LL, 'm'}, {1LL, 's'}}) {
        if (s < unit) continue;
        out.append(std::to_string(s / unit));
        out.push_back(suffix);
        s %= unit;
    }
    return out;
}

std::string format_clock(std::chrono::seconds duration) {
    long long s = duration.count();
    const char* sign = s < 0 ? "-" : "";
    if (s < 0) s = -s;
    char buffer[32];
    if (s >= 3600)
        std::snprintf(buffer, sizeof buffer, "%s%lld:%02lld:%02lld", sign, s / 3600, s / 60 % 60,
                      s % 60);
    else
        std::snprintf(buffer, sizeof buffer, "%s%02lld:%02lld", sign, s / 60, s % 60);
    return buffer;
}

}  // namespace mockround
