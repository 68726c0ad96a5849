#pragma once
// Plays a started round on the terminal or in line mode, saving after every event, and turns
// the way it ended into an exit code.
#include "cli/context.hpp"
#include "core/round.hpp"
#include "store/transcript.hpp"
#include "term/session.hpp"

namespace mockround::cli {

// `sound`: the round's audio, or null.
int play_round(Context& context, Round& round, const store::TranscriptStore& store,
               const std::string& profile_title, term::RoundCompanion* sound);

// Starts the round and saves it, before anything is shown: FsError (exit 4) when the
// transcript cannot be written, so no question is asked that could not be kept.
void start_and_save(Round& round, const store::TranscriptStore& store);

// Plays on the screen when stdin and stdout are both terminals; in line mode otherwise.
bool interactive();

}  // namespace mockround::cli
