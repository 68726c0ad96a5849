#include "cli/audio_options.hpp"

#include "store/config_loader.hpp"

namespace mockround::cli {

void add_device_option(CLI::App& app, std::string& device) {
    app.add_option("--audio-device", device,
                   "The ALSA device to record from and play to (default: default; "
                   "`mockround audio check` lists them)");
}

void add_audio_flags(CLI::App& app, AudioFlags& flags) {
    app.add_flag("--speak", flags.speak, "Read each question aloud (espeak-ng); r repeats it");
    app.add_flag("--no-speak", flags.no_speak, "Do not read aloud, whatever config.yaml says")
        ->excludes("--speak");
    app.add_flag("--record", flags.record,
                 "Record each spoken answer beside the transcript (Ogg Opus)");
    app.add_flag("--no-record", flags.no_record, "Do not record, whatever config.yaml says")
        ->excludes("--record");
    add_device_option(app, flags.device);
    app.add_option("--voice", flags.voice, "The espeak-ng voice (default: en)");
    app.add_option("--rate", flags.rate, "Words a minute read aloud, 80-450 (default: 175)")
        ->check(CLI::Range(80, 450));
}

audio::AudioSettings audio_settings(Context& context, const AudioFlags& flags) {
    const store::Settings& saved = context.settings();
    audio::AudioSettings settings;
    settings.speak = (saved.speak.value_or(false) || flags.speak) && !flags.no_speak;
    settings.record = (saved.record.value_or(false) || flags.record) && !flags.no_record;
    settings.device = !flags.device.empty() ? flags.device : saved.device.value_or("default");
    settings.voice.name = !flags.voice.empty() ? flags.voice : saved.voice.value_or("en");
    settings.voice.rate = flags.rate.value_or(saved.rate.value_or(settings.voice.rate));
    return settings;
}

std::unique_ptr<audio::RoundAudio> open_round_audio(const audio::AudioSettings& settings,
                                                    const std::filesystem::path& round_dir,
                                                    bool interviewer) {
    if (settings.speak && interviewer)
        warn("nothing is read aloud in interviewer mode: the interviewer reads the questions");
    if (!settings.record && !(settings.speak && !interviewer)) return nullptr;
    try {
        return std::make_unique<audio::RoundAudio>(settings, round_dir, interviewer);
    } catch (const std::invalid_argument& e) {
        throw UsageError(e.what());  // a voice or rate espeak-ng refuses
    }
}

}  // namespace mockround::cli
