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

std::string describe_watch(const WatchView& view) {
    if (!view.live) return "waiting for a round to start\n";
    const LiveView& live = *view.live;
    if (live.ended) return "round over\n";
    std::string out = round_line(live) + " · " + clock_text(live) + "\n";
    if (!view.status.empty()) out += view.status + "\n";
    return out;
}

std::string render_watch(const WatchView& view, int columns, int rows, const Style& style) {
    const auto width = static_cast<std::size_t>(std::max(20, columns));
    std::vector<std::string> lines;
    if (!view.live) {
        lines = {"", "  " + style.bold("mockround watch"), "", "  waiting for a round to start…"};
    } else if (view.live->ended) {
        lines = {"", "  " + style.bold("The round is over."), "", "  Thank you!"};
    } else {
        const LiveView& live = *view.live;
        const std::string clock = clock_text(live);
        lines.push_back(" " + style.dim(round_line(live)));
        lines.push_back("");
        for (const auto& line : highlight(wrap(live.question, width - 4), style))
            lines.push_back("  " + line);
        lines.push_back("");
        const bool late = live.time_up && live.answering;
        auto paint = [&](const std::string& text) {
            if (live.paused) return style.yellow(text);
            return late ? style.red(text) : style.bold(text);
        };
        const bool room = big_digits_width(clock) + 2 <= width &&
                          static_cast<int>(lines.size()) + big_digit_rows + 2 <= rows;
        if (room)
            for (const auto& row : big_digits(clock)) lines.push_back("  " + paint(row));
        else
            lines.push_back("  " + paint(clock));
        if (live.paused)
            lines.push_back("  " + style.yellow("PAUSED"));
        else if (late)
            lines.push_back("  " + style.red("TIME"));
    }
    if (!view.status.empty()) lines.push_back("  " + style.yellow(view.status));
    std::string frame = "\x1b[H";
    for (int i = 0; i < rows; ++i) {
        if (i < static_cast<int>(lines.size())) frame += lines[static_cast<std::size_t>(i)];
        frame += i + 1 < rows ? "\x1b[K\r\n" : "\x1b[K";
    }
    return frame + "\x1b[J";
}

}  // namespace mockround::term
