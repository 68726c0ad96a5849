#pragma once
#include <string>

#include "term/bank_view.hpp"
#include "term/session.hpp"
#include "term/signals.hpp"
#include "term/style.hpp"

namespace mockround::term {

// Plays the round full-screen on the terminal at stdin/stdout until it is done, quit or
// interrupted. The terminal is restored on every way out.
// `interviewer`: the interviewer's console, where the guide shows while the candidate answers.
Outcome run_round_screen(Session& session, BankView bank, const std::string& profile_title,
                         bool interviewer, const Style& style, SignalWatch& signals);

// How long until what the screen shows next changes: the next whole second of the running
// clock, or an earlier deadline. None while nothing runs (paused, done).
std::optional<Micros> until_next_redraw(const Round& round);

}  // namespace mockround::term
