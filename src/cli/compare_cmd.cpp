// mockround compare: two rounds side by side, with what changed from the first to the second.
#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/duration.hpp"
#include "store/local_time.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;
using std::chrono::duration_cast;
using std::chrono::seconds;

struct CompareOptions {
    std::string a, b;
    bool json = false;
};

// A row: a value of each round and, where both have one, the second's minus the first's.
struct Row {
    std::string label;
    std::optional<double> a, b;
    std::optional<double> difference() const {
        if (!a || !b) return std::nullopt;
        return *b - *a;
    }
};

struct QuestionPair {
    const QuestionRecord *a, *b;
};

std::optional<double> score_of(const QuestionRecord& q) {
    if (!q.score) return std::nullopt;
    return *q.score;
}

struct RoundRows {
    Row mean, answered, time, over;
};

RoundRows round_rows(const RoundData& a, const RoundData& b) {
    const RoundTotals ta = totals_of(a.questions), tb = totals_of(b.questions);
    return {{"mean score", ta.mean_score, tb.mean_score},
            {"answered", ta.answered, tb.answered},
            {"time used", seconds_of(a.info.elapsed), seconds_of(b.info.elapsed)},
            {"over budget", ta.overtime, tb.overtime}};
}

std::vector<Row> section_rows(const RoundData& a, const RoundData& b) {
    std::map<std::string, Row> rows;
    const auto by_section = [](const RoundData& r) {
        return group_stats({r}, [](const QuestionRecord& q) { return q.section; });
    };
    for (const auto& g : by_section(a)) rows[g.key].a = g.mean_score();
    for (const auto& g : by_section(b)) rows[g.key].b = g.mean_score();
    std::vector<Row> out;
    for (auto& [section, row] : rows) {
        row.label = section;
        out.push_back(row);
    }
    return out;
}

std::vector<QuestionPair> common_questions(const RoundData& a, const RoundData& b) {
    std::vector<QuestionPair> pairs;
    for (const auto& qa : a.questions)
        for (const auto& qb : b.questions)
            if (qa.id == qb.id) pairs.push_back({&qa, &qb});
    return pairs;
}

json round_summary(const RoundData& r) {
    return {{"id", r.info.id},
            {"profile", r.info.profile},
            {"started_at", store::iso_local(r.info.started_at)},
            {"round_seconds", r.info.round_length.count()},
            {"elapsed_seconds", number_json(seconds_of(r.info.elapsed))},
            {"totals", totals_json(totals_of(r.questions))}};
}

json outcome_json(const QuestionRecord& q) {
    return {{"state", to_string(q.state)},
            {"score", q.score ? json(*q.score) : json()},
            {"answer_seconds", number_json(seconds_of(q.answer))},
            {"answer", answer_json(q)}};
}

void print_json(const RoundData& a, const RoundData& b) {
    const RoundRows rows = round_rows(a, b);
    const json difference = {{"mean_score", number_json(rows.mean.difference())},
                             {"answered", number_json(rows.answered.difference())},
                             {"elapsed_seconds", number_json(rows.time.difference())},
                             {"overtime", number_json(rows.over.difference())}};
    json sections = json::array();
    for (const auto& row : section_rows(a, b))
        sections.push_back({{"section", row.label},
                            {"a", number_json(row.a)},
                            {"b", number_json(row.b)},
                            {"difference", number_json(row.difference())}});
    json common = json::array();
    for (const auto& [qa, qb] : common_questions(a, b))
        common.push_back({{"id", qa->id},
                          {"a", outcome_json(*qa)},
                          {"b", outcome_json(*qb)},
                          {"score_difference",
                           number_json(Row{"", score_of(*qa), score_of(*qb)}.difference())}});
    fmt::print("{}\n", json{{"a", round_summary(a)},
                            {"b", round_summary(b)},
                            {"difference", difference},
                            {"sections", sections},
                            {"common", common}}
                           .dump(2));
}

std::string signed_text(std::optional<double> value, const char* format) {
    if (!value) return "-";
    if (*value == 0) return "0";
    return (*value > 0 ? "+" : "") + fmt::format(fmt::runtime(format), *value);
}

std::string clock_difference(std::optional<double> value) {
    if (!value) return "-";
    const std::string clock = format_clock(seconds(static_cast<long long>(std::abs(*value))));
    return (*value < 0 ? "-" : "+") + clock;
}

