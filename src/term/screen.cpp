#include "term/screen.hpp"

#include <algorithm>
#include <cmath>

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

// The question's clock after a bar of what is left, as wide as the line allows (no bar when
// there is no room for one).
std::string countdown_bar(const Round& round, int width, const Style& style) {
    const QuestionRecord& q = round.current();
    const Micros left = round.question_remaining();
    const bool over = left <= Micros::zero();
    const std::string clock =
        over ? "TIME +" + format_clock(duration_cast<seconds>(-left))
             : format_clock(ceil_seconds(left)) + " / " + format_clock(q.budget);
    const double budget = static_cast<double>(duration_cast<Micros>(q.budget).count());
    const double share = std::clamp(static_cast<double>(left.count()) / budget, 0.0, 1.0);
    const int bar_width = std::min(80, width - 6 - static_cast<int>(clock.size()));
    const std::string bar = bar_width >= 4 ? block_bar(share, bar_width) + "  " : "";
    if (over) return style.red(bar) + style.bold(style.red(clock));
    return (share < 0.2 ? style.yellow(bar) : style.green(bar)) + clock;
}

// The right side (question n/N, time left) matters most: on a narrow screen the title goes,
// then the words.
std::string header(const ScreenView& view, int width, const Style& style) {
    const Round& round = view.round;
    const std::string left = std::string(" mockround · ") +
                             (view.interviewer ? "interviewer · " : "") + view.profile_title;
    const std::string position =
        std::to_string(round.current_index() + 1) + "/" + std::to_string(round.questions().size());
    const std::string time_left =
        format_clock(ceil_seconds(std::max(Micros::zero(), round.round_remaining())));
    std::string right = "question " + position + " · round " + time_left + " left ";
    std::string compact = " " + position + " · " + time_left + " left";
    if (round.round_time_over()) {
        right = "round time is up: last question ";
        compact = " " + position + " · time is up";
    }
    const auto used = static_cast<int>(display_width(left) + display_width(right));
    if (used < width)
        return style.bold(left) + std::string(static_cast<std::size_t>(width - used), ' ') + right;
    return static_cast<int>(display_width(right)) + 1 <= width ? " " + right : compact;
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
                                         "w notes · Enter answer done · n note · p · s · q · ?";
    if (phase == Phase::scoring)
        return "a-f tick what you covered · h hint needed · Enter accept · 0-4 score · n note · s "
               "skip · q quit";
    return "Enter answer done · w write it · v $EDITOR · n note · p pause · s skip · u undo · q "
           "quit · ? help";
}

std::vector<std::string> help_lines() {
    return {"Keys",
            "  Enter/Space  end the answer; show what a strong answer covers",
            "  a-f          tick the key points covered (after answering; an interviewer any time)",
            "  x y z        an interviewer marks follow-up 1, 2, 3 as asked",
            "  h            a hint was needed",
            "  r            read the question aloud again (run --speak)",
            "  Enter        (scoring) accept the suggested score",
            "  0-4          score the answer and move on",
            std::string("               ") + rubric,
            "  w            write the answer under the question (Ctrl-D ends the answer, Esc",
            "               leaves it open to write more); the clocks keep running",
            "  v            write it in $VISUAL or $EDITOR instead",
            "  +            (scoring) tick every key point found in the answer [~]",
            "  n            write a note (Enter keeps it, Esc cancels)",
            "  p            pause or resume both clocks",
            "  s            skip the question (recorded as skipped)",
            "  u            undo the last score or skip: that question is scored again",
            "  q            quit; the round is saved and `mockround resume` continues it",
            "               (q then a abandons the round, after one more yes: y)",
            "  Ctrl-Z       suspend (the round pauses); fg to come back",
            "  Down/Up j/k  scroll a guide longer than the screen; PgDn/PgUp a page",
            "",
            "Any key closes this help."};
}

}  // namespace

namespace {
// The answer written with an imported question, under the guide.
void reference_lines(const Question* question, const Style& style,
                     std::vector<std::string>& lines) {
    if (!question || question->reference.empty()) return;
    lines.push_back(style.bold("Reference answer"));
    const std::string& text = question->reference;
    for (std::size_t at = 0; at <= text.size();) {
        std::size_t end = text.find('\n', at);
        if (end == std::string::npos) end = text.size();
        lines.push_back(end > at ? "  " + text.substr(at, end - at) : std::string());
        at = end + 1;
    }
}
}  // namespace

