#pragma once
// Records from a capture device on a thread of its own, into one file at a time: the answer
// being given. The device stays open for the whole round, so each answer starts at once.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <filesystem>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

#include "audio/ogg_opus.hpp"
#include "audio/pcm.hpp"

namespace mockround::audio {

// What one recorded file holds so far.
struct Take {
    std::chrono::microseconds length{0};
    int overruns = 0;
    std::optional<std::string> error;  // why it stopped early (a full disk)
};

class Recorder {
  public:
    explicit Recorder(const std::string& device);  // DeviceError
    ~Recorder();
    Recorder(const Recorder&) = delete;
    Recorder& operator=(const Recorder&) = delete;

    // Records into a new file from now, finishing the one before. FsError when it cannot be
    // created.
    void start(const std::filesystem::path& file);
    // While paused, sound is read and dropped: the file holds only the answering time.
    void set_paused(bool paused);
    Take take() const;  // the current file's, or the last one's after stop()
    void stop();        // finishes the current file
    bool recording() const;
    // The loudest sample of the last fraction of a second, 0-1: the level meter.
    float level() const { return level_.load(); }

  private:
    Pcm pcm_;
    mutable std::mutex mutex_;
    std::condition_variable wake_;
    std::unique_ptr<OpusWriter> writer_;
    Take take_;
    std::uint64_t frames_ = 0;  // in the current file
    int overruns_seen_ = 0;
    bool paused_ = false, quit_ = false;
    std::atomic<float> level_{0};
    std::thread thread_;

    void run();
    void keep(const std::int16_t* samples, std::size_t frames);
};

}  // namespace mockround::audio