std::string outcome(const QuestionRecord& q) {
    std::string time = format_clock(duration_cast<seconds>(q.answer));
    if (q.score) return fmt::format("{}/4 in {}", *q.score, time);
    return std::string(to_string(q.state));
}

std::string time_use(const RoundData& r) {
    return fmt::format("{} of {}", format_clock(duration_cast<seconds>(r.info.elapsed)),
                       format_clock(r.info.round_length));
}

std::string row_text(const std::string& label, const std::string& left, const std::string& right,
                     const std::string& difference) {
    return fmt::format("{:<34} {:<26} {:<26} {}\n", label, left, right, difference);
}

void print_text(const RoundData& a, const RoundData& b, const term::Style& style) {
    fmt::print("{}", style.bold(row_text("", a.info.id, b.info.id, "difference")));
    fmt::print("{}", row_text("started", local_text(a.info.started_at),
                              local_text(b.info.started_at), ""));
    const RoundTotals ta = totals_of(a.questions), tb = totals_of(b.questions);
    const RoundRows rows = round_rows(a, b);
    fmt::print("{}", row_text(rows.mean.label, score_text(ta.mean_score), score_text(tb.mean_score),
                              signed_text(rows.mean.difference(), "{:.1f}")));
    fmt::print("{}", row_text(rows.answered.label, fmt::format("{}/{}", ta.answered, ta.planned),
                              fmt::format("{}/{}", tb.answered, tb.planned),
                              signed_text(rows.answered.difference(), "{:.0f}")));
    fmt::print("{}", row_text(rows.time.label, time_use(a), time_use(b),
                              clock_difference(rows.time.difference())));
    fmt::print("{}",
               row_text(rows.over.label, std::to_string(ta.overtime), std::to_string(tb.overtime),
                        signed_text(rows.over.difference(), "{:.0f}")));
    fmt::print("\n{}\n", style.bold("By section (mean score)"));
    for (const auto& row : section_rows(a, b))
        fmt::print("{}", row_text("  " + row.label, score_text(row.a), score_text(row.b),
                                  signed_text(row.difference(), "{:.1f}")));
    fmt::print("\n{}\n", style.bold("Questions in common"));
    const auto common = common_questions(a, b);
    if (common.empty()) fmt::print("  none\n");
    for (const auto& [qa, qb] : common)
        fmt::print("{}", row_text("  " + qa->id, outcome(*qa), outcome(*qb),
                                  signed_text(Row{"", score_of(*qa), score_of(*qb)}.difference(),
                                              "{:.0f}")));
}

// After the table, not in it: an answer runs over many lines.
void print_answers(const RoundData& a, const RoundData& b, const term::Style& style) {
    const auto answered = [](const QuestionPair& p) {
        return !p.a->answer_text.empty() || !p.b->answer_text.empty();
    };
    const auto common = common_questions(a, b);
    if (std::none_of(common.begin(), common.end(), answered)) return;
    fmt::print("\n{}\n", style.bold("Answers to questions in common"));
    const auto print_one = [](const RoundData& r, const QuestionRecord& q) {
        fmt::print(
            "    {}:\n{}", r.info.id,
            q.answer_text.empty() ? "      (none)\n" : indented_lines(q.answer_text, "      "));
    };
    for (const auto& pair : common) {
        if (!answered(pair)) continue;
        fmt::print("  {}\n", style.cyan(pair.a->id));
        print_one(a, *pair.a);
        print_one(b, *pair.b);
    }
}

void compare(Context& context, const CompareOptions& options) {
    const RoundData a = load_round(context, options.a), b = load_round(context, options.b);
    if (options.json) return print_json(a, b);
    print_text(a, b, context.out_style());
    print_answers(a, b, context.out_style());
}

}  // namespace

void setup_compare(CLI::App& app, Context& context) {
    auto options = std::make_shared<CompareOptions>();
    CLI::App* sub = app.add_subcommand("compare", "Two rounds side by side");
    sub->add_option("a", options->a, "The first round's id")->required();
    sub->add_option("b", options->b, "The second round's id")->required();
    sub->add_flag("--json", options->json, "Print one JSON document");
    sub->footer(
        "difference: the second round's value minus the first's.\n"
        "Example: mockround compare 2026-11-24-0712-fresher 2026-12-01-0730-fresher");
    sub->callback([&context, options] { compare(context, *options); });
}

}  // namespace mockround::cli
