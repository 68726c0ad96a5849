// Key-point scoring, interviewer rounds and the candidate's live view, with a fake clock.
#include <catch2/catch.hpp>

#include "core/live_view.hpp"
#include "core/scoring.hpp"
#include "fake_clock.hpp"

using namespace mockround;
using namespace std::chrono_literals;

TEST_CASE("the suggested score follows the key points covered") {
    CHECK(suggested_score(0, 5, false) == 0);  // a blank answer: "no answer"
    CHECK(suggested_score(0, 5, true) == 0);
    CHECK(suggested_score(1, 5, false) == 1);  // 20 %
    CHECK(suggested_score(2, 5, false) == 2);  // 40 %
    CHECK(suggested_score(3, 5, false) == 3);  // 60 %
    CHECK(suggested_score(4, 5, false) == 3);  // 80 %
    CHECK(suggested_score(5, 5, false) == 4);
    CHECK(suggested_score(5, 5, true) == 3);
    CHECK(suggested_score(1, 5, true) == 1);  // a hint never takes it below 1
    CHECK(suggested_score(0, 0, false) == 0);
}

namespace {

std::vector<QuestionRecord> two_questions() {
    std::vector<QuestionRecord> questions(2);
    questions[0].id = "q0";
    questions[1].id = "q1";
    questions[0].text = "First?";
    questions[1].text = "Second?";
    for (auto& q : questions) q.budget = 60s;
    return questions;
}

RoundInfo interviewer_round() {
    RoundInfo info;
    info.id = "pair";
    info.mode = Mode::interviewer;
    info.self_score_too = true;
    info.round_length = 600s;
    return info;
}

}  // namespace

TEST_CASE("an interviewer ticks, scores, then the candidate adds a self-score") {
    FakeClock clock;
    Round round(interviewer_round(), two_questions(), clock);
    round.start();
    round.toggle_covered("c");
    round.toggle_covered("a");
    round.toggle_covered("b");
    round.toggle_covered("b");  // untick
    round.toggle_follow_up(2);
    round.toggle_hint();
    CHECK(round.current().covered == std::vector<std::string>{"a", "c"});
    CHECK(round.current().follow_ups_asked == std::vector<int>{2});
    round.end_answer();
    round.score(3);
    CHECK(round.phase() == Phase::self_scoring);
    CHECK(round.current().scored_by == Scorer::interviewer);
    CHECK_THROWS_AS(round.score(2), std::logic_error);
    round.self_score(1);
    CHECK(round.questions()[0].self_score == 1);
    CHECK(round.current_index() == 1);
    round.end_answer();
    round.score(4);
    round.skip();  // no self-score: the interviewer's score stands
    CHECK(round.questions()[1].state == QuestionState::scored);
    CHECK_FALSE(round.questions()[1].self_score);
    CHECK(round.phase() == Phase::done);
}

TEST_CASE("a round killed before the self-score resumes there") {
    FakeClock clock;
    auto questions = two_questions();
    questions[0].state = QuestionState::scored;
    questions[0].score = 2;
    Round round(interviewer_round(), questions, clock);
    round.start();
    CHECK(round.current_index() == 0);
    CHECK(round.phase() == Phase::self_scoring);
}

TEST_CASE("the candidate's view runs the saved clocks forward and shows no guide") {
    RoundInfo info = interviewer_round();
    info.elapsed = 100s;
    auto questions = two_questions();
    questions[0].state = QuestionState::scored;
    questions[1].state = QuestionState::asking;
    questions[1].answer = 50s;
    LiveView view = live_view(info, questions, 4s);
    CHECK(view.index == 1);
    CHECK(view.question == "Second?");
    CHECK(view.answering);
    CHECK(view.question_left == 6s);
    CHECK(view.round_left == 496s);
    CHECK_FALSE(view.time_up);
    CHECK(live_view(info, questions, 15s).time_up);
    CHECK(live_view(info, questions, 15s).question_left == -5s);

    info.paused = true;
    CHECK(live_view(info, questions, 30s).question_left == 10s);  // paused: nothing runs
    info.paused = false;
    questions[1].answered = true;
    CHECK(live_view(info, questions, 30s).question_left == 10s);  // scoring: question clock stopped
    CHECK(live_view(info, questions, 30s).round_left == 470s);
    info.status = RoundStatus::completed;
    CHECK(live_view(info, questions, 0s).ended);
}
