#pragma once
// The round's full screen as a pure function of the round's state: easy to test, and the
// event loop only decides when to draw.
#include <optional>
#include <string>

#include "core/bank.hpp"
#include "core/round.hpp"
#include "term/style.hpp"

namespace mockround::term {

enum class Overlay { none, note, quit_confirm, help };

struct ScreenView {
    const Round& round;
    const Bank& bank;
    std::string profile_title;
    Overlay overlay = Overlay::none;
    std::string note_draft;
    std::optional<std::string> save_error;
};

// A whole frame: cursor home, each line cleared to its end, the rest of the screen cleared.
std::string render_screen(const ScreenView& view, int columns, int rows, const Style& style);

// What Enter reveals: the guide's key points lettered a, b, c…, else a hint; then pitfalls.
std::vector<std::string> guide_lines(const Question* question, const Style& style);

inline constexpr const char* rubric =
    "0 no answer · 1 major gaps or errors · 2 partial · 3 solid · 4 excellent with depth";

}  // namespace mockround::term
