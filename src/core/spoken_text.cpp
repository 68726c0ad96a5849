#include "core/spoken_text.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace mockround {

namespace {

bool alnum_at(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0;
}

// Whole words only: "vs." in "canvas." is no abbreviation.
constexpr std::array<std::pair<std::string_view, std::string_view>, 6> abbreviations = {{
    {"e.g.", "for example"},
    {"i.e.", "that is"},
    {"etc.", "and so on"},
    {"vs.", "versus"},
    {"vs", "versus"},
    {"w.r.t.", "with respect to"},
}};

// Length of the abbreviation at `text[at]`, with what to say instead; {0, ""} when none.
std::pair<std::size_t, std::string_view> abbreviation_at(std::string_view text, std::size_t at) {
    if (at > 0 && alnum_at(text[at - 1])) return {0, ""};
    for (const auto& [written, said] : abbreviations) {
        if (text.substr(at, written.size()) != written) continue;
        const std::size_t end = at + written.size();
        if (end < text.size() && alnum_at(text[end])) continue;
        return {written.size(), said};
    }
    return {0, ""};
}

}  // namespace

std::string spoken_text(std::string_view markdown) {
    std::string out;
    for (std::size_t i = 0; i < markdown.size();) {
        const char c = markdown[i];
        if (c == '`' || (c == '*' && i + 1 < markdown.size() && markdown[i + 1] == '*')) {
            i += c == '`' ? 1 : 2;  // code spans and bold read as their words
            continue;
        }
        if (const auto [length, said] = abbreviation_at(markdown, i); length > 0) {
            out += said;
            i += length;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

}  // namespace mockround
