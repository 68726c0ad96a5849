#include <sys/stat.h>

#include <catch2/catch.hpp>

#include "fake_clock.hpp"
#include "store/bank_loader.hpp"
#include "store/errors.hpp"
#include "store/transcript.hpp"
#include "temp_dir.hpp"

using namespace mockround;
using namespace mockround::store;
using namespace std::chrono_literals;

namespace {

Transcript sample(const FakeClock& clock) {
    Transcript t;
    t.info.id = "2026-11-24-0900-fresher";
    t.info.profile = "fresher";
    t.info.seed = 42;
    t.info.started_at = std::chrono::floor<std::chrono::seconds>(clock.wall_now());
    t.info.round_length = 2700s;
    t.info.elapsed = 83'400'000us;
    QuestionRecord scored;
    scored.id = "git.stash";
    scored.section = "git";
    scored.topic = "conceptual";
    scored.text = "What is `git stash`?";
    scored.budget = 60s;
    scored.state = QuestionState::scored;
    scored.answered = scored.time_up = true;
    scored.asked_at = t.info.started_at;
    scored.answer = 75'500'000us;
    scored.paused = 2'000'000us;
    scored.score = 3;
    scored.covered = {"a", "c"};
    scored.hint_used = true;
    scored.note = "- tricky: colons, # hashes, \"quotes\", ünïcödé ✓ and a leading dash";
    QuestionRecord pending = scored;
    pending.id = "git.reflog";
    pending.state = QuestionState::pending;
    pending.score.reset();
    pending.note.clear();
    t.questions = {scored, pending};
    return t;
}

}  // namespace

TEST_CASE("a transcript round-trips through its YAML") {
    FakeClock clock;
    Transcript t = sample(clock);
    const std::string text = render_transcript(t.info, t.questions);
    CHECK(text.find("format: 1") == 0);
    CHECK(text.find("overtime_seconds: 15.500") != std::string::npos);
    CHECK(text.find("scored_by: self") != std::string::npos);
    Transcript back = parse_transcript("t.yaml", text);
    CHECK(back.info.id == t.info.id);
    CHECK(back.info.seed == 42);
    CHECK(back.info.started_at == t.info.started_at);
    CHECK(back.info.elapsed == 83'400'000us);
    REQUIRE(back.questions.size() == 2);
    const auto& q = back.questions[0];
    CHECK(q.state == QuestionState::scored);
    CHECK(q.score == 3);
    CHECK(q.note == t.questions[0].note);
    CHECK(q.covered == std::vector<std::string>{"a", "c"});
    CHECK(q.hint_used);
    CHECK(q.scored_by == Scorer::self);
    CHECK_FALSE(q.self_score);
    CHECK(q.answer == 75'500'000us);
    CHECK(q.time_up);
    CHECK(back.questions[1].state == QuestionState::pending);
}

TEST_CASE("what undo took back, and the times of a question asked again, are kept") {
    FakeClock clock;
    Transcript t = sample(clock);
    t.questions[0].undone = {"score 1", "skip"};
    t.questions[1].answer = 12'000'000us;  // asked, then the undo of question 1 took it back
    const std::string text = render_transcript(t.info, t.questions);
    CHECK(text.find("undone: [score 1, skip]") != std::string::npos);
    Transcript back = parse_transcript("t.yaml", text);
    CHECK(back.questions[0].undone == t.questions[0].undone);
    CHECK(back.questions[1].state == QuestionState::pending);
    CHECK(back.questions[1].answer == 12'000'000us);
    CHECK(back.questions[1].asked_at == t.questions[1].asked_at);
}

TEST_CASE("times carry the local UTC offset and read back in any zone") {
    FakeClock clock;
    Transcript t = sample(clock);
    setenv("TZ", "Asia/Kolkata", 1);
    const std::string text = render_transcript(t.info, t.questions);
    unsetenv("TZ");
    CHECK(text.find("started_at: \"2026-11-24T14:30:00+05:30\"") != std::string::npos);
    CHECK(parse_transcript("t.yaml", text).info.started_at == t.info.started_at);
}

