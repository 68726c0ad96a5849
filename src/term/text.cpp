#include "term/text.hpp"

namespace mockround::term {

namespace {
bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}
}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (char c : text)
        if (!continuation(c)) ++width;
    return width;
}

std::string truncate(std::string_view text, std::size_t width) {
    if (display_width(text) <= width) return std::string(text);
    if (width == 0) return "";
    std::string out;
    std::size_t columns = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (!continuation(text[i]) && ++columns > width - 1) break;
        out += text[i];
    }
    return out + "…";
}

std::vector<std::string> wrap(std::string_view text, std::size_t width) {
    std::vector<std::string> lines;
    if (width < 8) width = 8;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t end = std::min(text.find('\n', start), text.size());
        std::string_view paragraph = text.substr(start, end - start);
        const std::size_t indent = paragraph.find_first_not_of(' ');
        const std::string hanging(indent == std::string_view::npos ? 0 : indent + 2, ' ');
        std::string line;
        std::size_t at = 0;
        while (at < paragraph.size()) {
            std::size_t space = paragraph.find(' ', at + 1);
            if (space == std::string_view::npos) space = paragraph.size();
            std::string_view word = paragraph.substr(at, space - at);
            if (!line.empty() && display_width(line) + display_width(word) > width) {
                lines.push_back(line);
                line = hanging;
                if (!word.empty() && word[0] == ' ') word.remove_prefix(1);
            }
            line += word;
            at = space;
        }
        lines.push_back(line);
        start = end + 1;
    }
    return lines;
}

std::vector<std::string> highlight(const std::vector<std::string>& lines, const Style& style) {
    if (!style.color()) return lines;
    std::vector<std::string> out;
    bool in_code = false;
    for (const auto& line : lines) {
        // Reopen a span the previous line left open, close it at this line's end.
        std::string text = (in_code ? "`" : "") + line;
        std::size_t ticks = 0;
        for (char c : line) ticks += c == '`';
        if (ticks % 2) in_code = !in_code;
        out.push_back(style.markdown(text));
    }
    return out;
}

}  // namespace mockround::term
