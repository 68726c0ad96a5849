// Every transition of the round, timed with a fake clock in microseconds; nothing sleeps.
#include <catch2/catch.hpp>

#include "core/round.hpp"
#include "fake_clock.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

std::vector<QuestionRecord> three_questions(std::chrono::seconds budget = 60s) {
    std::vector<QuestionRecord> questions(3);
    for (int i = 0; i < 3; ++i) {
        questions[i].id = std::string(1, 'q') + std::to_string(i);
        questions[i].budget = budget;
    }
    return questions;
}

RoundInfo info(Overtime overtime = Overtime::keep_answering, std::chrono::seconds length = 600s) {
    RoundInfo info;
    info.id = "test";
    info.overtime = overtime;
    info.round_length = length;
    return info;
}

}  // namespace

TEST_CASE("a round asks, scores and moves on until done") {
    FakeClock clock;
    Round round(info(), three_questions(), clock);
    round.start();
    REQUIRE(round.phase() == Phase::asking);
    CHECK(round.current().state == QuestionState::asking);
    CHECK(round.current().asked_at == clock.wall_now());

    clock.advance(42'500'000us);
    round.end_answer();
    CHECK(round.phase() == Phase::scoring);
    clock.advance(5s);  // reading the guide counts for the round, not the question
    round.score(3);
    CHECK(round.questions()[0].state == QuestionState::scored);
    CHECK(round.questions()[0].score == 3);
    CHECK(round.questions()[0].answer == 42'500'000us);
    CHECK(round.current_index() == 1);
    CHECK(round.round_elapsed() == 47'500'000us);

    round.skip();
    CHECK(round.questions()[1].state == QuestionState::skipped);
    round.end_answer();
    round.score(0);
    CHECK(round.phase() == Phase::done);
    CHECK(round.info().status == RoundStatus::completed);
    CHECK(round.info().ended_at == clock.wall_now());
}

TEST_CASE("pause stops both clocks and is recorded on the question") {
    FakeClock clock;
    Round round(info(), three_questions(), clock);
    round.start();
    clock.advance(10s);
    round.toggle_pause();
    CHECK(round.paused());
    clock.advance(300s);
    CHECK(round.answer_time() == 10s);
    CHECK(round.round_elapsed() == 10s);
    CHECK_FALSE(round.next_deadline().has_value());
    CHECK_THROWS_AS(round.end_answer(), std::logic_error);
    round.toggle_pause();
    clock.advance(1s);
    round.end_answer();
    CHECK(round.questions()[0].answer == 11s);
    CHECK(round.questions()[0].paused == 300s);
}

TEST_CASE("time-up with continue keeps answering and counts overtime") {
    FakeClock clock;
    Round round(info(Overtime::keep_answering), three_questions(60s), clock);
    round.start();
    CHECK(round.next_deadline() == clock.now() + 60s);
    clock.advance(59'999'999us);
    CHECK_FALSE(round.tick().question_time_up);
    clock.advance(1us);
    CHECK(round.tick().question_time_up);
    CHECK(round.current().time_up);
    CHECK(round.phase() == Phase::asking);
    CHECK_FALSE(round.tick().question_time_up);  // rings once
    clock.advance(15s);
    CHECK(round.question_remaining() == -15s);
    round.end_answer();
    CHECK(round.questions()[0].overtime() == 15s);
}

TEST_CASE("time-up with advance moves to scoring") {
    FakeClock clock;
    Round round(info(Overtime::advance), three_questions(60s), clock);
    round.start();
    clock.advance(60'003'000us);  // the wake-up comes 3 ms late
    CHECK(round.tick().question_time_up);
    CHECK(round.phase() == Phase::scoring);
    CHECK(round.current().answered);
    clock.advance(20s);
    round.score(2);
    CHECK(round.questions()[0].answer == 60s);
    CHECK(round.questions()[0].overtime() == 0s);
}

TEST_CASE("the round's time-up finishes the current question, then ends the round") {
    FakeClock clock;
    Round round(info(Overtime::keep_answering, 100s), three_questions(60s), clock);
    round.start();
    clock.advance(50s);
    round.end_answer();
    round.score(4);
    CHECK(round.next_deadline() == clock.now() + 50s);  // the round ends before the budget
    clock.advance(50s);
    auto events = round.tick();
    CHECK(events.round_time_up);
    CHECK(round.phase() == Phase::asking);  // the question in hand is finished
    clock.advance(5s);
    round.end_answer();
    round.score(3);
    CHECK(round.phase() == Phase::done);
    CHECK(round.questions()[2].state == QuestionState::pending);
    CHECK(round.info().status == RoundStatus::completed);
}

TEST_CASE("a resumed round continues where it stopped, keeping time already spent") {
    FakeClock clock;
    auto questions = three_questions(60s);
    questions[0].state = QuestionState::scored;
    questions[0].score = 2;
    questions[1].state = QuestionState::asking;
    questions[1].answer = 20s;
    questions[1].asked_at = clock.wall_now() - 1h;
    RoundInfo resumed = info();
    resumed.elapsed = 90s;
    Round round(resumed, questions, clock);
    round.start();
    CHECK(round.current_index() == 1);
    CHECK(round.current().asked_at == clock.wall_now() - 1h);
    CHECK(round.question_remaining() == 40s);
    CHECK(round.round_remaining() == 510s);
}

TEST_CASE("a question killed while scoring resumes in scoring") {
    FakeClock clock;
    auto questions = three_questions();
    questions[0].state = QuestionState::asking;
    questions[0].answered = true;
    Round round(info(), questions, clock);
    round.start();
    CHECK(round.phase() == Phase::scoring);
}

TEST_CASE("abandon ends the round for good; notes stay with their question") {
    FakeClock clock;
    Round round(info(), three_questions(), clock);
    round.start();
    round.set_note("talked about MVCC");
    clock.advance(3s);
    round.abandon();
    CHECK(round.phase() == Phase::done);
    CHECK(round.info().status == RoundStatus::abandoned);
    CHECK(round.questions()[0].note == "talked about MVCC");
    CHECK(round.questions()[0].answer == 3s);
}

TEST_CASE("snapshots include the running segment without changing the round") {
    FakeClock clock;
    Round round(info(), three_questions(), clock);
    round.start();
    clock.advance(7s);
    CHECK(round.questions_now()[0].answer == 7s);
    CHECK(round.info_now().elapsed == 7s);
    CHECK(round.questions()[0].answer == 0s);
}

TEST_CASE("invalid actions are refused") {
    FakeClock clock;
    Round round(info(), three_questions(), clock);
    round.start();
    CHECK_THROWS_AS(round.score(3), std::logic_error);
    round.end_answer();
    CHECK_THROWS_AS(round.end_answer(), std::logic_error);
    CHECK_THROWS_AS(round.score(5), std::invalid_argument);
}
