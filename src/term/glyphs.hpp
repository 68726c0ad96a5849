#pragma once
// What the terminal can draw: full-screen escapes (not on TERM=dumb) and UTF-8 glyphs (only in a
// UTF-8 locale). Every screen and report decides here, once.
#include <string>
#include <string_view>

namespace mockround::term {

// Whether the locale (LC_ALL, then LC_CTYPE, then LANG, as setlocale(LC_CTYPE, "") reads them)
// is UTF-8.
bool utf8_locale();

// TERM unset, empty or "dumb": a terminal that takes no cursor or colour escapes.
bool dumb_terminal();

// Both ends are a terminal that can take a full screen.
bool full_screen_terminal(int in_fd, int out_fd);

// The text with each glyph mockround draws (blocks, rules, dots, arrows, dashes) replaced by its
// ASCII stand-in, for a terminal without UTF-8: "█"->"#", "░"->"-", "·"->".", "…"->"...".
std::string to_ascii(std::string_view text);

}  // namespace mockround::term
