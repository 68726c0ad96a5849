#pragma once
// A round being played: every change is saved at once; a failed save is shown and retried,
// and the round goes on meanwhile.
#include <exception>
#include <functional>
#include <optional>
#include <string>

#include "core/round.hpp"

namespace mockround::term {

// Saves the round; returns the reason when it could not.
using SaveFn = std::function<std::optional<std::string>(const Round&)>;

enum class Outcome { finished, quit, abandoned, interrupted, hangup };

// What goes along with the round as it is played, beside the screen: its sound (questions read
// aloud, answers recorded). It follows every change before the change is saved, so the
// transcript names what it made.
class RoundCompanion {
  public:
    virtual ~RoundCompanion() = default;
    virtual void follow(Round& round) = 0;
    // Reads the question aloud again; false when nothing reads aloud.
    virtual bool repeat(const Round& round) = 0;
    // A line for the screen (the recording's level meter), "" for none; and how soon it
    // changes, none when it does not by itself.
    virtual std::string status() const = 0;
    virtual std::optional<Micros> until_status_changes() const = 0;
};

class Session {
  public:
    // A companion starts with the round's present state, saved at once: a recording the
    // question on screen began is named in the transcript from its first second.
    Session(Round& round, SaveFn save, RoundCompanion* companion = nullptr)
        : round_(round), save_(std::move(save)), companion_(companion) {
        if (companion_) Session::save();
    }

    Round& round() { return round_; }
    const Round& round() const { return round_; }
    void save() {
        follow();
        error_ = save_(round_);
        saved_elapsed_ = round_.round_elapsed();
        unsaved_since_.reset();
    }
    // Typing: saved within typing_save_delay of the first unsaved keystroke, so a save per
    // keystroke never slows typing and kill -9 loses at most that much of it.
    void save_soon() {
        if (!unsaved_since_) unsaved_since_ = round_.clock().now();
    }
    // How long until save_soon's save is due, if one is waiting.
    std::optional<Micros> until_save() const {
        if (!unsaved_since_) return std::nullopt;
        const auto due = *unsaved_since_ + typing_save_delay - round_.clock().now();
        return std::max(Micros::zero(), std::chrono::duration_cast<Micros>(due));
    }
    static constexpr std::chrono::milliseconds typing_save_delay{1000};
    // Notices deadlines; saves when one passed, to retry a failed save, and every few seconds
    // of running clock, so even kill -9 loses at most that much answering time.
    TickEvents tick() {
        const TickEvents events = round_.tick();
        follow();
        const auto save_wait = until_save();
        if (events.question_time_up || events.round_time_up || error_ ||
            round_.round_elapsed() - saved_elapsed_ >= checkpoint_every ||
            (save_wait && *save_wait == Micros::zero()))
            save();
        return events;
    }
    static constexpr std::chrono::seconds checkpoint_every{10};
    const std::optional<std::string>& save_error() const { return error_; }
    bool repeat_question() { return companion_ && companion_->repeat(round_); }
    std::string companion_status() const { return companion_ ? companion_->status() : ""; }
    std::optional<Micros> until_companion_changes() const {
        return companion_ ? companion_->until_status_changes() : std::nullopt;
    }

  private:
    Round& round_;
    SaveFn save_;
    RoundCompanion* companion_;
    std::optional<std::string> error_;

    // Sound never costs an answer: whatever goes wrong there, the round is saved.
    void follow() {
        if (!companion_) return;
        try {
            companion_->follow(round_);
        } catch (const std::exception&) {
        }
    }
    Micros saved_elapsed_{0};
    std::optional<SteadyTime> unsaved_since_;
};

}  // namespace mockround::term
