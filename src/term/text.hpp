#pragma once
// Text layout for the terminal: display width, word wrap, code spans.
#include <string>
#include <string_view>
#include <vector>

#include "term/style.hpp"

namespace mockround::term {

// Columns a UTF-8 string takes (one per code point; wide characters are rare here).
std::size_t display_width(std::string_view text);
// Cuts to `width` columns, adding "…" when something was cut.
std::string truncate(std::string_view text, std::size_t width);
// Wraps at spaces to lines of at most `width` columns; keeps the text's own line breaks and
// the indentation of list items.
std::vector<std::string> wrap(std::string_view text, std::size_t width);
// Applies Style::markdown across lines, so a code span broken by wrapping stays highlighted.
std::vector<std::string> highlight(const std::vector<std::string>& lines, const Style& style);

}  // namespace mockround::term
