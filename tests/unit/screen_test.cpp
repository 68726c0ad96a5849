// The round's screen as a pure function: what fits, what stays, what scrolls.
#include <catch2/catch.hpp>

#include "fake_clock.hpp"
#include "frame.hpp"
#include "shipped.hpp"
#include "term/screen.hpp"
#include "term/text.hpp"

using namespace mockround;
using namespace mockround::term;
using namespace std::chrono_literals;

namespace {

// A round of the bank's questions with these ids, the first one asked.
struct Fixture {
    FakeClock clock;
    Round round;
    explicit Fixture(const std::vector<std::string>& ids, Mode mode = Mode::solo)
        : round(info(mode), records(ids), clock) {
        round.start();
    }

    static RoundInfo info(Mode mode) {
        RoundInfo info;
        info.mode = mode;
        info.round_length = 45min;
        return info;
    }
    static std::vector<QuestionRecord> records(const std::vector<std::string>& ids) {
        std::vector<QuestionRecord> out;
        for (const auto& id : ids) {
            const Question* q = shipped_bank().find(id);
            REQUIRE(q);
            QuestionRecord r;
            r.id = q->id, r.section = q->section, r.topic = q->topic, r.text = q->text;
            r.budget = 4min;
            out.push_back(r);
        }
        return out;
    }
    ScreenView view() const {
        return {round, shipped_bank(), "Fresher", round.info().mode == Mode::interviewer};
    }
};

std::vector<std::string> draw(const ScreenView& view, int columns, int rows,
                              const Style& style = Style(false, true)) {
    return test::frame_lines(render_screen(view, columns, rows, style));
}

// Scrolls the view with `key` as the screen does, `times` times.
void press(ScreenView& view, Key::Type type, int times, int columns, int rows,
           const Style& style = Style(false, true)) {
    for (int i = 0; i < times; ++i)
        if (auto scroll = scrolled_by_key(view, {type, {}}, columns, rows, style))
            view.scroll = *scroll;
}

bool on_screen(const std::vector<std::string>& lines, const std::string& text) {
    return test::joined(lines).find(text) != std::string::npos;
}

const std::vector<std::string> long_guides{
    "postgres.index-types", "system-design.sql-vs-nosql-choice", "py-db.psycopg2-connect"};

}  // namespace

TEST_CASE("no frame has more lines than the terminal's rows or a line wider than its columns") {
    const Style styles[] = {Style(false, true), Style(true, true), Style(true, false)};
    for (const Mode mode : {Mode::solo, Mode::interviewer})
        for (int phase = 0; phase < 3; ++phase) {
            Fixture f(long_guides, mode);
            if (phase >= 1) f.round.toggle_pause();
            if (phase == 2) f.round.toggle_pause(), f.round.end_answer();
            for (const Style& style : styles)
                for (int columns : {1, 2, 5, 12, 20, 33, 40, 60, 80, 110, 200})
                    for (int rows = 0; rows <= 40; rows += rows < 8 ? 1 : 4) {
                        INFO(to_string(mode)
                             << " phase " << phase << " at " << columns << "x" << rows);
                        const auto lines = draw(f.view(), columns, rows, style);
                        CHECK(static_cast<int>(lines.size()) <= std::max(rows, 0));
                        for (const auto& line : lines)
                            CHECK(static_cast<int>(display_width(line)) <= columns);
                    }
        }
}

TEST_CASE("the header with question n/N and time left is the first line at every size") {
    Fixture f(long_guides);
    for (auto [columns, rows] : {std::pair{80, 24}, {60, 16}, {40, 12}, {20, 6}, {20, 2}}) {
        INFO(columns << "x" << rows);
        const auto lines = draw(f.view(), columns, rows);
        REQUIRE(!lines.empty());
        CHECK(lines[0].find("1/3") != std::string::npos);
        CHECK(lines[0].find("45:00 left") != std::string::npos);
        if (rows >= 2) CHECK(lines.back().find("Enter") != std::string::npos);
    }
}

