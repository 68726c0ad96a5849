#pragma once
#include <catch2/catch.hpp>
#include <string>

// `text` with the first `from` replaced by `to`; `from` must be there.
inline std::string replaced(std::string text, const std::string& from, const std::string& to) {
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
}
