#include "audio/recorder.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace mockround::audio {

namespace {

using std::chrono::steady_clock;

constexpr auto read_every = std::chrono::milliseconds(20);
// The device delivers sound at its own pace, which is real time; reading is capped at what
// real time allows (plus this much, for a device clock a little ahead of ours) so that a
// device with no pace of its own, such as ALSA's null and file plugins, records real time too.
constexpr double ahead_seconds = 0.1;

}  // namespace

Recorder::Recorder(const std::string& device)
    : pcm_(device, Direction::capture, opus_rate), thread_([this] { run(); }) {}

Recorder::~Recorder() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
    }
    wake_.notify_all();
    thread_.join();
}

void Recorder::start(const std::filesystem::path& file) {
    auto writer = std::make_unique<OpusWriter>(file);
    std::lock_guard lock(mutex_);
    writer_ = std::move(writer);
    take_ = Take{};
    overruns_at_start_ = -1;  // the recording thread's count when it first keeps sound
}

void Recorder::set_paused(bool paused) {
    std::lock_guard lock(mutex_);
    paused_ = paused;
}

Take Recorder::take() const {
    std::lock_guard lock(mutex_);
    return take_;
}

void Recorder::stop() {
    std::unique_ptr<OpusWriter> finished;
    {
        std::lock_guard lock(mutex_);
        finished = std::move(writer_);
    }
}

bool Recorder::recording() const {
    std::lock_guard lock(mutex_);
    return writer_ != nullptr;
}

void Recorder::run() {
    const double rate = pcm_.rate();
    const auto started = steady_clock::now();
    std::uint64_t consumed = 0;
    std::vector<std::int16_t> buffer(static_cast<std::size_t>(rate));
    std::unique_lock lock(mutex_);
    while (!quit_) {
        wake_.wait_for(lock, read_every);
        lock.unlock();
        const double since = std::chrono::duration<double>(steady_clock::now() - started).count();
        const auto allowed = static_cast<std::uint64_t>((since + ahead_seconds) * rate);
        const std::size_t want =
            std::min<std::uint64_t>(buffer.size(), allowed > consumed ? allowed - consumed : 0);
        const std::size_t got = pcm_.read_available(buffer.data(), want);
        consumed += got;
        lock.lock();
        if (got > 0) keep(buffer.data(), got);
    }
}

void Recorder::keep(const std::int16_t* samples, std::size_t frames) {
    int peak = 0;
    for (std::size_t i = 0; i < frames; ++i) peak = std::max(peak, std::abs(int{samples[i]}));
    level_ = std::max(static_cast<float>(peak) / 32768.0f, level_.load() * 0.7f);
    if (!writer_ || paused_) return;
    if (overruns_at_start_ < 0) overruns_at_start_ = pcm_.overruns();
    if (!take_.error) writer_->write(samples, frames);
    take_.error = writer_->error();
    if (!take_.error) take_.length += std::chrono::microseconds(frames * 1'000'000 / pcm_.rate());
    take_.overruns = pcm_.overruns() - overruns_at_start_;
}

}  // namespace mockround::audio
