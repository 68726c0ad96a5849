#pragma once
// Statistics over rounds already read from their transcripts: pure functions, no files, no
// clock, no time zone. The local calendar day comes in as a function, so days and weeks break
// where the user lives (the store layer supplies it from TZ; tests pass a fixed offset).
//
// Definitions (README, "Review"):
//   asked     a question scored or skipped (pending and in-hand ones are not counted)
//   answer    a scored question; the mean score is over answers
//   over      an answer whose time reached its budget (time_up)
//   time use  answer seconds / budget seconds, pauses excluded, mean over answers
#include <chrono>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank.hpp"
#include "core/round.hpp"
#include "core/schedule.hpp"

namespace mockround {

using Day = std::chrono::sys_days;
using LocalDay = std::function<Day(WallTime)>;

bool was_asked(const QuestionRecord& q);  // scored or skipped
// When the question was asked; the round's start for records without asked_at.
WallTime asked_time(const RoundInfo& info, const QuestionRecord& q);

struct RoundTotals {
    int planned = 0, asked = 0, answered = 0, skipped = 0, overtime = 0;
    std::optional<double> mean_score;
};
RoundTotals totals_of(const std::vector<QuestionRecord>& questions);

struct GroupStats {
    std::string key;
    int asked = 0, answers = 0, skipped = 0, over = 0;
    double score_sum = 0, time_ratio_sum = 0;

    std::optional<double> mean_score() const;
    std::optional<double> over_share() const;
    std::optional<double> mean_time_ratio() const;
    void add(const QuestionRecord& q);
};

enum class GroupBy { section, topic, level, kind };
std::optional<GroupBy> parse_group_by(std::string_view text);
// The group a question falls in; level and kind come from the bank ("unknown" when the
// question has left it).
std::string group_key(GroupBy by, const QuestionRecord& q, const Bank& bank);

std::vector<GroupStats> group_stats(const std::vector<RoundData>& rounds,
                                    const std::function<std::string(const QuestionRecord&)>& key);
GroupStats overall_stats(const std::vector<RoundData>& rounds);

// Mean score per local week (Monday first), every week from the first to the last answer,
// weeks without answers included with no mean.
struct WeekPoint {
    Day monday;
    int answers = 0;
    std::optional<double> mean;
};
Day monday_of(Day day);
std::vector<WeekPoint> weekly_means(const std::vector<RoundData>& rounds,
                                    const LocalDay& local_day);
// In one pass: the same overall (`all`) and per group (`key`: a section, say), each group over
// the weeks of its own answers.
using RecordKey = std::function<std::string(const QuestionRecord&)>;
struct WeeklyMeans {
    std::vector<WeekPoint> all;
    std::map<std::string, std::vector<WeekPoint>> groups;
};
WeeklyMeans weekly_means_by(const std::vector<RoundData>& rounds, const LocalDay& local_day,
                            const RecordKey& key);

// Questions asked per local day.
std::map<Day, int> practice_days(const std::vector<RoundData>& rounds, const LocalDay& local_day);
// Consecutive practice days ending today, or yesterday when today has none yet.
int current_streak(const std::map<Day, int>& days, Day today);

// How far self-scores sit from the interviewer's, over questions that have both.
struct Calibration {
    int pairs = 0;
    double mean_difference = 0;  // self minus interviewer: > 0 is generous to oneself
    double mean_absolute = 0;
};
std::optional<Calibration> calibration(const std::vector<RoundData>& rounds);

// Every time one question was asked, oldest first.
struct Attempt {
    std::string round;
    WallTime at;
    std::optional<int> score;  // none: skipped
    bool time_up = false, hint_used = false;
    Micros answer{0};
    std::chrono::seconds budget{0};
    bool cram = false;  // in a `run --focus weak` round: it leaves the review schedule alone
};
struct QuestionHistory {
    std::string id, section, topic, text;
    std::vector<Attempt> attempts;

    ReviewState schedule(const FsrsParams& params = {}) const;
    // 0 (always 4, in time, no hint) .. 1 (always skipped, or 0 past the budget with a hint):
    // the mean over attempts of (4 - score, 4 when skipped) + 1 for a time-up + 1 for a hint,
    // divided by 6.
    double weakness() const;
    std::optional<double> mean_score() const;
};
std::vector<QuestionHistory> question_histories(const std::vector<RoundData>& rounds);

// The weakest first (ties: more attempts first, then id); only questions with weakness > 0.
std::vector<const QuestionHistory*> weakest(const std::vector<QuestionHistory>& histories);

struct TopicWeakness {
    std::string section, topic;
    int attempts = 0;
    double weakness = 0;  // the same measure, over every attempt in the topic
};
std::vector<TopicWeakness> weakest_topics(const std::vector<QuestionHistory>& histories);

}  // namespace mockround