TEST_CASE("a guide longer than the screen scrolls to its end; score and keys stay") {
    for (auto [columns, rows] : {std::pair{80, 24}, {110, 32}, {40, 12}, {60, 16}})
        for (const auto& id : long_guides) {
            INFO(id << " at " << columns << "x" << rows);
            Fixture f({id});
            f.round.end_answer();
            ScreenView view = f.view();
            const Question& q = *shipped_bank().find(id);
            const std::string& last_point = q.guide.key_points.back();
            const std::string last_words = last_point.substr(last_point.rfind(' ') + 1);
            auto lines = draw(view, columns, rows);
            CHECK(on_screen(lines, "↓ more (j/Down)"));
            CHECK_FALSE(on_screen(lines, "↑ more"));
            press(view, Key::page_down, 100, columns, rows);
            lines = draw(view, columns, rows);
            CHECK(on_screen(lines, "↑ more (k/Up)"));
            CHECK_FALSE(on_screen(lines, "↓ more"));
            CHECK(lines.back().find("j/k scroll") != std::string::npos);  // the keys
            CHECK(lines[lines.size() - 2].find("Score: 0 no answer") != std::string::npos);
            CHECK(lines[0].find("1/1") != std::string::npos);
            // Line by line, the whole guide passes by: its last key point, pitfall, example.
            std::string seen;
            view.scroll = {};
            for (int i = 0; i < 200; ++i, press(view, Key::down, 1, columns, rows))
                seen += test::joined(draw(view, columns, rows));
            CHECK(seen.find(last_words) != std::string::npos);
            if (!q.guide.pitfalls.empty()) CHECK(seen.find("Pitfalls") != std::string::npos);
            CHECK(seen.find("Follow-ups") != std::string::npos);
            if (q.guide.example) CHECK(seen.find("Example (") != std::string::npos);
            press(view, Key::up, 500, columns, rows);
            CHECK(draw(view, columns, rows) == draw(f.view(), columns, rows));
        }
}

TEST_CASE("j/k and PgDn/PgUp scroll; other keys do not; a new question starts at the top") {
    Fixture f({"postgres.index-types", "system-design.sql-vs-nosql-choice"});
    f.round.end_answer();
    ScreenView view = f.view();
    CHECK_FALSE(scrolled_by_key(view, {Key::character, "a"}, 80, 24, Style(false, true)));
    CHECK_FALSE(scrolled_by_key(view, {Key::enter, {}}, 80, 24, Style(false, true)));
    const auto j = scrolled_by_key(view, {Key::character, "j"}, 80, 24, Style(false, true));
    REQUIRE(j);
    CHECK(j->lines == 1);
    view.scroll = *j;
    CHECK(scrolled_by_key(view, {Key::character, "k"}, 80, 24, Style(false, true))->lines == 0);
    CHECK(scrolled_by_key(view, {Key::page_down, {}}, 80, 24, Style(false, true))->lines > 5);
    press(view, Key::page_down, 3, 80, 24);
    CHECK(on_screen(draw(view, 80, 24), "↑ more"));
    f.round.score(3);  // the next question: its top, though the scroll still says otherwise
    CHECK(draw(view, 80, 24) == draw(f.view(), 80, 24));
    CHECK_FALSE(on_screen(draw(view, 80, 24), "↑ more"));
}

TEST_CASE("the question's id is on the round screen") {
    Fixture f({"postgres.index-types"});
    CHECK(on_screen(draw(f.view(), 100, 30), "postgres.index-types"));
}

TEST_CASE(
    "pausing keeps the interviewer's checklist and follow-ups; the candidate's stays hidden") {
    Fixture pair({"postgres.index-types"}, Mode::interviewer);
    pair.round.toggle_pause();
    auto lines = draw(pair.view(), 100, 40);
    CHECK(on_screen(lines, "PAUSED"));
    CHECK(on_screen(lines, "[ ] a) An index is"));
    CHECK(on_screen(lines, "x) Which index would you use"));
    Fixture solo({"postgres.index-types"});
    solo.round.toggle_pause();
    lines = draw(solo.view(), 100, 40);
    CHECK(on_screen(lines, "PAUSED"));
    CHECK_FALSE(on_screen(lines, "A strong answer covers"));
}

