#pragma once
// ALSA PCM devices, 16-bit mono: what recording, speaking and playing back go through. Any
// device name ALSA knows works ("default", "plughw:1", one an ~/.asoundrc defines).
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

// ALSA's own declaration, so that this header need not include all of asoundlib.h.
typedef struct _snd_pcm snd_pcm_t;  // NOLINT(bugprone-reserved-identifier)

namespace mockround::audio {

// A device that cannot be opened or fails: exit 4, naming the device.
class DeviceError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

enum class Direction { capture, playback };

class Pcm {
  public:
    // Opens `device` at `rate` Hz, mono; DeviceError when it cannot.
    Pcm(const std::string& device, Direction direction, unsigned rate);
    ~Pcm();
    Pcm(const Pcm&) = delete;
    Pcm& operator=(const Pcm&) = delete;

    unsigned rate() const { return rate_; }
    // ALSA's file and null plugins deliver sound as fast as it is read: no clock of their own.
    bool paced_by_reader() const;
    // Capture, without waiting: up to `frames` frames that are there now. An overrun (frames
    // lost because nobody read them in time) is recovered and counted.
    std::size_t read_available(std::int16_t* samples, std::size_t frames);
    int overruns() const { return overruns_; }
    // Why the device stopped for good (unplugged, say), if it did.
    const std::optional<std::string>& failure() const { return failure_; }
    // Playback: all of it, waiting for room; an underrun is recovered. False when the device
    // failed for good.
    bool write(const std::int16_t* samples, std::size_t frames);
    void drain();  // playback: until what was written has sounded
    void drop();   // stops at once, discarding what waits

  private:
    snd_pcm_t* pcm_ = nullptr;
    std::string device_;
    unsigned rate_;
    int overruns_ = 0;
    std::optional<std::string> failure_;
};

struct DeviceName {
    std::string name, description;
    bool capture = false, playback = false;
};
// The PCM devices ALSA lists (its hints), as `aplay -L` and `arecord -L` show them.
std::vector<DeviceName> list_devices();

}  // namespace mockround::audio
