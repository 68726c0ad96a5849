#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/stats.hpp"
#include "store/local_time.hpp"

using namespace mockround;
using namespace std::chrono_literals;

namespace {

const WallTime monday = std::chrono::sys_days{std::chrono::year{2026} / 3 / 2} + 9h;  // a Monday

QuestionRecord scored(std::string id, int score, int answer_s, int budget_s, bool time_up = false) {
    QuestionRecord q;
    q.id = std::move(id);
    q.section = q.id.substr(0, q.id.find('.'));
    q.topic = "conceptual";
    q.state = QuestionState::scored;
    q.score = score;
    q.answer = std::chrono::seconds(answer_s);
    q.budget = std::chrono::seconds(budget_s);
    q.time_up = time_up;
    return q;
}

QuestionRecord skipped(std::string id) {
    QuestionRecord q = scored(std::move(id), 0, 10, 60);
    q.state = QuestionState::skipped;
    q.score.reset();
    return q;
}

RoundData round_at(WallTime start, std::vector<QuestionRecord> questions) {
    RoundData r;
    r.info.id = store::iso_local(start);
    r.info.started_at = start;
    for (auto& q : questions) q.asked_at = start;
    r.questions = std::move(questions);
    return r;
}

// UTC days: the tests of local time are below, through the store.
Day utc_day(WallTime t) {
    return std::chrono::floor<std::chrono::days>(t);
}

}  // namespace

TEST_CASE("a round's totals count asked, answered, skipped and overtime") {
    QuestionRecord over = scored("git.a", 2, 200, 180, true);
    QuestionRecord pending;
    pending.id = "git.c";
    const RoundTotals t = totals_of({over, scored("git.b", 4, 60, 180), skipped("pg.x"), pending});
    CHECK(t.planned == 4);
    CHECK(t.asked == 3);
    CHECK(t.answered == 2);
    CHECK(t.skipped == 1);
    CHECK(t.overtime == 1);
    CHECK(*t.mean_score == Approx(3.0));  // (2 + 4) / 2
}

TEST_CASE("group statistics: mean score, share over budget, time against budget") {
    const std::vector<RoundData> rounds = {
        round_at(monday, {scored("git.a", 1, 90, 60, true), scored("git.b", 3, 30, 60),
                          scored("pg.x", 4, 120, 240), skipped("pg.y")}),
        round_at(monday + 24h, {scored("git.a", 2, 60, 60, true)}),
    };
    auto groups = group_stats(rounds, [](const QuestionRecord& q) { return q.section; });
    REQUIRE(groups.size() == 2);
    const GroupStats& git = groups[0];
    CHECK(git.key == "git");
    CHECK(git.answers == 3);
    CHECK(*git.mean_score() == Approx(2.0));       // (1 + 3 + 2) / 3
    CHECK(*git.over_share() == Approx(2.0 / 3));   // two time-ups of three
    CHECK(*git.mean_time_ratio() == Approx(1.0));  // (1.5 + 0.5 + 1.0) / 3
    const GroupStats& pg = groups[1];
    CHECK(pg.asked == 2);
    CHECK(pg.answers == 1);
    CHECK(pg.skipped == 1);
    CHECK(*pg.mean_time_ratio() == Approx(0.5));
    const GroupStats all = overall_stats(rounds);
    CHECK(all.answers == 4);
    CHECK(*all.mean_score() == Approx(2.5));  // 10 / 4
}

TEST_CASE("weekly means run from the first week to the last, gaps included") {
    const std::vector<RoundData> rounds = {
        round_at(monday, {scored("git.a", 1, 1, 60), scored("git.b", 2, 1, 60)}),
        round_at(monday + 6 * 24h, {scored("git.a", 3, 1, 60)}),  // Sunday, same week
        round_at(monday + 14 * 24h, {scored("git.a", 4, 1, 60)}),
    };
    const auto weeks = weekly_means(rounds, utc_day);
    REQUIRE(weeks.size() == 3);
    CHECK(weeks[0].monday == utc_day(monday));
    CHECK(weeks[0].answers == 3);
    CHECK(*weeks[0].mean == Approx(2.0));
    CHECK_FALSE(weeks[1].mean);
    CHECK(*weeks[2].mean == Approx(4.0));
    CHECK(monday_of(utc_day(monday + 6 * 24h)) == utc_day(monday));
    CHECK(monday_of(utc_day(monday + 7 * 24h)) == utc_day(monday + 7 * 24h));
}

TEST_CASE("the streak counts back from today, or from yesterday before today's round") {
    const Day today = utc_day(monday + 10 * 24h);
    std::map<Day, int> days = {{today, 1},
                               {today - std::chrono::days(1), 2},
                               {today - std::chrono::days(2), 1},
                               {today - std::chrono::days(4), 1}};
    CHECK(current_streak(days, today) == 3);
    days.erase(today);
    CHECK(current_streak(days, today) == 2);
    CHECK(current_streak(days, today + std::chrono::days(2)) == 0);
    const auto practice =
        practice_days({round_at(monday, {scored("git.a", 1, 1, 60), skipped("b.c")})}, utc_day);
    CHECK(practice.at(utc_day(monday)) == 2);
}

