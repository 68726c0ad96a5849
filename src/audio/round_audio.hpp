#pragma once
// A round's sound: each question read aloud when it appears (not in interviewer mode: the
// interviewer reads), and each answer recorded from the moment its question appears until the
// answer ends (in interviewer mode until it is scored: the whole exchange), pauses left out,
// into rounds/ROUND-ID/NN.opus beside the transcript.
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "audio/recorder.hpp"
#include "audio/speaker.hpp"
#include "term/session.hpp"

namespace mockround::audio {

struct AudioSettings {
    bool speak = false, record = false;
    std::string device = "default";  // ALSA's name for the capture and playback device
    Voice voice;
};

class RoundAudio : public term::RoundCompanion {
  public:
    // Opens the devices the settings need before any question is asked: DeviceError (exit 4)
    // when one cannot be opened, so no round is half started.
    RoundAudio(const AudioSettings& settings, std::filesystem::path round_dir, bool interviewer);
    ~RoundAudio() override;

    void follow(Round& round) override;
    bool repeat(const Round& round) override;
    std::string status() const override;
    std::optional<Micros> until_status_changes() const override;

  private:
    std::unique_ptr<Speaker> speaker_;
    std::unique_ptr<Recorder> recorder_;
    std::filesystem::path dir_;
    bool interviewer_;
    std::optional<std::size_t> spoken_;     // the question last read aloud
    std::optional<std::size_t> recording_;  // the question whose answer is being recorded
    AnswerAudio before_;                    // its audio before this part
    std::string part_;                      // this part's file name
    std::optional<std::string> problem_;    // why recording stopped
    bool paused_ = false;

    void speak(const Round& round);
    void record(Round& round);
    void begin_part(Round& round, std::size_t index);
    void keep_take(Round& round);
};

// Seconds as m:ss, for the recording's clock.
std::string minutes_seconds(Micros length);

}  // namespace mockround::audio