TEST_CASE("broken transcripts are refused with line and column") {
    auto error_of = [](const std::string& text) {
        try {
            parse_transcript("t.yaml", text);
        } catch (const DataError& e) {
            return e.diagnostics().at(0).to_string();
        }
        return std::string("no error");
    };
    CHECK(error_of("format: 1\nid: [\n").find("t.yaml:3:1: invalid YAML") == 0);
    CHECK(error_of("format: 9\n").find("newer mockround (format 9)") != std::string::npos);
    FakeClock clock;
    Transcript t = sample(clock);
    std::string text = render_transcript(t.info, t.questions);
    text.replace(text.find("score: 3"), 8, "score: 9");
    CHECK(error_of(text).find("'score' must be a whole number from 0 to 4") != std::string::npos);
    // Past 2262 the clock's nanoseconds overflow (fuzz_transcript found it): refused.
    text = render_transcript(t.info, t.questions);
    const auto at = text.find("started_at: \"") + 13;
    text.replace(at, 4, "2364");
    CHECK(error_of(text).find("'started_at' must be a time like") != std::string::npos);
    // Bytes inside the seconds made date::parse convert a NaN (fuzz_transcript): refused.
    text = render_transcript(t.info, t.questions);
    text.replace(text.find("started_at: \"") + 30, 2,
                 "5\xff\xff\x1a"
                 "8");
    CHECK(error_of(text).find("'started_at' must be a time like") != std::string::npos);
    // mode, scored_by and focus are words from a fixed set, like status.
    for (const auto& [from, to] :
         {std::pair{"mode: solo", "mode: duo"}, std::pair{"scored_by: self", "scored_by: robot"},
          std::pair{"focus: weak", "focus: strong"}}) {
        t.info.focus = Focus::weak;
        text = render_transcript(t.info, t.questions);
        REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), std::string(from).size(), to);
        const std::string key = std::string(to).substr(0, std::string(to).find(':'));
        CHECK(error_of(text).find("'" + key + "' has an unknown value") != std::string::npos);
    }
}

TEST_CASE("mode, scorer and focus read back as written") {
    FakeClock clock;
    Transcript t = sample(clock);
    t.info.mode = Mode::interviewer;
    t.info.focus = Focus::fresh;
    t.questions[0].scored_by = Scorer::interviewer;
    const std::string text = render_transcript(t.info, t.questions);
    CHECK(text.find("focus: new") != std::string::npos);
    Transcript back = parse_transcript("t.yaml", text);
    CHECK(back.info.mode == Mode::interviewer);
    CHECK(back.info.focus == Focus::fresh);
    CHECK(back.questions[0].scored_by == Scorer::interviewer);
    t.info.focus = Focus::none;
    CHECK(render_transcript(t.info, t.questions).find("focus") == std::string::npos);
}

TEST_CASE("a transcript without a question's section and topic reads back once saved") {
    FakeClock clock;
    Transcript t = sample(clock);
    t.questions[0].section.clear();
    t.questions[0].topic.clear();
    const std::string written = render_transcript(t.info, t.questions);
    CHECK(written.find("section") == written.rfind("section"));  // the other question's only
    const Transcript read = parse_transcript("t.yaml", written);
    CHECK(read.questions[0].section.empty());
    CHECK(render_transcript(read.info, read.questions) == written);
}

TEST_CASE("the store writes atomically, privately, and finds rounds") {
    TempDir dir;
    TranscriptStore store(dir.path() / "rounds");
    store.prepare();
    CHECK((std::filesystem::status(store.dir()).permissions() & std::filesystem::perms::all) ==
          std::filesystem::perms::owner_all);
    FakeClock clock;
    Transcript t = sample(clock);
    t.info.id = store.new_id(clock.wall_now(), "fresher");
    store.save(t.info, t.questions);
    struct stat info {};
    REQUIRE(stat(store.path_of(t.info.id).c_str(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK(store.new_id(clock.wall_now(), "fresher") == t.info.id + "-2");
    CHECK(store.ids() == std::vector<std::string>{t.info.id});
    CHECK(store.latest_in_progress() == t.info.id);
    CHECK(std::distance(std::filesystem::directory_iterator(store.dir()),
                        std::filesystem::directory_iterator()) == 1);  // no temp files left
    t.info.status = RoundStatus::completed;
    store.save(t.info, t.questions);
    CHECK_FALSE(store.latest_in_progress());
}

TEST_CASE("one process per round") {
    TempDir dir;
    RoundLock first(dir.path(), "r1");
    CHECK_THROWS_AS(RoundLock(dir.path(), "r1"), RoundBusy);
    RoundLock other(dir.path(), "r2");
}

TEST_CASE("taking a round's lock removes the temporary files a kill -9 left of it") {
    TempDir dir;
    const auto left = dir.write(".r1.yaml.aB3xYz", "half a transcr");
    const auto other_round = dir.write(".r10.yaml.aB3xYz", "another round's");
    const auto transcript = dir.write("r1.yaml", "format: 1\n");
    RoundLock lock(dir.path(), "r1");
    CHECK_FALSE(std::filesystem::exists(left));
    CHECK(std::filesystem::exists(other_round));
    CHECK(std::filesystem::exists(transcript));
}

TEST_CASE("round ids are names, not paths") {
    CHECK(valid_round_id("2026-11-24-0712-fresher"));
    CHECK_FALSE(valid_round_id("../x"));
    CHECK_FALSE(valid_round_id("a/b"));
    CHECK_FALSE(valid_round_id(".hidden"));
}
