// The one path every front end's input takes: commands applied to a round, and undo.
#include <catch2/catch.hpp>

#include "core/round_commands.hpp"
#include "fake_clock.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

Question guided_question() {
    Question q;
    q.id = "q0";
    q.guide.key_points = {"one", "two", "three", "four"};
    q.guide.follow_ups = {"first follow-up", "second follow-up"};
    return q;
}

std::vector<QuestionRecord> questions(int count) {
    std::vector<QuestionRecord> records(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        records[static_cast<std::size_t>(i)].id = "q" + std::to_string(i);
        records[static_cast<std::size_t>(i)].budget = 60s;
    }
    return records;
}

RoundInfo round_info(Mode mode = Mode::solo, bool self_score_too = false) {
    RoundInfo info;
    info.id = "test";
    info.mode = mode;
    info.self_score_too = self_score_too;
    info.round_length = 600s;
    return info;
}

CommandResult run(Round& round, const Question& question, RoundCommand command) {
    return apply_command(round, &question, command);
}

}  // namespace

TEST_CASE("a solo candidate ticks key points only after the answer ends") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(), questions(2), clock);
    round.start();
    CHECK_FALSE(run(round, question, {CommandType::tick, 0, "a"}).changed);
    CHECK_FALSE(run(round, question, {CommandType::score, 3}).changed);
    CHECK(run(round, question, {CommandType::end_answer}).changed);
    CHECK(run(round, question, {CommandType::tick, 0, "b"}).changed);
    const CommandResult beyond = run(round, question, {CommandType::tick, 0, "e"});
    CHECK_FALSE(beyond.changed);
    CHECK(beyond.refusal == "key points are a-d");
    CHECK(round.current().covered == std::vector<std::string>{"b"});
    CHECK_FALSE(run(round, question, {CommandType::follow_up, 1}).changed);  // not an interviewer
}

TEST_CASE("Enter accepts the suggestion, and a blank answer suggests 0") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(), questions(2), clock);
    round.start();
    run(round, question, {CommandType::end_answer});
    CHECK(suggestion_for(round, &question) == 0);
    CHECK(run(round, question, {CommandType::accept_suggestion}).changed);
    CHECK(round.questions()[0].score == 0);
    run(round, question, {CommandType::end_answer});
    for (const char* letter : {"a", "b", "c"}) run(round, question, {CommandType::tick, 0, letter});
    CHECK(suggestion_for(round, &question) == 3);
}

TEST_CASE("an interviewer marks key points and numbered follow-ups while listening") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(Mode::interviewer), questions(1), clock);
    round.start();
    CHECK(run(round, question, {CommandType::tick, 0, "a"}).changed);
    CHECK(run(round, question, {CommandType::follow_up, 2}).changed);
    const CommandResult missing = run(round, question, {CommandType::follow_up, 3});
    CHECK(missing.refusal == "follow-ups are 1-2");
    CHECK(round.current().follow_ups_asked == std::vector<int>{2});
}

TEST_CASE("a paused round takes only resume, notes and abandon") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(), questions(1), clock);
    round.start();
    CHECK(run(round, question, {CommandType::pause}).changed);
    CHECK_FALSE(run(round, question, {CommandType::skip}).changed);
    CHECK_FALSE(run(round, question, {CommandType::pause}).changed);
    CHECK(run(round, question, {CommandType::note, 0, "thought of it later"}).changed);
    CHECK(run(round, question, {CommandType::resume}).changed);
    CHECK(run(round, question, {CommandType::skip}).changed);
    CHECK(round.phase() == Phase::done);
    CHECK(run(round, question, {CommandType::skip}).refusal == "the round is over");
}

TEST_CASE("undo takes back the last score: that question is scored again") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(), questions(3), clock);
    round.start();
    CHECK(run(round, question, {CommandType::undo}).refusal == "nothing to undo");
    run(round, question, {CommandType::end_answer});
    run(round, question, {CommandType::tick, 0, "a"});
    run(round, question, {CommandType::score, 2});
    clock.advance(5s);
    REQUIRE(round.current_index() == 1);

    CHECK(run(round, question, {CommandType::undo}).changed);
    CHECK(round.current_index() == 0);
    CHECK(round.phase() == Phase::scoring);
    const QuestionRecord& first = round.questions()[0];
    CHECK_FALSE(first.score);
    CHECK(first.covered == std::vector<std::string>{"a"});  // the ticks stay
    CHECK(first.undone == std::vector<std::string>{"score 2"});
    CHECK(round.questions()[1].state == QuestionState::pending);
    CHECK(round.questions()[1].answer == 5s);  // its answering time so far is kept

    run(round, question, {CommandType::score, 3});
    CHECK(round.current_index() == 1);
    CHECK(round.phase() == Phase::asking);
    CHECK(round.questions()[0].score == 3);
}

TEST_CASE("undo takes back a skip: a skip while answering goes back to answering") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(), questions(3), clock);
    round.start();
    run(round, question, {CommandType::skip});
    CHECK(run(round, question, {CommandType::undo}).changed);
    CHECK(round.current_index() == 0);
    CHECK(round.phase() == Phase::asking);
    CHECK(round.current().state == QuestionState::asking);
    CHECK(round.current().undone == std::vector<std::string>{"skip"});
}

TEST_CASE("with self-scores, undo takes back one step at a time") {
    FakeClock clock;
    const Question question = guided_question();
    Round round(round_info(Mode::interviewer, true), questions(2), clock);
    round.start();
    run(round, question, {CommandType::end_answer});
    run(round, question, {CommandType::score, 3});
    REQUIRE(round.phase() == Phase::self_scoring);
    run(round, question, {CommandType::self_score, 1});
    REQUIRE(round.current_index() == 1);

    run(round, question, {CommandType::undo});
    CHECK(round.phase() == Phase::self_scoring);
    CHECK(round.current_index() == 0);
    CHECK_FALSE(round.current().self_score);
    CHECK(round.current().score == 3);
    run(round, question, {CommandType::undo});
    CHECK(round.phase() == Phase::scoring);
    CHECK_FALSE(round.current().score);
    CHECK(round.current().undone == std::vector<std::string>{"self-score 1", "score 3"});
}
