#include "term/big_digits.hpp"

#include <array>

namespace mockround::term {

namespace {

// '#' marks a block; five rows, top to bottom.
using Glyph = std::array<std::string_view, big_digit_rows>;

Glyph glyph(char c) {
    switch (c) {
        case '0':
            return {"#####", "#   #", "#   #", "#   #", "#####"};
        case '1':
            return {"  #  ", " ##  ", "  #  ", "  #  ", " ### "};
        case '2':
            return {"#####", "    #", "#####", "#    ", "#####"};
        case '3':
            return {"#####", "    #", " ####", "    #", "#####"};
        case '4':
            return {"#   #", "#   #", "#####", "    #", "    #"};
        case '5':
            return {"#####", "#    ", "#####", "    #", "#####"};
        case '6':
            return {"#####", "#    ", "#####", "#   #", "#####"};
        case '7':
            return {"#####", "    #", "   # ", "  #  ", "  #  "};
        case '8':
            return {"#####", "#   #", "#####", "#   #", "#####"};
        case '9':
            return {"#####", "#   #", "#####", "    #", "#####"};
        case ':':
            return {"   ", " # ", "   ", " # ", "   "};
        case '+':
            return {"     ", "  #  ", " ### ", "  #  ", "     "};
        default:
            return {"     ", "     ", "#####", "     ", "     "};  // '-'
    }
}

int glyph_width(char c) {
    return c == ':' ? 3 : 5;
}

}  // namespace

std::vector<std::string> big_digits(std::string_view clock) {
    std::vector<std::string> rows(big_digit_rows);
    for (char c : clock) {
        const Glyph shape = glyph(c);
        for (std::size_t row = 0; row < rows.size(); ++row) {
            for (char cell : shape[row]) rows[row] += cell == '#' ? "█" : " ";
            rows[row] += " ";
        }
    }
    return rows;
}

std::size_t big_digits_width(std::string_view clock) {
    std::size_t width = 0;
    for (char c : clock) width += static_cast<std::size_t>(glyph_width(c) + 1);
    return width;
}

}  // namespace mockround::term
