#pragma once
// Reads back a frame the screens draw: its lines, with the cursor and erase escapes taken off.
#include <string>
#include <vector>

namespace mockround::test {

// What a frame ends with about the cursor: "\x1b[?25l" (hidden), or "\x1b[ROW;COLH\x1b[?25h".
inline std::string frame_cursor(const std::string& frame) {
    const std::size_t at = frame.rfind("\x1b[J");
    return at == std::string::npos ? "" : frame.substr(at + 3);
}

// A frame is "\x1b[H", lines joined by "\x1b[K\r\n", the last ending in "\x1b[K", then "\x1b[J",
// then where the cursor goes (frame_cursor).
inline std::vector<std::string> frame_lines(std::string frame) {
    frame.resize(frame.size() - frame_cursor(frame).size());
    const std::string home = "\x1b[H", clear_rest = "\x1b[J", line_end = "\x1b[K";
    if (frame.rfind(home, 0) != 0 || frame.size() < home.size() + clear_rest.size() ||
        frame.compare(frame.size() - clear_rest.size(), clear_rest.size(), clear_rest) != 0)
        return {"<not a frame>"};
    frame = frame.substr(home.size(), frame.size() - home.size() - clear_rest.size());
    std::vector<std::string> lines;
    if (frame.empty()) return lines;
    std::size_t at = 0;
    for (;;) {
        const std::size_t end = frame.find(line_end, at);
        if (end == std::string::npos) return {"<a line without its erase>"};
        lines.push_back(frame.substr(at, end - at));
        at = end + line_end.size();
        if (at == frame.size()) return lines;
        if (frame.compare(at, 2, "\r\n") != 0) return {"<a line break missing>"};
        at += 2;
    }
}

// The line without colour escapes.
inline std::string plain(const std::string& line) {
    std::string out;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\x1b') {
            while (i < line.size() && !(line[i] >= 0x40 && line[i] <= 0x7E && line[i] != '[')) ++i;
            continue;
        }
        out += line[i];
    }
    return out;
}

inline std::string joined(const std::vector<std::string>& lines) {
    std::string out;
    for (const auto& line : lines) out += plain(line) + "\n";
    return out;
}

}  // namespace mockround::test
