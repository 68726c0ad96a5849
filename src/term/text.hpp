#pragma once
// Text layout for the terminal: display width, word wrap, code spans.
#include <string>
#include <string_view>
#include <vector>

#include "term/style.hpp"

namespace mockround::term {

// Columns a UTF-8 string takes (one per code point; wide characters are rare here); colour
// escapes take none.
std::size_t display_width(std::string_view text);
// Cuts to `width` columns, ending with `ellipsis` when something was cut. Colour escapes are
// kept, and a cut line ends with a reset so its colour does not run on.
std::string truncate(std::string_view text, std::size_t width, std::string_view ellipsis = "…");
// Wraps at spaces to lines of at most `width` columns; keeps the text's own line breaks and
// the indentation of list items.
std::vector<std::string> wrap(std::string_view text, std::size_t width);
// A whole frame of at most `rows` of these lines, each cut to `width` in the glyphs the terminal
// draws: cursor home, each line cleared to its end, the rest of the screen cleared. The last
// line has no line break, so a full screen never scrolls.
std::string frame_of(const std::vector<std::string>& lines, std::size_t width, int rows,
                     const Style& style);
// Applies Style::markdown across lines, so a code span broken by wrapping stays highlighted.
// `width` blocks, the first `share` (0-1) of them lit: the countdown, the level meter.
std::string block_bar(double share, int width);

std::vector<std::string> highlight(const std::vector<std::string>& lines, const Style& style);

}  // namespace mockround::term
