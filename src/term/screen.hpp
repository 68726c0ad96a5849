#pragma once
// The round's full screen as a pure function of the round's state: easy to test, and the
// event loop only decides when to draw.
#include <optional>
#include <string>

#include "core/bank.hpp"
#include "core/round.hpp"
#include "term/style.hpp"

namespace mockround::term {

enum class Overlay { none, note, quit_confirm, abandon_confirm, help };

struct ScreenView {
    const Round& round;
    const Bank& bank;
    std::string profile_title;
    bool interviewer = false;  // the interviewer's console: the guide shows while listening
    Overlay overlay = Overlay::none;
    std::string note_draft;
    std::optional<std::string> save_error;
};

// A whole frame: cursor home, each line cleared to its end, the rest of the screen cleared.
std::string render_screen(const ScreenView& view, int columns, int rows, const Style& style);

// The guide's key points as a checklist lettered a, b, c… (ticked ones marked), then pitfalls.
std::vector<std::string> guide_lines(const Question* question, const QuestionRecord& record,
                                     const Style& style);
// The follow-ups, keyed x, y, z, marked once asked.
std::vector<std::string> follow_up_lines(const Question* question, const QuestionRecord& record,
                                         const Style& style);
// "Suggested score 3 (4 of 5 key points) · Enter accepts, 0-4 overrides", or empty without a guide.
std::string suggestion_line(const Question* question, const QuestionRecord& record);

inline constexpr const char* follow_up_keys = "xyz";

inline constexpr const char* rubric =
    "0 no answer · 1 major gaps or errors · 2 partial · 3 solid · 4 excellent with depth";

}  // namespace mockround::term
