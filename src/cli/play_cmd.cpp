// mockround play: play back a round's recorded answers.
#include <fmt/core.h>

#include <memory>

#include "audio/ogg_opus.hpp"
#include "audio/speaker.hpp"
#include "cli/audio_options.hpp"
#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/spoken_text.hpp"

namespace mockround::cli {

namespace {

struct PlayOptions {
    std::string id;
    std::optional<std::size_t> number;
    bool question = false;
    AudioFlags audio;
};

// The 1-based numbers of the questions to play: the one asked for, or every recorded one.
std::vector<std::size_t> recorded(const RoundData& round, const PlayOptions& options) {
    const auto& questions = round.questions;
    if (options.number) {
        const std::size_t n = *options.number;
        if (n < 1 || n > questions.size())
            throw UsageError(fmt::format("round {} has questions 1-{}, not {}", round.info.id,
                                         questions.size(), n));
        if (questions[n - 1].audio.files.empty())
            throw UsageError(
                fmt::format("question {} of round {} has no recording", n, round.info.id));
        return {n};
    }
    std::vector<std::size_t> numbers;
    for (std::size_t n = 1; n <= questions.size(); ++n)
        if (!questions[n - 1].audio.files.empty()) numbers.push_back(n);
    if (numbers.empty())
        throw UsageError("round " + round.info.id +
                         " has no recordings; `mockround run --record` makes them");
    return numbers;
}

void play_answer(const QuestionRecord& q, const std::filesystem::path& dir,
                 const audio::AudioSettings& settings, bool read_question) {
    if (read_question) {
        audio::Speaker speaker(settings.device, settings.voice);
        speaker.say(spoken_text(q.text));
        speaker.wait();
    }
    audio::Pcm playback(settings.device, audio::Direction::playback, audio::opus_rate);
    for (const auto& file : q.audio.files) {
        const auto samples = audio::decode_opus(dir / file);
        playback.write(samples.data(), samples.size());
    }
    playback.drain();
}

void play(Context& context, const PlayOptions& options) {
    const RoundData round = load_round(context, options.id);
    const auto numbers = recorded(round, options);
    const audio::AudioSettings settings = audio_settings(context, options.audio);
    const auto dir = context.paths().rounds() / round.info.id;
    const term::Style style = context.out_style();
    for (const std::size_t n : numbers) {
        const QuestionRecord& q = round.questions[n - 1];
        fmt::print("{:>3}. {}  {}\n     {}\n", n, style.cyan(q.id),
                   audio::minutes_seconds(q.audio.length),
                   style.markdown(q.text.substr(0, q.text.find('\n'))));
        std::fflush(stdout);
        try {
            play_answer(q, dir, settings, options.question);
        } catch (const std::invalid_argument& e) {
            throw UsageError(e.what());  // a voice espeak-ng does not have
        }
    }
}

}  // namespace

void setup_play(CLI::App& app, Context& context) {
    auto options = std::make_shared<PlayOptions>();
    CLI::App* sub = app.add_subcommand("play", "Play back the answers recorded in a round");
    sub->add_option("id", options->id, "Round id (default: the latest round)");
    sub->add_option("n", options->number, "Only question N (default: every recorded answer)");
    sub->add_flag("--question", options->question, "Read each question aloud before its answer");
    add_device_option(*sub, options->audio.device);
    sub->add_option("--voice", options->audio.voice, "The espeak-ng voice (default: en)");
    sub->footer(
        "Examples:\n  mockround play                      (every recorded answer of the latest "
        "round)\n  mockround play 2026-11-24-0712-fresher 3 --question");
    sub->callback([&context, options] { play(context, *options); });
}

}  // namespace mockround::cli
