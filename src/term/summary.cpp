#include "term/summary.hpp"

#include <fmt/core.h>

#include <map>

#include "core/duration.hpp"

namespace mockround::term {

namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

std::string outcome(const QuestionRecord& q, const Style& style) {
    switch (q.state) {
        case QuestionState::scored:
            return std::to_string(*q.score) + "/4";
        case QuestionState::skipped:
            return style.dim("skipped");
        case QuestionState::asking:
            return style.yellow("in hand");
        case QuestionState::pending:
            break;
    }
    return style.dim("not reached");
}

}  // namespace

std::string render_summary(const RoundInfo& info, const std::vector<QuestionRecord>& questions,
                           const Style& style) {
    std::string out =
        fmt::format("{} {} · {} · {} of round time used\n\n", style.bold("Round"), info.id,
                    to_string(info.status), format_clock(duration_cast<seconds>(info.elapsed)));
    int scored = 0, total = 0;
    std::map<std::string, std::pair<int, int>> by_section;  // sum, count
    for (std::size_t i = 0; i < questions.size(); ++i) {
        const QuestionRecord& q = questions[i];
        std::string time =
            q.state == QuestionState::pending
                ? "     -"
                : format_clock(duration_cast<seconds>(q.answer)) + " / " + format_clock(q.budget);
        if (q.overtime() >= seconds(1))
            time += style.red(" +" + format_clock(duration_cast<seconds>(q.overtime())));
        out += fmt::format("{:>3}. {:<40} {}  {}\n", i + 1, q.id, time, outcome(q, style));
        if (q.score) {
            ++scored;
            total += *q.score;
            by_section[q.section].first += *q.score;
            ++by_section[q.section].second;
        }
    }
    if (scored == 0) return out + "\nNo question scored.\n";
    out += fmt::format("\nMean score {:.1f}/4 over {} scored\n",
                       static_cast<double>(total) / scored, scored);
    std::string sections;
    for (const auto& [section, sum_count] : by_section)
        sections +=
            fmt::format("{}{} {:.1f} ({})", sections.empty() ? "" : " · ", section,
                        static_cast<double>(sum_count.first) / sum_count.second, sum_count.second);
    return out + "By section: " + sections + "\n";
}

}  // namespace mockround::term
