#pragma once
// What the candidate's screen shows of a round another process is running, worked out from
// the last saved transcript and the time since it was saved: between saves the clocks that
// were running keep running.
#include <optional>
#include <string>
#include <vector>

#include "core/round.hpp"

namespace mockround {

struct LiveView {
    bool ended = false;  // completed or abandoned
    bool paused = false;
    std::size_t index = 0, total = 0;  // index of the question in hand (0-based)
    std::string question;              // its text; empty when none is in hand
    bool answering = false;            // its clock runs (not yet in scoring)
    bool time_up = false;
    Micros question_left{0};  // negative in overtime
    Micros round_left{0};
};

LiveView live_view(const RoundInfo& info, const std::vector<QuestionRecord>& questions,
                   Micros since_saved);

}  // namespace mockround
