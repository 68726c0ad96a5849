#include "term/text.hpp"

#include <algorithm>

namespace mockround::term {

namespace {
bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

// Bytes of the escape sequence (ESC [ parameters final) starting at `at`, or 0 when none does.
std::size_t escape_at(std::string_view text, std::size_t at) {
    if (text[at] != '\x1b' || at + 1 >= text.size() || text[at + 1] != '[') return 0;
    std::size_t end = at + 2;
    while (end < text.size() && !(text[end] >= 0x40 && text[end] <= 0x7E)) ++end;
    return std::min(end + 1, text.size()) - at;
}

// Calls `on_column(offset)` at each byte that starts a column; returns false to stop.
template <typename OnColumn>
void for_each_column(std::string_view text, OnColumn on_column) {
    for (std::size_t i = 0; i < text.size();) {
        if (const std::size_t escape = escape_at(text, i)) {
            i += escape;
            continue;
        }
        if (!continuation(text[i]) && !on_column(i)) return;
        ++i;
    }
}
}  // namespace

std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for_each_column(text, [&](std::size_t) { return ++width; });
    return width;
}

std::string truncate(std::string_view text, std::size_t width, std::string_view ellipsis) {
    if (display_width(text) <= width) return std::string(text);
    const std::size_t mark = std::min(display_width(ellipsis), width);
    std::size_t columns = 0, cut = text.size();
    for_each_column(text, [&](std::size_t at) {
        if (columns++ < width - mark) return true;
        cut = at;
        return false;
    });
    std::string out(text.substr(0, cut));
    if (out.find('\x1b') != std::string::npos) out += "\x1b[0m";
    return out + std::string(
                     ellipsis.substr(0, mark == display_width(ellipsis) ? ellipsis.size() : mark));
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

std::string frame_of(const std::vector<std::string>& lines, std::size_t width, int rows,
                     const Style& style) {
    const std::size_t count = std::min(lines.size(), static_cast<std::size_t>(std::max(0, rows)));
    std::string frame = "\x1b[H";
    for (std::size_t i = 0; i < count; ++i)
        frame += truncate(style.glyphs(lines[i]), width, style.ellipsis()) +
                 (i + 1 < count ? "\x1b[K\r\n" : "\x1b[K");
    return frame + "\x1b[J";
}

std::string block_bar(double share, int width) {
    const auto lit = std::lround(std::clamp(share, 0.0, 1.0) * width);
    std::string bar;
    for (int i = 0; i < width; ++i) bar += i < lit ? "█" : "░";
    return bar;
}

namespace {

bool is_fence_line(const std::string& line) {
    const auto start = line.find_first_not_of(' ');
    return start != std::string::npos && line.compare(start, 3, "```") == 0;
}

}  // namespace

std::vector<std::string> highlight(const std::vector<std::string>& lines, const Style& style) {
    if (!style.color()) return lines;
    std::vector<std::string> out;
    bool in_code = false, in_fence = false;
    for (const auto& line : lines) {
        // A fenced block (an imported question's code) is code as written, backticks and all.
        const bool fence = is_fence_line(line);
        if (fence || in_fence) {
            in_fence = in_fence != fence;
            out.push_back(fence ? style.dim(line) : style.cyan(line));
            continue;
        }
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
