#pragma once
// The user's settings, $XDG_CONFIG_HOME/mockround/config.yaml: what `run` and `resume` do
// unless a flag says otherwise. Every key is optional; a missing file is no settings.
//
//   speak: true        # read each question aloud (run --speak)
//   record: true       # record each spoken answer (run --record)
//   voice: en-us       # an espeak-ng voice
//   rate: 160          # words a minute, 80-450
//   device: default    # the ALSA device (--audio-device)
//   retention: 0.9     # the review schedule's desired retention, 0.7-0.99
#include <filesystem>
#include <optional>
#include <string>

namespace mockround::store {

struct Settings {
    std::optional<bool> speak, record;
    std::optional<std::string> voice, device;
    std::optional<int> rate;
    std::optional<double> retention;
};

// DataError naming the file, line and column for a setting that is wrong.
Settings load_settings(const std::filesystem::path& file);

}  // namespace mockround::store
