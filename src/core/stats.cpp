#include "core/stats.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace mockround {

namespace {

using std::chrono::days;

std::optional<double> ratio(double sum, int count) {
    if (count == 0) return std::nullopt;
    return sum / count;
}

// 0..6 for one attempt: the score short of 4 (all of it when skipped), a time-up, a hint.
int shortfall(const Attempt& a) {
    return (a.score ? max_score - *a.score : max_score) + (a.time_up ? 1 : 0) +
           (a.hint_used ? 1 : 0);
}
constexpr double worst_shortfall = max_score + 2;

}  // namespace

bool was_asked(const QuestionRecord& q) {
    return q.state == QuestionState::scored || q.state == QuestionState::skipped;
}

WallTime asked_time(const RoundInfo& info, const QuestionRecord& q) {
    return q.asked_at.value_or(info.started_at);
}

RoundTotals totals_of(const std::vector<QuestionRecord>& questions) {
    RoundTotals t;
    int sum = 0;
    for (const auto& q : questions) {
        ++t.planned;
        if (!was_asked(q)) continue;
        ++t.asked;
        if (q.state == QuestionState::skipped) ++t.skipped;
        if (q.overtime() > Micros::zero()) ++t.overtime;
        if (q.score) ++t.answered, sum += *q.score;
    }
    if (t.answered > 0) t.mean_score = static_cast<double>(sum) / t.answered;
    return t;
}

std::optional<double> GroupStats::mean_score() const {
    return ratio(score_sum, answers);
}
std::optional<double> GroupStats::over_share() const {
    return ratio(over, answers);
}
std::optional<double> GroupStats::mean_time_ratio() const {
    return ratio(time_ratio_sum, answers);
}

void GroupStats::add(const QuestionRecord& q) {
    if (!was_asked(q)) return;
    ++asked;
    if (!q.score) return void(++skipped);
    ++answers;
    score_sum += *q.score;
    if (q.time_up) ++over;
    time_ratio_sum += seconds_of(q.answer) / static_cast<double>(q.budget.count());
}

std::optional<GroupBy> parse_group_by(std::string_view text) {
    if (text == "section") return GroupBy::section;
    if (text == "topic") return GroupBy::topic;
    if (text == "level") return GroupBy::level;
    if (text == "kind") return GroupBy::kind;
    return std::nullopt;
}

std::string group_key(GroupBy by, const QuestionRecord& q, const Bank& bank) {
    if (by == GroupBy::section) return q.section;
    if (by == GroupBy::topic) return q.section + "." + q.topic;
    const Question* question = bank.find(q.id);
    if (!question) return "unknown";
    return std::string(by == GroupBy::level ? to_string(question->level)
                                            : to_string(question->kind));
}

std::vector<GroupStats> group_stats(const std::vector<RoundData>& rounds,
                                    const std::function<std::string(const QuestionRecord&)>& key) {
    std::map<std::string, GroupStats> groups;
    for (const auto& round : rounds)
        for (const auto& q : round.questions) {
            if (!was_asked(q)) continue;
            std::string name = key(q);
            GroupStats& group = groups[name];
            if (group.key.empty()) group.key = std::move(name);
            group.add(q);
        }
    std::vector<GroupStats> out;
    out.reserve(groups.size());
    for (auto& [key_text, group] : groups) out.push_back(std::move(group));
    return out;
}

GroupStats overall_stats(const std::vector<RoundData>& rounds) {
    GroupStats all;
    all.key = "all";
    for (const auto& round : rounds)
        for (const auto& q : round.questions) all.add(q);
    return all;
}

Day monday_of(Day day) {
    // 1970-01-01 was a Thursday: days since a Monday are (n + 3) mod 7.
    const auto n = day.time_since_epoch().count();
    const auto since_monday = ((n + 3) % 7 + 7) % 7;
    return day - days(since_monday);
}

std::vector<WeekPoint> weekly_means(const std::vector<RoundData>& rounds,
                                    const LocalDay& local_day) {
    return weekly_means_by(rounds, local_day, [](const QuestionRecord&) { return ""; }).all;
}

namespace {

using WeekSums = std::map<Day, std::pair<int, int>>;  // monday -> score sum, answers

std::vector<WeekPoint> week_points(const WeekSums& weeks) {
    std::vector<WeekPoint> points;
    if (weeks.empty()) return points;
    for (Day week = weeks.begin()->first; week <= weeks.rbegin()->first; week += days(7)) {
        WeekPoint point{week, 0, std::nullopt};
        if (auto it = weeks.find(week); it != weeks.end()) {
            point.answers = it->second.second;
            point.mean = static_cast<double>(it->second.first) / it->second.second;
        }
        points.push_back(point);
    }
    return points;
}

}  // namespace

