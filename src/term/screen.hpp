#pragma once
// The round's full screen as a pure function of the round's state: easy to test, and the
// event loop only decides when to draw.
#include <optional>
#include <string>

#include "core/bank.hpp"
#include "core/round.hpp"
#include "term/answer_editor.hpp"
#include "term/keys.hpp"
#include "term/style.hpp"

namespace mockround::term {

// answer: the answer editor is open under the question.
enum class Overlay { none, note, answer, quit_confirm, abandon_confirm, help };

// How far the screen's body (question, guide, follow-ups, example) is scrolled, and for which
// question and phase: a new question or phase starts at the top again.
struct Scroll {
    int lines = 0;
    std::size_t question = 0;
    Phase phase = Phase::asking;
};

struct ScreenView {
    const Round& round;
    const Bank& bank;
    std::string profile_title;
    bool interviewer = false;  // the interviewer's console: the guide shows while listening
    Overlay overlay = Overlay::none;
    std::string note_draft{};
    std::optional<std::string> save_error{};
    Scroll scroll{};                       // clamped to the body when drawn
    const AnswerEditor* editor = nullptr;  // with Overlay::answer: drawn, the cursor in it
    std::string notice{};                  // one line about the last command (a refusal, a cut)
    std::string sound{};                   // the recording's level meter, or "" (RoundCompanion)
};

// A whole frame: cursor home, each line cleared to its end, the rest of the screen cleared.
// Never more than `rows` lines, none wider than `columns`; the header (question n/N, time left),
// the score line and the keys stay on screen and the body between them scrolls. With the
// answer editor open the body follows its cursor, and the terminal's cursor is shown there.
std::string render_screen(const ScreenView& view, int columns, int rows, const Style& style);

// The scroll after `key` (Down/Up, j/k a line, PgDn/PgUp a page) within the body's length, or
// none when `key` does not scroll.
std::optional<Scroll> scrolled_by_key(const ScreenView& view, const Key& key, int columns, int rows,
                                      const Style& style);

// The guide's key points as a checklist lettered a, b, c… (ticked ones marked, those the matcher
// suggested marked apart), then pitfalls.
std::vector<std::string> guide_lines(const Question* question, const QuestionRecord& record,
                                     const Style& style);
// The follow-ups, keyed x, y, z (or numbered 1, 2, 3… for line mode's `asked N`), marked once
// asked.
std::vector<std::string> follow_up_lines(const Question* question, const QuestionRecord& record,
                                         const Style& style, bool numbered);
// "Suggested score 3 (4 of 5 key points) · Enter accepts, 0-4 overrides", or empty without a guide.
std::string suggestion_line(const Question* question, const QuestionRecord& record);

inline constexpr const char* follow_up_keys = "xyz";

inline constexpr const char* rubric =
    "0 no answer · 1 major gaps or errors · 2 partial · 3 solid · 4 excellent with depth";

}  // namespace mockround::term
