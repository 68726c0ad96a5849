#pragma once
// The sound options `run` and `resume` share, over the settings in config.yaml.
#include <CLI/CLI.hpp>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "audio/round_audio.hpp"
#include "cli/context.hpp"

namespace mockround::cli {

struct AudioFlags {
    bool speak = false, no_speak = false, record = false, no_record = false;
    std::string device, voice;
    std::optional<int> rate;
};

void add_audio_flags(CLI::App& app, AudioFlags& flags);
void add_device_option(CLI::App& app, std::string& device);

// config.yaml's settings, then the flags over them.
audio::AudioSettings audio_settings(Context& context, const AudioFlags& flags);

// The round's sound, when any is asked for: opened before the round starts, so that a missing
// device stops it (exit 4) before anything is written. Null when there is none to make.
std::unique_ptr<audio::RoundAudio> open_round_audio(const audio::AudioSettings& settings,
                                                    const std::filesystem::path& round_dir,
                                                    bool interviewer);

}  // namespace mockround::cli
