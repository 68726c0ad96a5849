#include "term/screen.hpp"

#include <algorithm>

#include "core/duration.hpp"
#include "core/scoring.hpp"
#include "term/text.hpp"

namespace mockround::term {

namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

// Whole seconds left, rounded up, so the display reaches 00:00 exactly at the deadline.
seconds ceil_seconds(Micros value) {
    return std::chrono::ceil<seconds>(value);
}

std::string countdown_bar(const Round& round, int width, const Style& style) {
    const QuestionRecord& q = round.current();
    const Micros left = round.question_remaining();
    const double budget = static_cast<double>(duration_cast<Micros>(q.budget).count());
    const double share = std::clamp(static_cast<double>(left.count()) / budget, 0.0, 1.0);
    const int bar_width = std::max(10, width - 24);
    const int filled = static_cast<int>(share * bar_width + 0.5);
    std::string bar;
    for (int i = 0; i < bar_width; ++i) bar += i < filled ? "█" : "░";
    std::string clock = format_clock(ceil_seconds(left)) + " / " + format_clock(q.budget);
    if (left <= Micros::zero()) {
        clock = "TIME +" + format_clock(duration_cast<seconds>(-left));
        return style.red(bar) + "  " + style.bold(style.red(clock));
    }
    const bool low = share < 0.2;
    return (low ? style.yellow(bar) : style.green(bar)) + "  " + clock;
}

std::string header(const ScreenView& view, int width, const Style& style) {
    const Round& round = view.round;
    const std::string left = std::string(" mockround · ") +
                             (view.interviewer ? "interviewer · " : "") + view.profile_title;
    std::string right =
        "question " + std::to_string(round.current_index() + 1) + "/" +
        std::to_string(round.questions().size()) + " · round " +
        format_clock(ceil_seconds(std::max(Micros::zero(), round.round_remaining()))) + " left ";
    if (round.round_time_over()) right = "round time is up: last question ";
    const int gap =
        std::max(1, width - static_cast<int>(display_width(left) + display_width(right)));
    return style.bold(left) + std::string(static_cast<std::size_t>(gap), ' ') + right;
}

// Cuts a styled line to the screen's width; styled lines are cut as plain text.
std::string fit(const std::string& line, std::size_t width, const Style& style) {
    if (display_width(line) <= width) return line;
    std::string plain;
    for (std::size_t i = 0; i < line.size(); ++i) {
        if (line[i] == '\x1b') {
            while (i < line.size() && line[i] != 'm') ++i;
            continue;
        }
        plain += line[i];
    }
    return style.dim(truncate(plain, width));
}

std::string keys_line(const ScreenView& view) {
    const Phase phase = view.round.phase();
    if (view.round.paused()) return "p resume · q quit · ? help";
    if (phase == Phase::self_scoring)
        return "0-4 the candidate's own score · s no self-score · q quit";
    if (view.interviewer)
        return phase == Phase::scoring ? "a-f tick · x-z follow-up asked · h hint · Enter accept · "
                                         "0-4 score · n note · p · s · q · ?"
                                       : "a-f tick key points · x-z follow-up asked · h hint · "
                                         "Enter answer done · n note · p · s · q · ?";
    if (phase == Phase::scoring)
        return "a-f tick what you covered · h hint needed · Enter accept · 0-4 score · n note · s "
               "skip · q quit";
    return "Enter answer done · n note · p pause · s skip · u undo · q quit · ? help";
}

std::vector<std::string> help_lines() {
    return {"Keys",
            "  Enter/Space  end the answer; show what a strong answer covers",
            "  a-f          tick the key points covered (after answering; an interviewer any time)",
            "  x y z        an interviewer marks follow-up 1, 2, 3 as asked",
            "  h            a hint was needed",
            "  Enter        (scoring) accept the suggested score",
            "  0-4          score the answer and move on",
            std::string("               ") + rubric,
            "  n            write a note (Enter keeps it, Esc cancels)",
            "  p            pause or resume both clocks",
            "  s            skip the question (recorded as skipped)",
            "  u            undo the last score or skip: that question is scored again",
            "  q            quit; the round is saved and `mockround resume` continues it",
            "               (q then a abandons the round, after one more yes: y)",
            "  Ctrl-Z       suspend (the round pauses); fg to come back",
            "",
            "Any key closes this help."};
}

}  // namespace

std::vector<std::string> guide_lines(const Question* question, const QuestionRecord& record,
                                     const Style& style) {
    std::vector<std::string> lines{style.bold("A strong answer covers")};
    if (!question || question->guide.key_points.empty()) {
        lines.push_back("  (this question has no guide; judge against the question's own hints)");
        return lines;
    }
    const auto& points = question->guide.key_points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::string letter(1, static_cast<char>('a' + i));
        const bool ticked =
            std::find(record.covered.begin(), record.covered.end(), letter) != record.covered.end();
        lines.push_back((ticked ? style.green("  [x] ") : "  [ ] ") + letter + ") " + points[i]);
    }
    if (!question->guide.pitfalls.empty()) {
        lines.push_back(style.bold("Pitfalls"));
        for (const auto& pitfall : question->guide.pitfalls) lines.push_back("  - " + pitfall);
    }
    return lines;
}

