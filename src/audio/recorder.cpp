#include "audio/recorder.hpp"

#include <algorithm>
#include <cstdlib>
#include <vector>

namespace mockround::audio {

namespace {

using std::chrono::steady_clock;

constexpr auto read_every = std::chrono::milliseconds(20);
// A sound card delivers sound at its own pace, real time. ALSA's file and null plugins have no
// clock: from them reading is capped at what real time allows, so that they record real time
// too (the tests' microphone is one).
constexpr double ahead_seconds = 0.02;

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
    frames_ = 0;
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
    const bool pace = pcm_.paced_by_reader();
    const auto started = steady_clock::now();
    std::uint64_t consumed = 0;
    std::vector<std::int16_t> buffer(static_cast<std::size_t>(rate));
    std::unique_lock lock(mutex_);
    while (!quit_) {
        wake_.wait_for(lock, read_every);
        lock.unlock();
        std::size_t want = buffer.size();
        if (pace) {
            const double since =
                std::chrono::duration<double>(steady_clock::now() - started).count();
            const auto allowed = static_cast<std::uint64_t>((since + ahead_seconds) * rate);
            want = std::min<std::uint64_t>(want, allowed > consumed ? allowed - consumed : 0);
        }
        const std::size_t got = pcm_.read_available(buffer.data(), want);
        consumed += got;
        lock.lock();
        keep(buffer.data(), got);
    }
}

void Recorder::keep(const std::int16_t* samples, std::size_t frames) {
    int peak = 0;
    for (std::size_t i = 0; i < frames; ++i) peak = std::max(peak, std::abs(int{samples[i]}));
    level_ = std::max(static_cast<float>(peak) / 32768.0f, level_.load() * 0.7f);
    // Sound lost while nobody records (between answers, paused, stopped by Ctrl-Z) is no loss.
    const int overruns = pcm_.overruns() - overruns_seen_;
    overruns_seen_ = pcm_.overruns();
    if (!writer_ || paused_ || take_.error) return;
    take_.overruns += overruns;
    if (pcm_.failure()) take_.error = pcm_.failure();
    if (take_.error || frames == 0) return;
    writer_->write(samples, frames);
    take_.error = writer_->error();
    if (take_.error) return;
    frames_ += frames;
    take_.length = std::chrono::microseconds(frames_ * 1'000'000 / pcm_.rate());
}

}  // namespace mockround::audio
