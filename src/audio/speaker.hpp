#pragma once
// Reads text aloud with espeak-ng on a thread of its own, into a playback device. Saying
// something new cuts off what is being said.
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <thread>

#include "audio/pcm.hpp"

namespace mockround::audio {

struct Voice {
    std::string name = "en";  // an espeak-ng voice: `espeak-ng --voices` lists them
    int rate = 175;           // words a minute, 80-450
};

class Speaker {
  public:
    // DeviceError when the device cannot be opened; std::invalid_argument for a voice
    // espeak-ng does not have or a rate out of range. One Speaker at a time (espeak-ng's state
    // is global).
    Speaker(const std::string& device, const Voice& voice);
    ~Speaker();
    Speaker(const Speaker&) = delete;
    Speaker& operator=(const Speaker&) = delete;

    void say(std::string text);
    void silence();  // stops what is being said
    void wait();     // until everything said has sounded

  private:
    Pcm pcm_;
    std::mutex mutex_;
    std::condition_variable changed_;
    std::string next_;
    std::uint64_t asked_ = 0, done_ = 0;  // generations: what was asked, what finished
    bool quit_ = false;
    std::thread thread_;

    void run();
    bool cut_off(std::uint64_t generation);
    static int on_sound(short* samples, int count, void* events);
};

}  // namespace mockround::audio