TEST_CASE("a solo round shows the follow-ups and the worked example once the answer ends") {
    Fixture f({"postgres.index-types"});
    CHECK_FALSE(on_screen(draw(f.view(), 120, 80), "Follow-ups"));
    f.round.end_answer();
    const auto lines = draw(f.view(), 120, 80);
    CHECK(on_screen(lines, "Follow-ups"));
    CHECK(on_screen(lines, "How do you build an index on a busy production table?"));
    CHECK(on_screen(lines, "Example (sql)"));
    CHECK(on_screen(lines, "CREATE INDEX ON events USING brin (created_at);"));
}

TEST_CASE("without a UTF-8 locale the round screen draws only ASCII glyphs") {
    Fixture f({"postgres.index-types"});
    const std::string frame = render_screen(f.view(), 80, 24, Style(false, false));
    for (const char* glyph : {"█", "░", "─", "·", "›", "…", "↓"})
        CHECK(frame.find(glyph) == std::string::npos);
    CHECK(frame.find("--------") != std::string::npos);
    CHECK(frame.find("#####") != std::string::npos);
}

TEST_CASE("the open answer editor shows under the question with the cursor in it") {
    Fixture f({"postgres.index-types"});
    std::string long_answer;
    for (int i = 0; i < 60; ++i) long_answer += "line " + std::to_string(i) + "\n";
    long_answer += "the end";
    AnswerEditor editor(long_answer);
    ScreenView view = f.view();
    view.overlay = Overlay::answer;
    view.editor = &editor;
    const std::string frame = render_screen(view, 80, 24, Style(false, true));
    const auto lines = test::frame_lines(frame);
    CHECK(lines.size() == 24);
    CHECK(on_screen(lines, "the end"));  // the window follows the cursor, at the answer's end
    CHECK(on_screen(lines, "Ctrl-D answer done"));
    std::size_t row = 0;
    while (row < lines.size() && lines[row].find("the end") == std::string::npos) ++row;
    CHECK(test::frame_cursor(frame) ==
          "\x1b[" + std::to_string(row + 1) + ";" + std::to_string(4 + 7 + 1) + "H\x1b[?25h");
    view.overlay = Overlay::none;
    CHECK(test::frame_cursor(render_screen(view, 80, 24, Style(false, true))) == "\x1b[?25l");
}

TEST_CASE("scoring shows the answer, and suggested key points apart from ticked ones") {
    Fixture f({"postgres.index-types"});
    f.round.set_answer("B-tree is the default index.");
    f.round.end_answer();
    f.round.set_suggested({"a", "b"});
    f.round.toggle_covered("b");
    const auto lines = draw(f.view(), 120, 60);
    CHECK(on_screen(lines, "[~] a)"));
    CHECK(on_screen(lines, "[x] b)"));
    CHECK(on_screen(lines, "[ ] c)"));
    CHECK(on_screen(lines, "[~] found in the answer: + ticks them all"));
    CHECK(on_screen(lines, "Your answer"));
    CHECK(on_screen(lines, "B-tree is the default index."));
}

TEST_CASE("a question without a guide says so, and shows the answer written with it") {
    Question q;
    q.id = "mine.react";
    q.text = "What is React?";
    q.reference = "A library for user interfaces.\n\n- components\n- one-way data flow";
    const QuestionRecord record;
    const auto lines = guide_lines(&q, record, Style(false));
    REQUIRE(lines.size() == 7);
    CHECK(lines[1] == "  no guide for this question: score the answer by the rubric");
    CHECK(lines[2] == "Reference answer");
    CHECK(lines[3] == "  A library for user interfaces.");
    CHECK(lines[4].empty());
    CHECK(lines[6] == "  - one-way data flow");
    q.reference.clear();
    CHECK(guide_lines(&q, record, Style(false)).size() == 2);
}
