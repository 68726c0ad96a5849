#include "store/local_time.hpp"

#include <date/tz.h>

#include <cstdlib>
#include <sstream>
#include <string>
#include <string_view>

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
    if (!cached || cached_tz != (tz ? tz : "")) {
        cached = find_zone(tz);
        cached_tz = tz ? tz : "";
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
    // Every UTC offset and every change of one falls on a quarter hour, so one quarter hour
    // lies within one local day: the last one looked up answers for the questions of a round.
    using quarters = std::chrono::duration<std::int64_t, std::ratio<900>>;
    thread_local const date::time_zone* last_zone = nullptr;
    thread_local quarters last_quarter{};
    thread_local std::chrono::sys_days last_day{};
    const auto quarter = std::chrono::floor<quarters>(time.time_since_epoch());
    const date::time_zone* zone = local_zone();
    if (zone == last_zone && quarter == last_quarter) return last_day;
    const auto local =
        date::make_zoned(zone, date::floor<std::chrono::seconds>(time)).get_local_time();
    last_zone = zone, last_quarter = quarter;
    last_day = std::chrono::sys_days(date::floor<date::days>(local).time_since_epoch());
    return last_day;
}

namespace {
// date::parse turns some malformed %T (bytes inside the seconds) into a NaN it then converts
// to an integer, which is undefined (found by fuzz_transcript); so only text of the exact
// shape 2026-11-24T07:12:03+01:00 or 2026-11-24T07:12:03Z reaches it.
bool iso_shaped(const std::string& text) {
    const std::string_view with_offset = "dddd-dd-ddTdd:dd:dd+dd:dd", utc = "dddd-dd-ddTdd:dd:ddZ";
    const std::string_view shape = text.size() == utc.size() ? utc : with_offset;
    if (text.size() != shape.size()) return false;
    for (std::size_t i = 0; i < shape.size(); ++i) {
        const char c = text[i];
        const bool ok = shape[i] == 'd'   ? c >= '0' && c <= '9'
                        : shape[i] == '+' ? c == '+' || c == '-'
                                          : c == shape[i];
        if (!ok) return false;
    }
    return true;
}
}  // namespace

std::optional<WallTime> parse_iso(const std::string& text) {
    if (!iso_shaped(text)) return std::nullopt;
    for (const char* format : {"%FT%T%Ez", "%FT%TZ"}) {
        std::istringstream in(text);
        date::sys_seconds time;
        in >> date::parse(format, time);
        if (in.fail() || in.peek() != std::char_traits<char>::eof()) continue;
        // WallTime counts nanoseconds, which overflow past 2262 (found by fuzz_transcript):
        // a time that far off is not one mockround wrote.
        using std::chrono::years;
        const auto since_epoch = time.time_since_epoch();
        if (since_epoch < -std::chrono::duration_cast<std::chrono::seconds>(years(200)) ||
            since_epoch > std::chrono::duration_cast<std::chrono::seconds>(years(200)))
            return std::nullopt;
        return time;
    }
    return std::nullopt;
}

}  // namespace mockround::store
