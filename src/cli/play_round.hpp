#pragma once
// Plays a round that is ready to go (planned or read back), on the terminal or in line mode,
// saving after every event, and turns the way it ended into an exit code.
#include "cli/context.hpp"
#include "core/round.hpp"
#include "store/transcript.hpp"

namespace mockround::cli {

int play_round(Context& context, Round& round, const store::TranscriptStore& store,
               const std::string& profile_title);

// Plays on the screen when stdin and stdout are both terminals; in line mode otherwise.
bool interactive();

}  // namespace mockround::cli
