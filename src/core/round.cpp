#include "core/round.hpp"

#include "core/enum_names.hpp"

#include <algorithm>
#include <stdexcept>

namespace mockround {

namespace {
constexpr std::string_view state_names[] = {"pending", "asking", "scored", "skipped"};
constexpr std::string_view status_names[] = {"in-progress", "completed", "abandoned"};
constexpr std::string_view mode_names[] = {"solo", "interviewer"};
constexpr std::string_view scorer_names[] = {"self", "interviewer"};
constexpr std::string_view focus_names[] = {"none", "due", "weak", "new", "plan"};

bool finished(const QuestionRecord& q) {
    return q.state == QuestionState::scored || q.state == QuestionState::skipped;
}
}  // namespace

std::string_view to_string(QuestionState state) {
    return enum_name(state, state_names);
}
std::string_view to_string(RoundStatus status) {
    return enum_name(status, status_names);
}
std::string_view to_string(Mode mode) {
    return enum_name(mode, mode_names);
}
std::string_view to_string(Scorer scorer) {
    return enum_name(scorer, scorer_names);
}
std::string_view to_string(Focus focus) {
    return enum_name(focus, focus_names);
}
std::optional<QuestionState> parse_question_state(std::string_view text) {
    return enum_from_name<QuestionState>(text, state_names);
}
std::optional<RoundStatus> parse_round_status(std::string_view text) {
    return enum_from_name<RoundStatus>(text, status_names);
}
std::optional<Mode> parse_mode(std::string_view text) {
    return enum_from_name<Mode>(text, mode_names);
}
std::optional<Scorer> parse_scorer(std::string_view text) {
    return enum_from_name<Scorer>(text, scorer_names);
}
std::optional<Focus> parse_focus(std::string_view text) {
    return enum_from_name<Focus>(text, focus_names);
}

Micros QuestionRecord::overtime() const {
    return std::max(Micros::zero(), answer - std::chrono::duration_cast<Micros>(budget));
}

Round::Round(RoundInfo info, std::vector<QuestionRecord> questions, const Clock& clock)
    : info_(std::move(info)), questions_(std::move(questions)), clock_(clock) {}

void Round::start() {
    segment_start_ = clock_.now();
    round_time_up_noticed_ = round_time_over();
    auto next = std::find_if(questions_.begin(), questions_.end(), [&](const QuestionRecord& q) {
        return !finished(q) ||
               (info_.self_score_too && q.state == QuestionState::scored && !q.self_score);
    });
    if (info_.status != RoundStatus::in_progress || next == questions_.end() || round_time_over()) {
        current_ = questions_.empty() ? 0 : questions_.size() - 1;
        return finish();
    }
    current_ = static_cast<std::size_t>(next - questions_.begin());
    QuestionRecord& q = questions_[current_];
    if (q.state == QuestionState::scored) {
        phase_ = Phase::self_scoring;
        return;
    }
    q.state = QuestionState::asking;
    if (!q.asked_at) q.asked_at = clock_.wall_now();
    phase_ = q.answered ? Phase::scoring : Phase::asking;
}

void Round::settle() {
    const SteadyTime now = clock_.now();
    const auto spent = std::chrono::duration_cast<Micros>(now - segment_start_);
    segment_start_ = now;
    if (phase_ == Phase::done) return;
    if (info_.paused) {
        questions_[current_].paused += spent;
        return;
    }
    info_.elapsed += spent;
    if (phase_ == Phase::asking) questions_[current_].answer += spent;
}

void Round::require(Phase phase, const char* action) const {
    if (phase_ != phase || info_.paused)
        throw std::logic_error(std::string("cannot ") + action + " now");
}

void Round::end_answer() {
    require(Phase::asking, "end the answer");
    settle();
    questions_[current_].answered = true;
    phase_ = Phase::scoring;
}

void Round::score(int score) {
    require(Phase::scoring, "score");
    if (score < 0 || score > max_score) throw std::invalid_argument("a score is 0 to 4");
    settle();
    QuestionRecord& q = questions_[current_];
    q.score = score;
    q.scored_by = info_.mode == Mode::interviewer ? Scorer::interviewer : Scorer::self;
    q.state = QuestionState::scored;
    if (info_.self_score_too) {
        phase_ = Phase::self_scoring;
        return;
    }
    ask_next();
}

void Round::self_score(int score) {
    require(Phase::self_scoring, "add a self-score");
    if (score < 0 || score > max_score) throw std::invalid_argument("a score is 0 to 4");
    settle();
    questions_[current_].self_score = score;
    ask_next();
}

namespace {
template <typename T>
void toggle(std::vector<T>& items, const T& item) {
    auto at = std::find(items.begin(), items.end(), item);
    if (at == items.end()) {
        items.insert(std::upper_bound(items.begin(), items.end(), item), item);
    } else {
        items.erase(at);
    }
}
}  // namespace

void Round::toggle_covered(const std::string& letter) {
    if ((phase_ != Phase::asking && phase_ != Phase::scoring) || info_.paused)
        throw std::logic_error("cannot tick a key point now");
    toggle(questions_[current_].covered, letter);
}

void Round::toggle_follow_up(int number) {
    if ((phase_ != Phase::asking && phase_ != Phase::scoring) || info_.paused)
        throw std::logic_error("cannot mark a follow-up now");
    toggle(questions_[current_].follow_ups_asked, number);
}

void Round::toggle_hint() {
    if ((phase_ != Phase::asking && phase_ != Phase::scoring) || info_.paused)
        throw std::logic_error("cannot mark a hint now");
    questions_[current_].hint_used = !questions_[current_].hint_used;
}

void Round::skip() {
    if (phase_ == Phase::done || info_.paused) throw std::logic_error("cannot skip now");
    settle();
    // Skipping the self-score leaves the interviewer's score standing.
    if (phase_ != Phase::self_scoring) questions_[current_].state = QuestionState::skipped;
    ask_next();
}

namespace {
// What undo would take back on a question already left, as the transcript records it.
std::string last_action(const QuestionRecord& q, bool self_score_too) {
    if (q.state == QuestionState::skipped) return "skip";
    if (!self_score_too) return "score " + std::to_string(*q.score);
    return q.self_score ? "self-score " + std::to_string(*q.self_score) : "self-score skip";
}
}  // namespace

bool Round::undo() {
    if (phase_ == Phase::done || info_.paused) throw std::logic_error("cannot undo now");
    settle();
    std::size_t target = current_;
    std::string action;
    if (phase_ == Phase::self_scoring) {
        action = "score " + std::to_string(questions_[current_].score.value_or(0));
    } else {
        auto before = std::find_if(
            questions_.rbegin() + static_cast<std::ptrdiff_t>(questions_.size() - current_),
            questions_.rend(), finished);
        if (before == questions_.rend()) return false;
        target = static_cast<std::size_t>(questions_.rend() - before) - 1;
        action = last_action(*before, info_.self_score_too);
        questions_[current_].state = QuestionState::pending;  // asked again after the undone one
    }
    current_ = target;
    QuestionRecord& q = questions_[target];
    q.undone.push_back(action);
    if (action.rfind("self-score", 0) == 0) {
        q.self_score.reset();
        phase_ = Phase::self_scoring;
        return true;
    }
    q.score.reset();
    q.state = QuestionState::asking;
    phase_ = q.answered ? Phase::scoring : Phase::asking;
    return true;
}

void Round::set_note(std::string note) {
    if (phase_ == Phase::done) throw std::logic_error("cannot write a note now");
    questions_[current_].note = std::move(note);
}

void Round::set_answer(std::string text) {
    if ((phase_ != Phase::asking && phase_ != Phase::scoring) || info_.paused)
        throw std::logic_error("cannot write the answer now");
    questions_[current_].answer_text = std::move(text);
}

void Round::set_audio(std::size_t index, AnswerAudio audio) {
    questions_.at(index).audio = std::move(audio);
}

void Round::set_suggested(std::vector<std::string> letters) {
    questions_[current_].suggested = std::move(letters);
}

void Round::confirm_suggested() {
    if (phase_ != Phase::scoring || info_.paused)
        throw std::logic_error("cannot tick key points now");
    QuestionRecord& q = questions_[current_];
    for (const auto& letter : q.suggested)
        if (std::find(q.covered.begin(), q.covered.end(), letter) == q.covered.end())
            q.covered.push_back(letter);
    std::sort(q.covered.begin(), q.covered.end());
}

void Round::toggle_pause() {
    if (phase_ == Phase::done) return;
    settle();
    info_.paused = !info_.paused;
}

void Round::pause() {
    if (!info_.paused) toggle_pause();
}

void Round::abandon() {
    if (phase_ == Phase::done) return;
    settle();
    info_.status = RoundStatus::abandoned;
    info_.ended_at = clock_.wall_now();
    phase_ = Phase::done;
}

void Round::ask_next() {
    for (std::size_t i = current_ + 1; i < questions_.size() && !round_time_over(); ++i) {
        if (finished(questions_[i])) continue;
        current_ = i;
        questions_[i].state = QuestionState::asking;
        if (!questions_[i].asked_at) questions_[i].asked_at = clock_.wall_now();
        phase_ = questions_[i].answered ? Phase::scoring : Phase::asking;
        return;
    }
    finish();
}

void Round::finish() {
    phase_ = Phase::done;
    info_.paused = false;
    if (info_.status == RoundStatus::in_progress) info_.status = RoundStatus::completed;
    if (!info_.ended_at) info_.ended_at = clock_.wall_now();
}

TickEvents Round::tick() {
    settle();
    TickEvents events;
    if (phase_ == Phase::done || info_.paused) return events;
    QuestionRecord& q = questions_[current_];
    if (phase_ == Phase::asking && !q.time_up && q.answer >= q.budget) {
        q.time_up = events.question_time_up = true;
        if (info_.overtime == Overtime::advance) {
            // The candidate was cut off at the deadline; a late wake-up is not answering time.
            q.answer = std::min(q.answer, std::chrono::duration_cast<Micros>(q.budget));
            q.answered = true;
            phase_ = Phase::scoring;
        }
    }
    if (!round_time_up_noticed_ && round_time_over())
        round_time_up_noticed_ = events.round_time_up = true;
    return events;
}

Micros Round::round_elapsed() const {
    if (phase_ == Phase::done || info_.paused) return info_.elapsed;
    return info_.elapsed + std::chrono::duration_cast<Micros>(clock_.now() - segment_start_);
}

Micros Round::round_remaining() const {
    return std::chrono::duration_cast<Micros>(info_.round_length) - round_elapsed();
}

Micros Round::answer_time() const {
    if (questions_.empty()) return Micros::zero();
    const Micros answer = questions_[current_].answer;
    if (phase_ != Phase::asking || info_.paused) return answer;
    return answer + std::chrono::duration_cast<Micros>(clock_.now() - segment_start_);
}

Micros Round::question_remaining() const {
    return std::chrono::duration_cast<Micros>(current().budget) - answer_time();
}

std::optional<SteadyTime> Round::next_deadline() const {
    if (phase_ == Phase::done || info_.paused) return std::nullopt;
    const SteadyTime now = clock_.now();
    std::optional<SteadyTime> deadline;
    if (phase_ == Phase::asking && !current().time_up) deadline = now + question_remaining();
    if (!round_time_up_noticed_) {
        const SteadyTime round_end = now + round_remaining();
        deadline = deadline ? std::min(*deadline, round_end) : round_end;
    }
    return deadline;
}

RoundInfo Round::info_now() const {
    Round copy = *this;
    copy.settle();
    return copy.info_;
}

std::vector<QuestionRecord> Round::questions_now() const {
    Round copy = *this;
    copy.settle();
    return copy.questions_;
}

}  // namespace mockround
