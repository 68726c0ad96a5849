#include "term/style.hpp"

#include <unistd.h>

#include <cstdlib>

namespace mockround::term {

bool color_enabled(ColorMode mode, int fd) {
    if (mode != ColorMode::automatic) return mode == ColorMode::always;
    const char* no_color = std::getenv("NO_COLOR");
    if (no_color && *no_color) return false;
    return !dumb_terminal() && isatty(fd) == 1;
}

std::string Style::glyphs(std::string_view text) const {
    return unicode_ ? std::string(text) : to_ascii(text);
}

std::string Style::wrap(std::string_view sgr, std::string_view text) const {
    if (!color_) return std::string(text);
    return "\x1b[" + std::string(sgr) + "m" + std::string(text) + "\x1b[0m";
}

std::string Style::markdown(std::string_view text) const {
    if (!color_) return std::string(text);
    std::string out;
    bool in_code = false;
    for (char c : text) {
        if (c == '`') {
            out += in_code ? "\x1b[0m" : "\x1b[36m";
            in_code = !in_code;
        } else {
            out += c;
        }
    }
    if (in_code) out += "\x1b[0m";
    return out;
}

}  // namespace mockround::term
