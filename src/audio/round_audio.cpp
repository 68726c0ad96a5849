#include "audio/round_audio.hpp"

#include <fmt/core.h>

#include <pthread.h>

#include <csignal>
#include <system_error>

#include "core/spoken_text.hpp"
#include "store/errors.hpp"
#include "term/text.hpp"

namespace mockround::audio {

namespace fs = std::filesystem;

namespace {

constexpr int round_meter_width = 10;
constexpr auto meter_refresh = std::chrono::milliseconds(100);

bool answering(const Round& round) {
    return round.phase() == Phase::asking;
}

std::string part_name(std::size_t index, std::size_t parts_before) {
    if (parts_before == 0) return fmt::format("{:02}.opus", index + 1);
    return fmt::format("{:02}-{}.opus", index + 1, parts_before + 1);
}

}  // namespace

std::string minutes_seconds(Micros length) {
    const auto seconds = std::chrono::duration_cast<std::chrono::seconds>(length).count();
    return fmt::format("{}:{:02}", seconds / 60, seconds % 60);
}

RoundAudio::RoundAudio(const AudioSettings& settings, fs::path round_dir, bool interviewer)
    : dir_(std::move(round_dir)), interviewer_(interviewer) {
    // The round's signals arrive only inside its wait (term/signals.hpp): every thread started
    // here, ours and those an ALSA plugin starts, inherits them blocked.
    sigset_t all, before;
    sigfillset(&all);
    pthread_sigmask(SIG_BLOCK, &all, &before);
    try {
        if (settings.record) recorder_ = std::make_unique<Recorder>(settings.device);
        if (settings.speak && !interviewer)
            speaker_ = std::make_unique<Speaker>(settings.device, settings.voice);
    } catch (...) {
        pthread_sigmask(SIG_SETMASK, &before, nullptr);
        throw;
    }
    pthread_sigmask(SIG_SETMASK, &before, nullptr);
}

RoundAudio::~RoundAudio() = default;

void RoundAudio::follow(Round& round) {
    if (speaker_) speak(round);
    if (recorder_) record(round);
}

bool RoundAudio::repeat(const Round& round) {
    if (!speaker_) return false;
    spoken_.reset();
    speak(round);
    return true;
}

void RoundAudio::speak(const Round& round) {
    if (!answering(round) || round.paused()) {
        // The answer is over or paused: so is the reading (r reads it again).
        if (spoken_) speaker_->silence();
        if (!answering(round)) spoken_.reset();
        return;
    }
    if (spoken_ == round.current_index()) return;
    spoken_ = round.current_index();
    speaker_->say(spoken_text(round.current().text));
}

void RoundAudio::record(Round& round) {
    const bool wanted = answering(round) || (interviewer_ && round.phase() != Phase::done);
    const std::optional<std::size_t> want =
        wanted ? std::optional(round.current_index()) : std::nullopt;
    if (recording_ && recording_ != want) {
        keep_take(round);
        recorder_->stop();
        recording_.reset();
    }
    if (want && !recording_ && !problem_) begin_part(round, *want);
    if (!recording_) return;
    paused_ = round.paused();
    recorder_->set_paused(paused_);
    keep_take(round);
}

void RoundAudio::begin_part(Round& round, std::size_t index) {
    before_ = round.questions().at(index).audio;
    // Resumed: the parts hold what was recorded up to the end, which the transcript, saved
    // every few seconds, may not have seen (kill -9).
    if (!before_.files.empty()) {
        before_.length = Micros(0);
        for (const auto& file : before_.files) before_.length += opus_length(dir_ / file);
    }
    // A part the transcript does not name yet (a save that failed before a kill) is kept too.
    std::size_t parts = before_.files.size();
    std::error_code exists;
    while (fs::exists(dir_ / part_name(index, parts), exists)) ++parts;
    part_ = part_name(index, parts);
    try {
        std::error_code error;
        fs::create_directories(dir_, error);
        fs::permissions(dir_, fs::perms::owner_all, error);
        recorder_->start(dir_ / part_);
    } catch (const store::FsError& e) {
        problem_ = e.reason().empty() ? std::string(e.what()) : e.reason();
        return;
    }
    recording_ = index;
    AnswerAudio audio = before_;
    audio.files.push_back(part_);
    round.set_audio(index, std::move(audio));
}

void RoundAudio::keep_take(Round& round) {
    const Take take = recorder_->take();
    AnswerAudio audio = before_;
    audio.files.push_back(part_);
    audio.length += take.length;
    audio.overruns += take.overruns;
    round.set_audio(*recording_, std::move(audio));
    if (take.error) problem_ = take.error;
}

std::string RoundAudio::status() const {
    if (!recorder_) return "";
    if (problem_) return "recording stopped: " + *problem_ + " (the round goes on)";
    if (!recording_) return "";
    if (paused_) return "● rec paused";
    const Take take = recorder_->take();
    return "● rec " + minutes_seconds(take.length) + " " +
           term::block_bar(recorder_->level(), round_meter_width);
}

std::optional<Micros> RoundAudio::until_status_changes() const {
    if (!recording_ || paused_ || problem_) return std::nullopt;
    return std::chrono::duration_cast<Micros>(meter_refresh);
}

}  // namespace mockround::audio
