#pragma once
// The round without a screen, for scripts, pipes and screen readers: plain lines out, one
// command per line in, no escape codes. The protocol is documented in README.md.
#include <string>

#include "term/bank_view.hpp"
#include "term/session.hpp"
#include "term/signals.hpp"

namespace mockround::term {

Outcome run_line_mode(Session& session, BankView bank, bool interviewer, SignalWatch& signals);

}  // namespace mockround::term
