#pragma once
// The commands a person gives a round, whatever the front end: the screen turns keys into
// them, line mode turns lines into them, and one function applies them. A rule about what may
// be done when (a tick while scoring, a follow-up only in interviewer mode) lives here once.
#include <string>

#include "core/bank.hpp"
#include "core/matcher.hpp"
#include "core/round.hpp"

namespace mockround {

enum class CommandType {
    end_answer,         // the answer is over: show the guide
    score,              // number: 0-4
    accept_suggestion,  // the score the ticked key points suggest
    self_score,         // number: the candidate's own score beside an interviewer's
    tick,               // text: a key point letter, "a".."f"
    follow_up,          // number: 1-based, an interviewer asked it
    hint,               // a hint was needed (toggles)
    skip,
    note,  // text: the note, replacing the one before
    toggle_pause,
    pause,
    resume,
    undo,  // takes back the last score, self-score or skip
    abandon,
    answer,             // text: the typed answer so far, replacing the one before
    confirm_suggested,  // tick every key point the matcher suggested
};

struct RoundCommand {
    RoundCommand(CommandType type, int number = 0, std::string text = {})
        : type(type), number(number), text(std::move(text)) {}
    CommandType type;
    int number;
    std::string text;
};

// What applying a command did: nothing (and why not, for the person), or a change to save.
struct CommandResult {
    bool changed = false;
    std::string refusal;
    std::string notice;  // said about a change made, e.g. an answer cut at the size cap
};

// How many key points a round can tick: letters a.. up to this many.
inline constexpr std::size_t tickable_key_points = 6;

// `question` is the bank's question being asked (null when the bank no longer has it). With a
// matcher, the answer's key points are suggested when it ends and whenever it changes after.
CommandResult apply_command(Round& round, const Question* question, const RoundCommand& command,
                            const KeyPointMatcher* matcher = nullptr);

// Whether applying `command` asks the matcher anything: a matcher learns the whole bank's terms
// when built (tens of milliseconds), so a front end builds it the first time this is true.
bool uses_matcher(const Round& round, const RoundCommand& command);

// The score Enter accepts for the current question, or none without a guide to judge by.
std::optional<int> suggestion_for(const Round& round, const Question* question);

}  // namespace mockround
