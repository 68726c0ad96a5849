// mockround audio check: which devices there are, and whether recording and playback work.
#include <fmt/core.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <thread>

#include "audio/ogg_opus.hpp"
#include "audio/recorder.hpp"
#include "cli/audio_options.hpp"
#include "cli/commands.hpp"
#include "term/text.hpp"

namespace mockround::cli {

namespace {

struct CheckOptions {
    std::string device;
    int seconds = 3;
};

void print_devices(const std::vector<audio::DeviceName>& devices, bool capture) {
    fmt::print("{} devices:\n", capture ? "Capture" : "Playback");
    for (const auto& d : devices)
        if (capture ? d.capture : d.playback) fmt::print("  {:<28} {}\n", d.name, d.description);
}

// Records into `file` for `seconds` with a live meter on a terminal; the loudest level heard.
float record_check(const std::string& device, const std::filesystem::path& file, int seconds,
                   const term::Style& style) {
    audio::Recorder recorder(device);
    recorder.start(file);
    const bool live = isatty(STDOUT_FILENO) == 1;
    float loudest = 0;
    const auto end = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
    while (std::chrono::steady_clock::now() < end) {
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
        loudest = std::max(loudest, recorder.level());
        if (live) fmt::print("\r  {}", style.glyphs(term::block_bar(recorder.level(), 30)));
        std::fflush(stdout);
    }
    if (live) fmt::print("\n");
    const audio::Take take = recorder.take();
    recorder.stop();
    if (take.error)
        throw store::FsError("cannot record into " + file.string() + ": " + *take.error);
    return loudest;
}

void check(Context& context, const CheckOptions& options) {
    AudioFlags flags;
    flags.device = options.device;
    const audio::AudioSettings settings = audio_settings(context, flags);
    const auto devices = audio::list_devices();
    print_devices(devices, true);
    print_devices(devices, false);
    const auto file = context.paths().cache / "audio-check.opus";
    std::filesystem::create_directories(file.parent_path());
    fmt::print("Recording {} s from '{}': say something.\n", options.seconds, settings.device);
    const float loudest = record_check(settings.device, file, options.seconds, context.out_style());
    const auto samples = audio::decode_opus(file);
    fmt::print("Recorded {:.1f} s, loudest {:.0f} % of full scale{}\n",
               static_cast<double>(samples.size()) / audio::opus_rate, loudest * 100,
               loudest < 0.01f ? ": silent (is the microphone muted or another device?)" : "");
    fmt::print("Playing it back on '{}'.\n", settings.device);
    std::filesystem::remove(file);
    audio::Pcm playback(settings.device, audio::Direction::playback, audio::opus_rate);
    if (!playback.write(samples.data(), samples.size()))
        throw audio::DeviceError("playback device '" + settings.device + "' failed while playing");
    playback.drain();
    fmt::print("ok: recording and playback work\n");
}

}  // namespace

void setup_audio(CLI::App& app, Context& context) {
    CLI::App* audio = app.add_subcommand("audio", "Check the microphone and speakers");
    audio->require_subcommand(1);
    auto options = std::make_shared<CheckOptions>();
    CLI::App* sub = audio->add_subcommand(
        "check", "List the devices, record a few seconds with a level meter, play them back");
    add_device_option(*sub, options->device);
    sub->add_option("--seconds", options->seconds, "How long to record (default: 3)")
        ->check(CLI::Range(1, 60));
    sub->footer("Example: mockround audio check --audio-device plughw:1");
    sub->callback([&context, options] { check(context, *options); });
}

}  // namespace mockround::cli
