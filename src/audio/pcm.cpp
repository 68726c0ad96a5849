#include "audio/pcm.hpp"

#include <alsa/asoundlib.h>

#include <cstdlib>

namespace mockround::audio {

namespace {

// How much sound a capture device holds before an overrun: reading every few tens of
// milliseconds, a busy machine still has seconds of room.
constexpr unsigned buffer_microseconds = 2'000'000;

[[noreturn]] void fail(const std::string& device, Direction direction, const char* what,
                       int error) {
    const char* kind = direction == Direction::capture ? "capture" : "playback";
    throw DeviceError(std::string(kind) + " device '" + device + "': " + what + ": " +
                      snd_strerror(error) +
                      "; `mockround audio check` lists the devices and tries them");
}

// ALSA prints its own lines on stderr ("ALSA lib pcm.c:2666: Unknown PCM x") over the screen;
// every failure is reported here instead, in one line that says what to do.
void quiet_alsa(const char*, int, const char*, int, const char*, ...) {}

}  // namespace

Pcm::Pcm(const std::string& device, Direction direction, unsigned rate)
    : device_(device), rate_(rate) {
    const auto stream =
        direction == Direction::capture ? SND_PCM_STREAM_CAPTURE : SND_PCM_STREAM_PLAYBACK;
    snd_lib_error_set_handler(quiet_alsa);
    // Opened without waiting, so a device another program holds is an error now, not a hang
    // before the first question; playback then waits for room as it plays.
    if (const int e = snd_pcm_open(&pcm_, device.c_str(), stream, SND_PCM_NONBLOCK); e < 0)
        fail(device, direction, "cannot open it", e);
    if (direction == Direction::playback) snd_pcm_nonblock(pcm_, 0);
    const unsigned latency = direction == Direction::capture ? buffer_microseconds : 200'000;
    if (const int e = snd_pcm_set_params(pcm_, SND_PCM_FORMAT_S16_LE, SND_PCM_ACCESS_RW_INTERLEAVED,
                                         1, rate, 1, latency);
        e < 0) {
        snd_pcm_close(pcm_);
        fail(device, direction, "cannot use it for 16-bit mono sound", e);
    }
    if (direction == Direction::capture) snd_pcm_start(pcm_);
}

Pcm::~Pcm() {
    snd_pcm_close(pcm_);
}

bool Pcm::paced_by_reader() const {
    const snd_pcm_type_t type = snd_pcm_type(pcm_);
    return type == SND_PCM_TYPE_FILE || type == SND_PCM_TYPE_NULL;
}

std::size_t Pcm::read_available(std::int16_t* samples, std::size_t frames) {
    std::size_t got = 0;
    while (got < frames) {
        const snd_pcm_sframes_t n = snd_pcm_readi(pcm_, samples + got, frames - got);
        if (n > 0) {
            got += static_cast<std::size_t>(n);
            continue;
        }
        if (n == -EAGAIN || n == 0) break;
        if (n == -EPIPE) ++overruns_;
        if (const int e = snd_pcm_recover(pcm_, static_cast<int>(n), 1); e < 0) {
            failure_ = std::string("the capture device failed: ") + snd_strerror(e);
            break;
        }
        snd_pcm_start(pcm_);
    }
    return got;
}

bool Pcm::write(const std::int16_t* samples, std::size_t frames) {
    while (frames > 0) {
        const snd_pcm_sframes_t n = snd_pcm_writei(pcm_, samples, frames);
        if (n < 0) {
            if (snd_pcm_recover(pcm_, static_cast<int>(n), 1) < 0) return false;
            continue;
        }
        samples += n;
        frames -= static_cast<std::size_t>(n);
    }
    return true;
}

void Pcm::drain() {
    snd_pcm_drain(pcm_);
    snd_pcm_prepare(pcm_);
}

void Pcm::drop() {
    snd_pcm_drop(pcm_);
    snd_pcm_prepare(pcm_);
}

std::vector<DeviceName> list_devices() {
    std::vector<DeviceName> devices;
    void** hints = nullptr;
    if (snd_device_name_hint(-1, "pcm", &hints) < 0) return devices;
    for (void** hint = hints; *hint; ++hint) {
        const auto text = [&](const char* id) {
            char* value = snd_device_name_get_hint(*hint, id);
            std::string s = value ? value : "";
            std::free(value);
            return s;
        };
        DeviceName device{text("NAME"), text("DESC"), true, true};
        const std::string io = text("IOID");  // empty: both
        if (io == "Output") device.capture = false;
        if (io == "Input") device.playback = false;
        for (auto& c : device.description)
            if (c == '\n') c = ' ';
        if (!device.name.empty()) devices.push_back(std::move(device));
    }
    snd_device_name_free_hint(hints);
    return devices;
}

}  // namespace mockround::audio
