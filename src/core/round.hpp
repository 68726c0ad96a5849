#pragma once
// One interview round as a state machine: asking -> (paused) -> scoring -> next ... -> done.
// Two clocks run while the round is not paused: the round's, and the current question's while
// the candidate answers. Every method reads the injected clock; nothing here sleeps or prints.
#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.hpp"
#include "core/profile.hpp"

namespace mockround {

enum class QuestionState { pending, asking, scored, skipped };
enum class RoundStatus { in_progress, completed, abandoned };
// self_scoring: with an interviewer and self-scores, the candidate adds their own score.
enum class Phase { asking, scoring, self_scoring, done };
enum class Mode { solo, interviewer };
enum class Scorer { self, interviewer };
// run --focus: what a focused round draws from. `fresh` is spelled "new"; `plan` is today's
// part of the interview plan (mockround plan).
enum class Focus { none, due, weak, fresh, plan };

std::string_view to_string(QuestionState state);
std::string_view to_string(RoundStatus status);
std::string_view to_string(Mode mode);
std::string_view to_string(Scorer scorer);
std::string_view to_string(Focus focus);
std::optional<QuestionState> parse_question_state(std::string_view text);
std::optional<RoundStatus> parse_round_status(std::string_view text);
std::optional<Mode> parse_mode(std::string_view text);
std::optional<Scorer> parse_scorer(std::string_view text);
std::optional<Focus> parse_focus(std::string_view text);

inline constexpr int max_score = 4;

// A recording of the answer: files beside the transcript (rounds/ROUND-ID/), oldest part first
// (a resumed answer is recorded into a new part), their length in all, and the sound the
// capture device lost (overruns) while they were recorded.
struct AnswerAudio {
    std::vector<std::string> files;
    Micros length{0};
    int overruns = 0;
};

// What the transcript keeps of each question.
struct QuestionRecord {
    std::string id, section, topic, text;
    std::chrono::seconds budget{0};
    QuestionState state = QuestionState::pending;
    bool answered = false;  // the answer ended (Enter or time-up with advance): scoring
    bool time_up = false;
    std::optional<WallTime> asked_at;
    Micros answer{0};  // answering time, pauses excluded
    Micros paused{0};
    std::optional<int> score;
    Scorer scored_by = Scorer::self;
    std::optional<int> self_score;       // the candidate's own, beside an interviewer's score
    std::string answer_text;             // typed by the candidate, or the interviewer's notes of it
    std::vector<std::string> suggested;  // key points the matcher found in answer_text
    std::vector<std::string> covered;    // key points ticked (confirmed): "a", "c"
    AnswerAudio audio;
    std::vector<int> follow_ups_asked;  // 1-based numbers of the guide's follow-ups
    bool hint_used = false;
    std::string note;
    // What undo took back, oldest first: "score 3", "self-score 2", "skip", "self-score skip".
    std::vector<std::string> undone;

    Micros overtime() const;
};

struct RoundInfo {
    std::string id, profile;
    Mode mode = Mode::solo;
    std::uint64_t seed = 0;
    RoundStatus status = RoundStatus::in_progress;
    Overtime overtime = Overtime::keep_answering;
    WallTime started_at;
    std::optional<WallTime> ended_at;
    std::chrono::seconds round_length{0};
    Micros elapsed{0};  // round clock used, pauses excluded
    bool paused = false;
    bool self_score_too = false;  // interviewer mode: the candidate scores themself as well
    Focus focus = Focus::none;
};

// A whole round's record: what a transcript holds and what review works on.
struct RoundData {
    RoundInfo info;
    std::vector<QuestionRecord> questions;
};

// What tick() noticed, so the screen can ring the bell once.
struct TickEvents {
    bool question_time_up = false;
    bool round_time_up = false;
};

class Round {
  public:
    // A fresh round (every question pending) or one read back from a transcript.
    Round(RoundInfo info, std::vector<QuestionRecord> questions, const Clock& clock);

    // Starts or resumes: the first question not yet scored or skipped is asked. A resumed
    // round starts paused when it was paused.
    void start();
    void end_answer();           // asking -> scoring
    void score(int score);       // scoring -> self_scoring, or the next question, or done
    void self_score(int score);  // self_scoring -> next question or done
    // While answering or scoring: tick a key point ("a".."f"), a follow-up (1-3), a hint.
    void toggle_covered(const std::string& letter);
    void toggle_follow_up(int number);
    void toggle_hint();
    void skip();  // asking or scoring -> next question or done
    // Takes back the last score, self-score or skip: that question is scored again. False when
    // there is nothing to take back.
    bool undo();
    void set_note(std::string note);
    // While answering or scoring: the typed answer so far, replacing the one before.
    void set_answer(std::string text);
    // The key points a matcher found in the answer; they stay suggestions until ticked.
    void set_suggested(std::vector<std::string> letters);
    void confirm_suggested();  // ticks every suggested key point
    // What has been recorded of question `index`'s answer so far.
    void set_audio(std::size_t index, AnswerAudio audio);
    void toggle_pause();
    void pause();
    // Abandon: the round stops here for good; unanswered questions stay pending.
    void abandon();
    TickEvents tick();  // notices deadlines passed since the last call

    Phase phase() const { return phase_; }
    const Clock& clock() const { return clock_; }
    bool paused() const { return info_.paused; }
    const RoundInfo& info() const { return info_; }
    const std::vector<QuestionRecord>& questions() const { return questions_; }
    std::size_t current_index() const { return current_; }
    const QuestionRecord& current() const { return questions_.at(current_); }
    bool round_time_over() const { return round_remaining() <= Micros::zero(); }

    // Live values, counting the running segment.
    Micros round_elapsed() const;
    Micros round_remaining() const;
    Micros answer_time() const;         // the current question's
    Micros question_remaining() const;  // its budget minus answer time; negative in overtime
    // The next moment tick() has something to notice, if any clock is running.
    std::optional<SteadyTime> next_deadline() const;
    // A snapshot with the running segment folded in, for the transcript.
    RoundInfo info_now() const;
    std::vector<QuestionRecord> questions_now() const;

  private:
    RoundInfo info_;
    std::vector<QuestionRecord> questions_;
    const Clock& clock_;
    Phase phase_ = Phase::asking;
    std::size_t current_ = 0;
    SteadyTime segment_start_;
    bool round_time_up_noticed_ = false;

    void settle();  // folds the running segment into the totals
    void ask_next();
    void finish();
    void require(Phase phase, const char* action) const;
};

}  // namespace mockround