TEST_CASE("calibration compares self-scores with the interviewer's") {
    QuestionRecord a = scored("git.a", 2, 1, 60), b = scored("git.b", 3, 1, 60);
    a.scored_by = b.scored_by = Scorer::interviewer;
    a.self_score = 4;  // +2
    b.self_score = 2;  // -1
    QuestionRecord solo = scored("git.c", 1, 1, 60);
    solo.self_score = 4;  // no interviewer: not a pair
    CHECK_FALSE(calibration({round_at(monday, {solo})}));
    const auto c = calibration({round_at(monday, {a, b, solo})});
    REQUIRE(c);
    CHECK(c->pairs == 2);
    CHECK(c->mean_difference == Approx(0.5));
    CHECK(c->mean_absolute == Approx(1.5));
}

TEST_CASE("weakness: score short of 4, skips, time-ups and hints, weakest first") {
    QuestionRecord hinted = scored("git.a", 3, 1, 60, true);
    hinted.hint_used = true;
    const std::vector<RoundData> rounds = {
        round_at(monday, {hinted, skipped("git.b"), scored("git.c", 4, 1, 60)}),
        round_at(monday + 24h, {scored("git.a", 1, 1, 60)}),
    };
    const auto histories = question_histories(rounds);
    REQUIRE(histories.size() == 3);
    CHECK(histories[0].attempts.size() == 2);
    CHECK(histories[0].weakness() == Approx((3.0 + 3.0) / 12));  // (1+1+1) and (3)
    CHECK(histories[1].weakness() == Approx(4.0 / 6));
    CHECK(histories[2].weakness() == Approx(0.0));
    CHECK(*histories[0].mean_score() == Approx(2.0));
    CHECK(histories[0].schedule().lapses == 1);  // scored 3, then 1 the next day: a lapse
    const auto weak = weakest(histories);
    REQUIRE(weak.size() == 2);
    CHECK(weak[0]->id == "git.b");
    CHECK(weak[1]->id == "git.a");
    const auto topics = weakest_topics(histories);
    REQUIRE(topics.size() == 1);
    CHECK(topics[0].attempts == 4);
    CHECK(topics[0].weakness == Approx(10.0 / 24));  // 3 + 3 + 4 + 0 over 4 attempts of 6
}

TEST_CASE("local days follow TZ, across a daylight-saving change") {
    const char* old = std::getenv("TZ");
    const std::string saved = old ? old : "";
    setenv("TZ", "Europe/Berlin", 1);
    const WallTime before_change =
        std::chrono::sys_days{std::chrono::year{2026} / 3 / 28} + 23h + 30min;
    const WallTime after_change =
        std::chrono::sys_days{std::chrono::year{2026} / 3 / 29} + 22h + 30min;
    // 23:30 UTC on Mar 28 is 00:30 CET on Mar 29; 22:30 UTC on Mar 29 is 00:30 CEST on Mar 30.
    CHECK(store::local_day(before_change) ==
          std::chrono::sys_days{std::chrono::year{2026} / 3 / 29});
    CHECK(store::local_day(after_change) ==
          std::chrono::sys_days{std::chrono::year{2026} / 3 / 30});
    setenv("TZ", "America/New_York", 1);
    CHECK(store::local_day(before_change) ==
          std::chrono::sys_days{std::chrono::year{2026} / 3 / 28});
    if (old)
        setenv("TZ", saved.c_str(), 1);
    else
        unsetenv("TZ");
}

TEST_CASE("a cram round (run --focus weak) counts for weakness but leaves the schedule alone") {
    const WallTime day1 = std::chrono::sys_days{std::chrono::year{2026} / 11 / 2} + 9h;
    RoundData plain = round_at(day1, {scored("git.stash", 4, 60, 120)});
    RoundData cram = round_at(day1 + 24h, {scored("git.stash", 0, 60, 120)});
    cram.info.focus = Focus::weak;
    const auto with_cram = question_histories({plain, cram});
    const auto without = question_histories({plain});
    REQUIRE(with_cram.size() == 1);
    CHECK(with_cram[0].attempts.size() == 2);
    CHECK(with_cram[0].weakness() > without[0].weakness());
    CHECK(with_cram[0].schedule().stability == without[0].schedule().stability);
    CHECK(with_cram[0].schedule().reps == 1);
    CHECK(with_cram[0].schedule().due == without[0].schedule().due);
}

TEST_CASE("the schedule rates by the interviewer's score over the self-score; a skip is Again") {
    QuestionRecord pair = scored("git.rebase", 4, 60, 120);
    pair.scored_by = Scorer::interviewer;
    pair.self_score = 1;
    const auto histories = question_histories({round_at(monday, {pair, skipped("git.stash")})});
    REQUIRE(histories.size() == 2);
    CHECK(histories[0].id == "git.rebase");
    CHECK(histories[0].schedule().stability == Approx(fsrs_default_weights[3]));  // Easy
    CHECK(histories[1].schedule().stability == Approx(fsrs_default_weights[0]));  // Again
    CHECK(*histories[1].schedule().due == monday + 24h);
}
