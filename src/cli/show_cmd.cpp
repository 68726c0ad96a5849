// mockround show: one round rendered for reading.
#include <fmt/core.h>
#include <fmt/format.h>

#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/duration.hpp"

namespace mockround::cli {

namespace {

using std::chrono::duration_cast;
using std::chrono::seconds;

struct ShowOptions {
    std::string id;
    bool json = false;
};

std::string clock_of(Micros value) {
    return format_clock(duration_cast<seconds>(value));
}

std::string outcome(const QuestionRecord& q, const term::Style& style) {
    if (q.state == QuestionState::skipped) return style.dim("skipped");
    if (q.state == QuestionState::pending) return style.dim("not reached");
    if (!q.score) return style.yellow("in hand");
    std::string text = fmt::format("{}/4", *q.score);
    if (q.scored_by == Scorer::interviewer)
        text += q.self_score ? fmt::format(" (interviewer; self {}/4)", *q.self_score)
                             : " (interviewer)";
    return style.bold(text);
}

std::string question_text(std::size_t n, const QuestionRecord& q, const Bank& bank,
                          const term::Style& style, const std::string& answer_label,
                          const std::string& round_id) {
    std::string out = fmt::format("{:>3}. {}  {}\n", n, style.cyan(q.id), outcome(q, style));
    out += fmt::format("     {}\n", style.markdown(q.text.substr(0, q.text.find('\n'))));
    if (q.state == QuestionState::pending) return out;
    std::string time = fmt::format("     time {} / {}", clock_of(q.answer), format_clock(q.budget));
    if (q.overtime() >= seconds(1)) time += style.red(" +" + clock_of(q.overtime()) + " over");
    if (q.paused >= seconds(1)) time += " · paused " + clock_of(q.paused);
    if (q.hint_used) time += " · hint used";
    out += time + "\n";
    if (!q.covered.empty()) {
        const Question* question = bank.find(q.id);
        std::string covered;
        for (const auto& letter : q.covered) {
            const std::size_t at = static_cast<std::size_t>(letter[0] - 'a');
            covered += "\n       " + letter + ") ";
            if (question && at < question->guide.key_points.size())
                covered += question->guide.key_points[at];
        }
        out += fmt::format("     covered:{}\n", covered);
    }
    if (!q.suggested.empty())
        out += fmt::format("     suggested by the matcher: {}\n", fmt::join(q.suggested, ", "));
    if (!q.note.empty()) out += fmt::format("     note: {}\n", q.note);
    if (!q.audio.files.empty())
        out += fmt::format("     recorded {} ({}) · mockround play {} {}\n",
                           clock_of(q.audio.length), fmt::join(q.audio.files, ", "), round_id, n);
    if (!q.answer_text.empty())
        out += fmt::format("     {}\n{}", style.dim(answer_label),
                           indented_lines(q.answer_text, "       "));
    return out;
}

void show(Context& context, const ShowOptions& options) {
    const RoundData round = load_round(context, options.id);
    if (options.json) return fmt::print("{}\n", round_json(round).dump(2));
    const term::Style style = context.out_style();
    const RoundInfo& i = round.info;
    const RoundTotals t = totals_of(round.questions);
    std::string out = fmt::format("{} {} · {} · {} · {}\n", style.bold("Round"), i.id,
                                  local_text(i.started_at), to_string(i.mode), to_string(i.status));
    out +=
        fmt::format("{} of {} round time used · {}/{} answered · mean {}\n\n", clock_of(i.elapsed),
                    format_clock(i.round_length), t.answered, t.planned, score_text(t.mean_score));
    for (std::size_t n = 0; n < round.questions.size(); ++n)
        out += question_text(n + 1, round.questions[n], context.bank(), style,
                             i.mode == Mode::interviewer ? "answer notes:" : "answer:", i.id);
    fmt::print("{}", style.glyphs(out));  // in ASCII without a UTF-8 locale
}

}  // namespace

void setup_show(CLI::App& app, Context& context) {
    auto options = std::make_shared<ShowOptions>();
    CLI::App* sub =
        app.add_subcommand("show", "Show one round: times, pauses, scores, notes, answers");
    sub->add_option("id", options->id, "Round id (default: the latest round)");
    sub->add_flag("--json", options->json, "Print the round as JSON");
    sub->footer("Examples:\n  mockround show\n  mockround show 2026-11-24-0712-fresher --json");
    sub->callback([&context, options] { show(context, *options); });
}

}  // namespace mockround::cli
