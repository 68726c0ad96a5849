#include "term/glyphs.hpp"

#include <unistd.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdlib>
#include <utility>

namespace mockround::term {

namespace {

// The sparkline's eight heights come first: a mean of 0..4 maps to "_.-:=+*#".
constexpr std::array<std::pair<std::string_view, std::string_view>, 31> ascii_glyphs{{
    {"▁", "_"},   {"▂", "."},  {"▃", "-"},   {"▄", ":"},  {"▅", "="},  {"▆", "+"},  {"▇", "*"},
    {"█", "#"},   {"░", "-"},  {"▒", "+"},   {"▓", "#"},  {"·", "."},  {"─", "-"},  {"›", ">"},
    {"…", "..."}, {"▏", "|"},  {"↓", "v"},   {"↑", "^"},  {"—", "--"}, {"–", "-"},  {"−", "-"},
    {"→", "->"},  {"←", "<-"}, {"↔", "<->"}, {"⇒", "=>"}, {"×", "x"},  {"≤", "<="}, {"≥", ">="},
    {"≈", "~"},   {"“", "\""}, {"”", "\""},
}};

}  // namespace

bool utf8_locale() {
    for (const char* name : {"LC_ALL", "LC_CTYPE", "LANG"}) {
        const char* value = std::getenv(name);
        if (!value || !*value) continue;
        std::string text = value;
        std::transform(text.begin(), text.end(), text.begin(),
                       [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
        return text.find("utf-8") != std::string::npos || text.find("utf8") != std::string::npos;
    }
    return false;
}

bool dumb_terminal() {
    const char* term = std::getenv("TERM");
    return !term || !*term || std::string_view(term) == "dumb";
}

bool full_screen_terminal(int in_fd, int out_fd) {
    return isatty(in_fd) == 1 && isatty(out_fd) == 1 && !dumb_terminal();
}

std::string to_ascii(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t at = 0;
    while (at < text.size()) {
        const auto found = std::find_if(
            ascii_glyphs.begin(), ascii_glyphs.end(),
            [&](const auto& glyph) { return text.substr(at).rfind(glyph.first, 0) == 0; });
        if (static_cast<unsigned char>(text[at]) < 0x80 || found == ascii_glyphs.end()) {
            out += text[at++];
            continue;
        }
        out += found->second;
        at += found->first.size();
    }
    return out;
}

}  // namespace mockround::term
