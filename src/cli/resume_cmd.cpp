// mockround resume: continue a round that was quit, interrupted or killed.
#include <fmt/core.h>

#include <memory>

#include "cli/audio_options.hpp"
#include "cli/commands.hpp"
#include "cli/play_round.hpp"
#include "store/errors.hpp"
#include "store/profile_loader.hpp"
#include "store/transcript.hpp"

namespace mockround::cli {

namespace {

std::string title_of(Context& context, const std::string& profile) {
    try {
        return context.profile(profile).title;
    } catch (const std::exception&) {
        return profile;  // the profile may since have gone; the round stands on its own
    }
}

void resume(Context& context, const std::string& requested, const AudioFlags& flags) {
    store::TranscriptStore store(context.paths().rounds());
    std::string id = requested;
    if (id.empty()) {
        auto latest = store.latest_in_progress();
        if (!latest)
            throw UsageError("no round in progress to resume; start one with `mockround run`");
        id = *latest;
    }
    if (!store::valid_round_id(id)) throw UsageError("'" + id + "' is not a round id");
    if (!store.exists(id)) throw UsageError("no round '" + id + "' in " + store.dir().string());
    store::RoundLock lock(store.dir(), id);
    store::Transcript transcript = store.load(id);
    if (transcript.info.status != RoundStatus::in_progress)
        throw UsageError("round " + id + " is " + std::string(to_string(transcript.info.status)) +
                         "; there is nothing to resume");
    store.prepare();
    const bool interviewer = transcript.info.mode == Mode::interviewer;
    const auto sound =
        open_round_audio(audio_settings(context, flags), store.dir() / id, interviewer);
    SystemClock clock;
    Round round(transcript.info, transcript.questions, clock);
    start_and_save(round, store);
    context.exit_code =
        play_round(context, round, store, title_of(context, transcript.info.profile), sound.get());
}

}  // namespace

void setup_resume(CLI::App& app, Context& context) {
    auto id = std::make_shared<std::string>();
    auto flags = std::make_shared<AudioFlags>();
    CLI::App* sub = app.add_subcommand("resume", "Continue a round in progress");
    sub->add_option("id", *id, "Round id (default: the latest round in progress)");
    add_audio_flags(*sub, *flags);
    sub->footer(
        "Example: mockround resume 2026-11-24-0712-fresher\n"
        "An answer recorded when the round stopped goes on in a new part (NN-2.opus).");
    sub->callback([&context, id, flags] { resume(context, *id, *flags); });
}

}  // namespace mockround::cli
