#include "store/local_time.hpp"

#include <date/tz.h>

#include <cstdlib>
#include <sstream>
#include <string>

namespace mockround::store {

namespace {

const date::time_zone* find_zone(const char* tz) {
    // The tz library reads /etc/localtime; TZ must win, as it does for every other program.
    if (tz && *tz) {
        try {
            return date::locate_zone(tz[0] == ':' ? tz + 1 : tz);
        } catch (const std::exception&) {
        }
    }
    try {
        return date::current_zone();
    } catch (const std::exception&) {
        return date::locate_zone("UTC");
    }
}

// Looked up once per value of TZ: a save after every key must not search the tz database.
const date::time_zone* local_zone() {
    static std::string cached_tz = "\x01unset";
    static const date::time_zone* cached = nullptr;
    const char* tz = std::getenv("TZ");
    const std::string current = tz ? tz : "";
    if (!cached || current != cached_tz) {
        cached = find_zone(tz);
        cached_tz = current;
    }
    return cached;
}

auto zoned(WallTime time) {
    return date::make_zoned(local_zone(), date::floor<std::chrono::seconds>(time));
}

}  // namespace

std::string iso_local(WallTime time) {
    return date::format("%FT%T%Ez", zoned(time));
}

std::string format_local(WallTime time, const char* format) {
    return date::format(format, zoned(time));
}

std::chrono::sys_days local_day(WallTime time) {
    const auto local = zoned(time).get_local_time();
    return std::chrono::sys_days(date::floor<date::days>(local).time_since_epoch());
}

std::optional<WallTime> parse_iso(const std::string& text) {
    for (const char* format : {"%FT%T%Ez", "%FT%TZ"}) {
        std::istringstream in(text);
        date::sys_seconds time;
        in >> date::parse(format, time);
        if (!in.fail() && in.peek() == std::char_traits<char>::eof()) return time;
    }
    return std::nullopt;
}

}  // namespace mockround::store
