#include "audio/speaker.hpp"

#include "audio/espeak_library.hpp"

#include <algorithm>
#include <stdexcept>

namespace mockround::audio {

namespace {

// espeak-ng hands each synthesised block to one callback, with the Synth call's user data.
struct Utterance {
    Speaker* speaker;
    std::uint64_t generation;
};

int initialised_rate() {
    const int rate = espeak_library().initialize(AUDIO_OUTPUT_SYNCHRONOUS, 100, nullptr,
                                                 espeakINITIALIZE_DONT_EXIT);
    if (rate <= 0) throw DeviceError("espeak-ng cannot start: is espeak-ng-data installed?");
    return rate;
}

void use_voice(const Voice& voice) {
    if (espeak_library().set_voice_by_name(voice.name.c_str()) != EE_OK)
        throw std::invalid_argument("espeak-ng has no voice '" + voice.name +
                                    "'; `espeak-ng --voices` lists them");
    if (voice.rate < espeakRATE_MINIMUM || voice.rate > espeakRATE_MAXIMUM)
        throw std::invalid_argument("the speaking rate must be 80-450 words a minute, not " +
                                    std::to_string(voice.rate));
    espeak_library().set_parameter(espeakRATE, voice.rate, 0);
}

}  // namespace

Speaker::Speaker(const std::string& device, const Voice& voice)
    : pcm_(device, Direction::playback, static_cast<unsigned>(initialised_rate())) {
    use_voice(voice);
    espeak_library().set_synth_callback([](short* samples, int count, espeak_EVENT* events) {
        return on_sound(samples, count, events);
    });
    thread_ = std::thread([this] { run(); });
}

Speaker::~Speaker() {
    {
        std::lock_guard lock(mutex_);
        quit_ = true;
        ++asked_;
    }
    changed_.notify_all();
    thread_.join();
    espeak_library().terminate();
}

void Speaker::say(std::string text) {
    {
        std::lock_guard lock(mutex_);
        next_ = std::move(text);
        ++asked_;
    }
    changed_.notify_all();
}

void Speaker::silence() {
    say("");
}

void Speaker::wait() {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [this] { return done_ == asked_; });
}

bool Speaker::cut_off(std::uint64_t generation) {
    std::lock_guard lock(mutex_);
    return generation != asked_;
}

int Speaker::on_sound(short* samples, int count, void* events) {
    const auto* utterance =
        static_cast<const Utterance*>(static_cast<espeak_EVENT*>(events)->user_data);
    Speaker& self = *utterance->speaker;
    if (self.cut_off(utterance->generation)) return 1;  // 1 stops the synthesis
    if (samples && count > 0)
        self.pcm_.write(reinterpret_cast<const std::int16_t*>(samples),
                        static_cast<std::size_t>(count));
    return 0;
}

void Speaker::run() {
    std::unique_lock lock(mutex_);
    for (;;) {
        changed_.wait(lock, [this] { return done_ != asked_; });
        if (quit_) return;
        const std::uint64_t generation = asked_;
        const std::string text = std::move(next_);
        lock.unlock();
        Utterance utterance{this, generation};
        if (!text.empty())
            espeak_library().synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0,
                                   espeakCHARS_UTF8 | espeakENDPAUSE, nullptr, &utterance);
        if (cut_off(generation))
            pcm_.drop();
        else
            pcm_.drain();
        lock.lock();
        done_ = std::max(done_, generation);
        changed_.notify_all();
    }
}

}  // namespace mockround::audio