WeeklyMeans weekly_means_by(const std::vector<RoundData>& rounds, const LocalDay& local_day,
                            const RecordKey& key) {
    std::map<std::string, WeekSums> groups;
    for (const auto& round : rounds)
        for (const auto& q : round.questions) {
            if (!q.score) continue;
            auto& [sum, count] = groups[key(q)][monday_of(local_day(asked_time(round.info, q)))];
            sum += *q.score;
            ++count;
        }
    WeekSums all;
    WeeklyMeans out;
    for (const auto& [group, weeks] : groups) {
        for (const auto& [week, sums] : weeks) {
            auto& [sum, count] = all[week];
            sum += sums.first;
            count += sums.second;
        }
        out.groups.emplace(group, week_points(weeks));
    }
    out.all = week_points(all);
    return out;
}

std::map<Day, int> practice_days(const std::vector<RoundData>& rounds, const LocalDay& local_day) {
    std::map<Day, int> out;
    for (const auto& round : rounds)
        for (const auto& q : round.questions)
            if (was_asked(q)) ++out[local_day(asked_time(round.info, q))];
    return out;
}

int current_streak(const std::map<Day, int>& practice, Day today) {
    Day day = practice.count(today) ? today : today - days(1);
    int streak = 0;
    for (; practice.count(day); day -= days(1)) ++streak;
    return streak;
}

std::optional<Calibration> calibration(const std::vector<RoundData>& rounds) {
    Calibration c;
    for (const auto& round : rounds)
        for (const auto& q : round.questions) {
            if (!q.score || !q.self_score || q.scored_by != Scorer::interviewer) continue;
            const int difference = *q.self_score - *q.score;
            ++c.pairs;
            c.mean_difference += difference;
            c.mean_absolute += std::abs(difference);
        }
    if (c.pairs == 0) return std::nullopt;
    c.mean_difference /= c.pairs;
    c.mean_absolute /= c.pairs;
    return c;
}

ReviewState QuestionHistory::schedule(const FsrsParams& params) const {
    std::vector<Review> reviews;
    for (const auto& a : attempts)
        if (!a.cram) reviews.push_back({a.at, a.score});
    return schedule_of(std::move(reviews), params);
}

double QuestionHistory::weakness() const {
    if (attempts.empty()) return 0;
    int total = 0;
    for (const auto& a : attempts) total += shortfall(a);
    return total / (worst_shortfall * static_cast<double>(attempts.size()));
}

std::optional<double> QuestionHistory::mean_score() const {
    int sum = 0, count = 0;
    for (const auto& a : attempts)
        if (a.score) sum += *a.score, ++count;
    return ratio(sum, count);
}

std::vector<QuestionHistory> question_histories(const std::vector<RoundData>& rounds) {
    std::vector<QuestionHistory> out;
    std::unordered_map<std::string_view, std::size_t> at;  // id -> index in out
    for (const auto& round : rounds)
        for (const auto& q : round.questions) {
            if (!was_asked(q)) continue;
            const auto [it, fresh] = at.try_emplace(q.id, out.size());
            if (fresh) out.push_back({q.id, q.section, q.topic, q.text, {}});
            out[it->second].attempts.push_back({round.info.id, asked_time(round.info, q), q.score,
                                                q.time_up, q.hint_used, q.answer, q.budget,
                                                round.info.focus == Focus::weak});
        }
    const auto earlier = [](const Attempt& a, const Attempt& b) { return a.at < b.at; };
    for (auto& h : out)  // rounds come oldest first: mostly sorted already
        if (!std::is_sorted(h.attempts.begin(), h.attempts.end(), earlier))
            std::stable_sort(h.attempts.begin(), h.attempts.end(), earlier);
    std::sort(out.begin(), out.end(),
              [](const QuestionHistory& a, const QuestionHistory& b) { return a.id < b.id; });
    return out;
}

std::vector<const QuestionHistory*> weakest(const std::vector<QuestionHistory>& histories) {
    std::vector<std::pair<double, const QuestionHistory*>> ranked;
    for (const auto& h : histories)
        if (double w = h.weakness(); w > 0) ranked.emplace_back(w, &h);
    std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
        if (a.first != b.first) return a.first > b.first;
        if (a.second->attempts.size() != b.second->attempts.size())
            return a.second->attempts.size() > b.second->attempts.size();
        return a.second->id < b.second->id;
    });
    std::vector<const QuestionHistory*> out;
    out.reserve(ranked.size());
    for (const auto& [w, h] : ranked) out.push_back(h);
    return out;
}

std::vector<TopicWeakness> weakest_topics(const std::vector<QuestionHistory>& histories) {
    std::map<std::pair<std::string, std::string>, std::pair<int, int>> topics;  // shortfall, n
    for (const auto& h : histories)
        for (const auto& a : h.attempts) {
            auto& [total, count] = topics[{h.section, h.topic}];
            total += shortfall(a);
            ++count;
        }
    std::vector<TopicWeakness> out;
    for (const auto& [key, value] : topics)
        if (value.first > 0)
            out.push_back({key.first, key.second, value.second,
                           value.first / (worst_shortfall * value.second)});
    std::sort(out.begin(), out.end(), [](const TopicWeakness& a, const TopicWeakness& b) {
        if (a.weakness != b.weakness) return a.weakness > b.weakness;
        return std::tie(a.section, a.topic) < std::tie(b.section, b.topic);
    });
    return out;
}

}  // namespace mockround
