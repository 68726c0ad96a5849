#include "term/watch_screen.hpp"

#include "core/duration.hpp"
#include "term/big_digits.hpp"
#include "term/text.hpp"

namespace mockround::term {

namespace {

using std::chrono::seconds;

std::string clock_text(const LiveView& live) {
    if (live.question_left > Micros::zero())
        return format_clock(std::chrono::ceil<seconds>(live.question_left));
    return "+" + format_clock(std::chrono::floor<seconds>(-live.question_left));
}

std::string round_line(const LiveView& live) {
    std::string line =
        "question " + std::to_string(live.index + 1) + "/" + std::to_string(live.total) +
        " · round " +
        format_clock(std::chrono::ceil<seconds>(std::max(Micros::zero(), live.round_left))) +
        " left";
    if (live.paused)
        line += " · PAUSED";
    else if (live.time_up && live.answering)
        line += " · TIME";
    else if (!live.answering)
        line += " · answer done";
    return line;
}

}  // namespace

std::string describe_watch(const WatchView& view, const Style& style) {
    if (!view.live) return "waiting for a round to start\n";
    const LiveView& live = *view.live;
    if (live.ended) return "round over\n";
    std::string out = round_line(live) + " · " + clock_text(live) + "\n";
    if (!view.status.empty()) out += view.status + "\n";
    return style.glyphs(out);
}

std::string render_watch(const WatchView& view, int columns, int rows, const Style& style) {
    const auto width = static_cast<std::size_t>(std::max(1, columns));
    const std::size_t text_width = width > 4 ? width - 4 : 1;
    std::vector<std::string> lines, status;
    if (!view.status.empty())
        for (const auto& line : wrap(view.status, text_width))
            status.push_back("  " + style.yellow(line));
    if (!view.live) {
        lines = {"", "  " + style.bold("mockround watch"), "", "  waiting for a round to start…"};
    } else if (view.live->ended) {
        lines = {"", "  " + style.bold("The round is over."), "", "  Thank you!"};
    } else {
        const LiveView& live = *view.live;
        const std::string clock = clock_text(live);
        for (const auto& line : wrap(round_line(live), text_width + 2))
            lines.push_back(" " + style.dim(line));
        lines.push_back("");
        for (const auto& line : highlight(wrap(style.glyphs(live.question), text_width), style))
            lines.push_back("  " + line);
        lines.push_back("");
        const bool late = live.time_up && live.answering;
        auto paint = [&](const std::string& text) {
            if (live.paused) return style.yellow(text);
            return late ? style.red(text) : style.bold(text);
        };
        const bool room =
            big_digits_width(clock) + 2 <= width &&
            static_cast<int>(lines.size() + status.size()) + big_digit_rows + 2 <= rows;
        if (room)
            for (const auto& row : big_digits(clock)) lines.push_back("  " + paint(row));
        else
            lines.push_back("  " + paint(clock));
        if (live.paused)
            lines.push_back("  " + style.yellow("PAUSED"));
        else if (late)
            lines.push_back("  " + style.red("TIME"));
    }
    lines.insert(lines.end(), status.begin(), status.end());
    return frame_of(lines, width, rows, style);
}

}  // namespace mockround::term
