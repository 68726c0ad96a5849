#pragma once
// Large clock digits, readable on a screen shared over a video call.
#include <string>
#include <string_view>
#include <vector>

namespace mockround::term {

inline constexpr int big_digit_rows = 5;

// The rows of `clock` ("12:34", "-00:05") drawn in blocks; each glyph is 5 columns wide plus a
// space (":" is 3), so "mm:ss" takes 28 columns.
std::vector<std::string> big_digits(std::string_view clock);
std::size_t big_digits_width(std::string_view clock);

}  // namespace mockround::term