std::vector<std::string> guide_lines(const Question* question, const QuestionRecord& record,
                                     const Style& style) {
    std::vector<std::string> lines{style.bold("A strong answer covers")};
    if (!question || question->guide.key_points.empty()) {
        lines.push_back("  no guide for this question: score the answer by the rubric");
        reference_lines(question, style, lines);
        return lines;
    }
    const auto& points = question->guide.key_points;
    const auto has = [](const std::vector<std::string>& letters, const std::string& letter) {
        return std::find(letters.begin(), letters.end(), letter) != letters.end();
    };
    bool suggestions_left = false;
    for (std::size_t i = 0; i < points.size(); ++i) {
        const std::string letter(1, static_cast<char>('a' + i));
        std::string mark = "  [ ] ";
        if (has(record.covered, letter))
            mark = style.green("  [x] ");
        else if (has(record.suggested, letter))
            mark = style.yellow("  [~] "), suggestions_left = true;
        lines.push_back(mark + letter + ") " + points[i]);
    }
    if (suggestions_left) lines.push_back(style.dim("  [~] found in the answer: + ticks them all"));
    if (!question->guide.pitfalls.empty()) {
        lines.push_back(style.bold("Pitfalls"));
        for (const auto& pitfall : question->guide.pitfalls) lines.push_back("  - " + pitfall);
    }
    reference_lines(question, style, lines);
    return lines;
}

