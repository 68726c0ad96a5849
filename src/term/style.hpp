#pragma once
// Colour and emphasis for text meant for a person; plain text when colour is off.
#include <string>
#include <string_view>

#include "term/glyphs.hpp"

namespace mockround::term {

enum class ColorMode { automatic, always, never };

// `always` and `never` win; `automatic` means colour only when `fd` is a terminal, TERM is not
// dumb (dumb_terminal) and NO_COLOR is unset or empty.
bool color_enabled(ColorMode mode, int fd);

class Style {
  public:
    // `unicode`: the terminal draws UTF-8 glyphs; without it they are drawn in ASCII.
    explicit Style(bool color, bool unicode = utf8_locale()) : color_(color), unicode_(unicode) {}
    bool color() const { return color_; }
    bool unicode() const { return unicode_; }
    // The text as this terminal can draw it: itself, or its glyphs in ASCII (to_ascii).
    std::string glyphs(std::string_view text) const;
    // What marks a cut line: "…", or "..." in ASCII.
    std::string_view ellipsis() const { return unicode_ ? "…" : "..."; }

    std::string bold(std::string_view text) const { return wrap("1", text); }
    std::string dim(std::string_view text) const { return wrap("2", text); }
    std::string red(std::string_view text) const { return wrap("31", text); }
    std::string green(std::string_view text) const { return wrap("32", text); }
    std::string yellow(std::string_view text) const { return wrap("33", text); }
    std::string blue(std::string_view text) const { return wrap("34", text); }
    std::string cyan(std::string_view text) const { return wrap("36", text); }
    // Markdown code spans (`x`) shown highlighted, without their backticks when colour is on.
    std::string markdown(std::string_view text) const;

  private:
    bool color_;
    bool unicode_;
    std::string wrap(std::string_view sgr, std::string_view text) const;
};

}  // namespace mockround::term
