// libFuzzer: parse_duration accepts only 1 s to 24 h, and what it accepts formats back to a
// text that parses to the same duration.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/duration.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const auto parsed =
        mockround::parse_duration(std::string_view(reinterpret_cast<const char*>(data), size));
    if (!parsed) return 0;
    if (parsed->count() <= 0 || parsed->count() > 24 * 3600) std::abort();
    if (mockround::parse_duration(mockround::format_duration(*parsed)) != parsed) std::abort();
    return 0;
}