std::vector<std::string> follow_up_lines(const Question* question, const QuestionRecord& record,
                                         const Style& style, bool numbered) {
    std::vector<std::string> lines;
    if (!question || question->guide.follow_ups.empty()) return lines;
    lines.push_back(style.bold("Follow-ups"));
    const auto& follow_ups = question->guide.follow_ups;
    const std::size_t shown =
        numbered ? follow_ups.size() : std::min<std::size_t>(3, follow_ups.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const int number = static_cast<int>(i) + 1;
        const bool asked = std::find(record.follow_ups_asked.begin(), record.follow_ups_asked.end(),
                                     number) != record.follow_ups_asked.end();
        const std::string label =
            numbered ? std::to_string(number) : std::string(1, follow_up_keys[i]);
        lines.push_back("  " + label + ") " + follow_ups[i] +
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

namespace {

// Where the answer editor's cursor is in the body: its line, and its column on the screen.
struct BodyCursor {
    std::size_t line = 0, column = 0;
};

// What the screen shows between the header and the bottom lines, and the bottom lines.
struct Content {
    std::vector<std::string> body;
    std::vector<std::string> footer;
    std::optional<BodyCursor> cursor;
};

constexpr std::string_view answer_indent = "    ";

std::vector<std::string> example_lines(const Question* question, const Style& style) {
    if (!question || !question->guide.example) return {};
    const Example& example = *question->guide.example;
    std::vector<std::string> lines{style.bold("Example (" + example.lang + ")")};
    std::string_view code = example.code;
    while (!code.empty()) {
        const std::size_t end = std::min(code.find('\n'), code.size());
        lines.push_back("  " + std::string(code.substr(0, end)));
        code.remove_prefix(std::min(end + 1, code.size()));
    }
    return lines;
}

// The body's lines as they are added: wrapped to the screen, code spans highlighted.
struct Body {
    const Style& style;
    std::size_t text_width;
    std::vector<std::string> lines{};
    std::optional<BodyCursor> cursor{};

    void add(const std::string& text, const std::string& indent = "  ") {
        for (const auto& line : highlight(wrap(style.glyphs(text), text_width), style))
            lines.push_back(indent + line);
    }
    void add_all(const std::vector<std::string>& texts) {
        for (const auto& text : texts) add(text);
    }
};

// The typed answer under its title: the open editor's lines, or the answer wrapped.
void add_answer(const ScreenView& view, std::size_t width, Body& body) {
    const QuestionRecord& q = view.round.current();
    const bool editing = view.overlay == Overlay::answer && view.editor;
    if (!editing && q.answer_text.empty()) return;
    body.lines.push_back("  " + body.style.bold(view.interviewer ? "Answer notes" : "Your answer"));
    const std::size_t indent = answer_indent.size();
    const std::size_t text_width = width > indent + 1 ? width - indent - 1 : 1;
    const EditorLayout layout =
        editing ? view.editor->layout(text_width) : AnswerEditor(q.answer_text).layout(text_width);
    if (editing)
        body.cursor =
            BodyCursor{body.lines.size() + layout.cursor_line, indent + layout.cursor_column};
    for (const auto& line : layout.lines) body.lines.push_back(std::string(answer_indent) + line);
    body.lines.push_back("");
}

// Where the question comes from, the question, its countdown.
void add_question(const ScreenView& view, const Question* question, int width, Body& body) {
    const Round& round = view.round;
    const QuestionRecord& q = round.current();
    const Section* section = view.bank.find_section(q.section);
    const Topic* topic = view.bank.find_topic(q.section, q.topic);
    body.add(body.style.dim((section ? section->title : q.section) + " › " +
                            (topic ? topic->title : q.topic) +
                            (question ? " · " + std::string(to_string(question->kind)) + " · " +
                                            std::string(to_string(question->level))
                                      : "") +
                            " · " + q.id),
             " ");
    body.lines.push_back("");
    body.add(q.text);
    body.lines.push_back("");
    body.lines.push_back("  " + countdown_bar(round, width - 2, body.style));
    if (round.paused())
        body.add(body.style.bold(body.style.yellow("PAUSED")) +
                 "  both clocks are stopped; p resumes");
    body.lines.push_back("");
}

// The guide with the answer: above it while the interviewer listens, below it once scored.
void add_guide(const ScreenView& view, const Question* question, int width, Body& body) {
    const QuestionRecord& q = view.round.current();
    const Phase phase = view.round.phase();
    const bool answered = phase != Phase::asking;
    if (!answered) add_answer(view, static_cast<std::size_t>(width), body);
    body.add_all(guide_lines(question, q, body.style));
    if (answered) add_answer(view, static_cast<std::size_t>(width), body);
    body.add_all(follow_up_lines(question, q, body.style, false));
    if (answered) body.add_all(example_lines(question, body.style));
    body.lines.push_back("");
    if (phase == Phase::self_scoring)
        body.add(body.style.bold("Interviewer's score: " + std::to_string(q.score.value_or(0)) +
                                 ". The candidate's own score? ") +
                 rubric);
}

std::vector<std::string> body_lines(const ScreenView& view, int width, const Style& style,
                                    std::optional<BodyCursor>* cursor = nullptr) {
    Body body{style, static_cast<std::size_t>(std::max(8, width - 4))};
    const QuestionRecord& q = view.round.current();
    const Question* question = view.bank.find(q.id);
    add_question(view, question, width, body);
    // The candidate never sees the guide before answering, paused or not; the interviewer always.
    if (view.overlay == Overlay::help)
        body.add_all(help_lines());
    else if (view.interviewer || view.round.phase() != Phase::asking)
        add_guide(view, question, width, body);
    else
        add_answer(view, static_cast<std::size_t>(width), body);
    if (!q.note.empty() && view.overlay != Overlay::note) body.add(style.dim("note: " + q.note));
    if (cursor) *cursor = body.cursor;
    return std::move(body.lines);
}

// What to do next stays on screen however long the guide: it sits above the keys.
std::vector<std::string> footer_lines(const ScreenView& view, const Style& style) {
    const QuestionRecord& q = view.round.current();
    const Question* question = view.bank.find(q.id);
    std::vector<std::string> footer;
    if (view.round.phase() == Phase::scoring && view.overlay == Overlay::none) {
        if (auto line = suggestion_line(question, q); !line.empty())
            footer.push_back(" " + style.bold(line));
        footer.push_back(" " + style.bold("Score: ") + rubric);
    }
    if (!view.sound.empty()) footer.push_back(" " + view.sound);
    if (view.save_error)
        footer.push_back(
            style.red(" could not save: " + *view.save_error + " (kept in memory; retrying)"));
    if (!view.notice.empty()) footer.push_back(style.yellow(" " + view.notice));
    if (view.overlay == Overlay::note)
        footer.push_back(" note: " + view.note_draft + "▏  " +
                         style.dim("Enter keep · Esc cancel"));
    else if (view.overlay == Overlay::answer)
        footer.push_back(
            style.dim(" writing the answer · Ctrl-D answer done · Esc back to the "
                      "keys · v $EDITOR"));
    else if (view.overlay == Overlay::quit_confirm)
        footer.push_back(style.bold(" Quit? The round is saved and resumable.") +
                         " q quit · a abandon the round · any other key: back");
    else if (view.overlay == Overlay::abandon_confirm)
        footer.push_back(style.bold(" Abandon this round for good? It cannot be resumed.") +
                         " y abandon · any other key: back");
    else
        footer.push_back(style.dim(" " + keys_line(view)));
    return footer;
}

// Which rows of the screen go to what: the header always; then the bottom lines (the last, the
// keys, first); a rule under the header when the body still gets two rows; the body the rest.
struct Rows {
    int footer = 0;
    bool rule = false;
    int body = 0;
};

Rows share_rows(int rows, std::size_t footer_lines) {
    Rows share;
    share.footer = std::min(static_cast<int>(footer_lines), std::max(0, rows - 1));
    share.rule = rows - 1 - share.footer >= 3;
    share.body = std::max(0, rows - 1 - share.footer - (share.rule ? 1 : 0));
    return share;
}

// The part of the body on screen: from `first`, `count` lines, with "more" marks above and below
// when lines are hidden there (when the body has room for them).
struct Window {
    int first = 0, count = 0;
    bool more_above = false, more_below = false;
};

Window body_window(int lines, int room, int wanted_first) {
    Window window;
    if (lines <= room) return {0, lines, false, false};
    const bool marks = room >= 3;
    const int last_first = lines - room + (marks ? 1 : 0);
    window.first = std::clamp(wanted_first, 0, last_first);
    window.more_above = marks && window.first > 0;
    window.count = room - (window.more_above ? 1 : 0);
    window.more_below = marks && window.first + window.count < lines;
    if (window.more_below) --window.count;
    return window;
}

int scrolled_lines(const ScreenView& view) {
    const Scroll& scroll = view.scroll;
    const bool same =
        scroll.question == view.round.current_index() && scroll.phase == view.round.phase();
    return same ? scroll.lines : 0;
}

// The terminal's cursor at the answer editor's, or hidden without one.
std::string cursor_escape(const std::optional<BodyCursor>& cursor, const Window& window, bool rule,
                          int rows, int width) {
    if (!cursor) return "\x1b[?25l";
    const int row = 2 + (rule ? 1 : 0) + (window.more_above ? 1 : 0) +
                    static_cast<int>(cursor->line) - window.first;
    const int column = std::min(width, static_cast<int>(cursor->column) + 1);
    if (row > rows) return "\x1b[?25l";
    return "\x1b[" + std::to_string(row) + ";" + std::to_string(column) + "H\x1b[?25h";
}

// The first body line on screen: the one scrolled to, or with the editor open, where its cursor
// line shows.
int first_line(const ScreenView& view, const std::optional<BodyCursor>& cursor, int room) {
    const int wanted = scrolled_lines(view);
    if (!cursor) return wanted;
    const int line = static_cast<int>(cursor->line);
    const int shown = std::max(1, room - 2);  // room for the "more" marks
    return std::clamp(wanted, line - shown + 1, line);
}

}  // namespace

std::string render_screen(const ScreenView& view, int columns, int rows, const Style& style) {
    const int width = std::max(1, columns);
    Content content{{}, footer_lines(view, style), {}};
    content.body = body_lines(view, width, style, &content.cursor);
    const Rows share = share_rows(rows, content.footer.size());
    const Window window = body_window(static_cast<int>(content.body.size()), share.body,
                                      first_line(view, content.cursor, share.body));
    if (window.more_above || window.more_below)
        content.footer.back() = style.dim(" j/k scroll ·") + content.footer.back();

    std::vector<std::string> lines{header(view, width, style)};
    if (share.rule) {
        std::string rule;
        for (int i = 0; i < width; ++i) rule += "─";
        lines.push_back(style.dim(rule));
    }
    if (window.more_above) lines.push_back(style.dim("  ↑ more (k/Up)"));
    for (int i = 0; i < window.count; ++i)
        lines.push_back(content.body[static_cast<std::size_t>(window.first) + i]);
    if (window.more_below) lines.push_back(style.dim("  ↓ more (j/Down)"));
    for (int i = 0; i < share.body - window.count - window.more_above - window.more_below; ++i)
        lines.push_back("");
    lines.insert(lines.end(), content.footer.end() - share.footer, content.footer.end());

    // A line wider than the screen would wrap and scroll the header away.
    return frame_of(lines, static_cast<std::size_t>(width), rows, style) +
           cursor_escape(content.cursor, window, share.rule, rows, width);
}

std::optional<Scroll> scrolled_by_key(const ScreenView& view, const Key& key, int columns, int rows,
                                      const Style& style) {
    const int width = std::max(1, columns);
    const auto body = static_cast<int>(body_lines(view, width, style).size());
    const int room = share_rows(rows, footer_lines(view, style).size()).body;
    const int page = std::max(1, room - 3);
    const bool is_char = key.type == Key::character;
    int step = 0;
    if (key.type == Key::down || (is_char && key.text == "j")) step = 1;
    if (key.type == Key::up || (is_char && key.text == "k")) step = -1;
    if (key.type == Key::page_down) step = page;
    if (key.type == Key::page_up) step = -page;
    if (step == 0) return std::nullopt;
    const Window now = body_window(body, room, scrolled_lines(view));
    const Window next = body_window(body, room, now.first + step);
    return Scroll{next.first, view.round.current_index(), view.round.phase()};
}

}  // namespace mockround::term