std::vector<std::string> follow_up_lines(const Question* question, const QuestionRecord& record,
                                         const Style& style) {
    std::vector<std::string> lines;
    if (!question || question->guide.follow_ups.empty()) return lines;
    lines.push_back(style.bold("Follow-ups"));
    const auto& follow_ups = question->guide.follow_ups;
    for (std::size_t i = 0; i < follow_ups.size() && i < 3; ++i) {
        const int number = static_cast<int>(i) + 1;
        const bool asked = std::find(record.follow_ups_asked.begin(), record.follow_ups_asked.end(),
                                     number) != record.follow_ups_asked.end();
        lines.push_back(std::string("  ") + follow_up_keys[i] + ") " + follow_ups[i] +
                        (asked ? style.green("  (asked)") : ""));
    }
    return lines;
}

std::string suggestion_line(const Question* question, const QuestionRecord& record) {
    if (!question || question->guide.key_points.empty()) return "";
    const std::size_t total = question->guide.key_points.size();
    return "Suggested score " +
           std::to_string(suggested_score(record.covered.size(), total, record.hint_used)) + " (" +
           std::to_string(record.covered.size()) + " of " + std::to_string(total) + " key points" +
           (record.hint_used ? ", hint needed" : "") + ") · Enter accepts, 0-4 overrides";
}

std::string render_screen(const ScreenView& view, int columns, int rows, const Style& style) {
    const Round& round = view.round;
    const int width = std::max(20, columns);
    const auto text_width = static_cast<std::size_t>(std::max(16, width - 4));
    std::vector<std::string> body;
    auto add_wrapped = [&](const std::string& text, const std::string& indent) {
        for (const auto& line : highlight(wrap(text, text_width), style))
            body.push_back(indent + line);
    };

    const QuestionRecord& q = round.current();
    const Question* question = view.bank.find(q.id);
    const Section* section = view.bank.find_section(q.section);
    const Topic* topic = view.bank.find_topic(q.section, q.topic);
    body.push_back(style.dim(" " + (section ? section->title : q.section) + " › " +
                             (topic ? topic->title : q.topic) +
                             (question ? " · " + std::string(to_string(question->kind)) + " · " +
                                             std::string(to_string(question->level))
                                       : "")));
    body.push_back("");
    add_wrapped(q.text, "  ");
    body.push_back("");
    body.push_back("  " + countdown_bar(round, width, style));
    if (round.paused())
        body.push_back("  " + style.bold(style.yellow("PAUSED")) +
                       "  both clocks are stopped; p resumes");
    body.push_back("");
    const Phase phase = round.phase();
    const bool guide_visible = !round.paused() && (view.interviewer || phase != Phase::asking);
    if (view.overlay == Overlay::help) {
        for (const auto& line : help_lines()) add_wrapped(line, "  ");
    } else if (guide_visible) {
        for (const auto& line : guide_lines(question, q, style)) add_wrapped(line, "  ");
        if (view.interviewer)
            for (const auto& line : follow_up_lines(question, q, style)) add_wrapped(line, "  ");
        body.push_back("");
        if (phase == Phase::self_scoring) {
            add_wrapped(style.bold("Interviewer's score: " + std::to_string(q.score.value_or(0)) +
                                   ". The candidate's own score? ") +
                            rubric,
                        "  ");
        }
    }
    if (!q.note.empty() && view.overlay != Overlay::note)
        add_wrapped(style.dim("note: " + q.note), "  ");

    // What to do next stays on screen however long the guide: it sits above the keys.
    std::vector<std::string> footer;
    if (guide_visible && phase == Phase::scoring && view.overlay == Overlay::none) {
        if (auto line = suggestion_line(question, q); !line.empty())
            footer.push_back(" " + style.bold(line));
        footer.push_back(" " + style.bold("Score: ") + rubric);
    }
    if (view.save_error)
        footer.push_back(
            style.red(" could not save: " + *view.save_error + " (kept in memory; retrying)"));
    if (view.overlay == Overlay::note)
        footer.push_back(" note: " + view.note_draft + "▏  " +
                         style.dim("Enter keep · Esc cancel"));
    else if (view.overlay == Overlay::quit_confirm)
        footer.push_back(style.bold(" Quit? The round is saved and resumable.") +
                         " q quit · a abandon the round · any other key: back");
    else if (view.overlay == Overlay::abandon_confirm)
        footer.push_back(style.bold(" Abandon this round for good? It cannot be resumed.") +
                         " y abandon · any other key: back");
    else
        footer.push_back(style.dim(" " + keys_line(view)));

    std::string frame = "\x1b[H";
    auto emit = [&](const std::string& line) { frame += line + "\x1b[K\r\n"; };
    emit(header(view, width, style));
    std::string rule;
    for (int i = 0; i < width; ++i) rule += "─";
    emit(style.dim(rule));
    const int room = std::max(0, rows - 2 - static_cast<int>(footer.size()));
    for (int i = 0; i < room; ++i)
        emit(i < static_cast<int>(body.size()) ? body[static_cast<std::size_t>(i)] : "");
    // A line wider than the screen would wrap and scroll the header away.
    for (std::size_t i = 0; i < footer.size(); ++i)
        frame += fit(footer[i], static_cast<std::size_t>(width), style) +
                 (i + 1 < footer.size() ? "\x1b[K\r\n" : "\x1b[K");
    return frame + "\x1b[J";
}

}  // namespace mockround::term
