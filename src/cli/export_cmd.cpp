// mockround export: rounds as Markdown (to read), JSON (complete), CSV (one row per question
// asked, for spreadsheets) or an Anki import file (one note per weak question).
#include <fmt/core.h>

#include <algorithm>
#include <fstream>
#include <memory>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/duration.hpp"
#include "store/errors.hpp"
#include "store/local_time.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct ExportOptions {
    std::vector<std::string> ids;
    bool all = false;
    std::string format, output;
};

std::string outcome_text(const QuestionRecord& q) {
    if (!q.score) return std::string(to_string(q.state));
    std::string text = fmt::format("{}/4", *q.score);
    if (q.scored_by == Scorer::interviewer) text += " (interviewer)";
    if (q.self_score) text += fmt::format(", self-score {}/4", *q.self_score);
    return text;
}

bool holds(const std::vector<std::string>& letters, const std::string& letter) {
    return std::find(letters.begin(), letters.end(), letter) != letters.end();
}

// The guide's key points, each ticked when the answer covered it: a, b, c... in order. One the
// matcher suggested but nobody confirmed says so.
std::string key_points_text(const QuestionRecord& q, const Question& question) {
    std::string out = "\nA strong answer covers:\n\n";
    for (std::size_t i = 0; i < question.guide.key_points.size(); ++i) {
        const std::string letter(1, static_cast<char>('a' + i));
        const bool covered = holds(q.covered, letter);
        out += fmt::format(
            "- [{}] {}) {}{}\n", covered ? 'x' : ' ', letter, question.guide.key_points[i],
            !covered && holds(q.suggested, letter) ? " (suggested, not confirmed)" : "");
    }
    return out;
}

// A fence longer than any run of backticks in the text, so code fenced inside it stays inside.
std::string fence_for(const std::string& text) {
    std::size_t longest = 0, run = 0;
    for (char c : text) longest = std::max(longest, run = c == '`' ? run + 1 : 0);
    return std::string(std::max<std::size_t>(3, longest + 1), '`');
}

std::string fenced_answer(const std::string& label, const std::string& text) {
    const std::string fence = fence_for(text);
    const bool final_newline = text.back() == '\n';
    return fmt::format("\n{}:\n\n{}\n{}{}{}\n", label, fence, text, final_newline ? "" : "\n",
                       fence);
}

// The recording's files as links, beside the transcript in `round_dir`.
std::string audio_links(const AnswerAudio& audio, const std::filesystem::path& round_dir) {
    std::string links;
    for (const auto& file : audio.files)
        links += fmt::format("{}[{}](<{}>)", links.empty() ? "" : ", ", file,
                             (round_dir / file).string());
    return fmt::format(
        "- recording: {} ({})\n", links,
        format_clock(std::chrono::duration_cast<std::chrono::seconds>(audio.length)));
}

std::string markdown_question(std::size_t n, const QuestionRecord& q, const Bank& bank, Mode mode,
                              const std::filesystem::path& round_dir) {
    std::string out = fmt::format("## {}. {}\n\n{}\n\n", n, q.id, q.text);
    out += "- outcome: " + outcome_text(q) + "\n";
    out += fmt::format("- time: {} of {}\n",
                       format_clock(std::chrono::duration_cast<std::chrono::seconds>(q.answer)),
                       format_clock(q.budget));
    if (q.hint_used) out += "- hint used\n";
    if (!q.note.empty()) out += "- note: " + q.note + "\n";
    if (!q.audio.files.empty()) out += audio_links(q.audio, round_dir);
    if (!q.answer_text.empty())
        out += fenced_answer(mode == Mode::interviewer ? "Answer notes" : "Your answer",
                             q.answer_text);
    if (const Question* question = bank.find(q.id); question && !question->guide.key_points.empty())
        out += key_points_text(q, *question);
    return out + "\n";
}

std::string markdown(const std::vector<RoundData>& rounds, const Bank& bank,
                     const std::filesystem::path& rounds_dir) {
    std::string out;
    for (const auto& r : rounds) {
        const RoundTotals t = totals_of(r.questions);
        out += fmt::format("# Round {}\n\n{} · {} · {} · {}/{} answered · mean {}\n\n", r.info.id,
                           local_text(r.info.started_at), r.info.profile, to_string(r.info.status),
                           t.answered, t.planned, score_text(t.mean_score));
        for (std::size_t n = 0; n < r.questions.size(); ++n)
            out +=
                markdown_question(n + 1, r.questions[n], bank, r.info.mode, rounds_dir / r.info.id);
    }
    return out;
}

std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (char c : text) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string csv(const std::vector<RoundData>& rounds) {
    std::string out =
        "round,started_at,profile,mode,question,section,topic,text,state,score,self_score,"
        "scored_by,budget_seconds,answer_seconds,overtime_seconds,paused_seconds,time_up,"
        "hint_used,note,answer\r\n";
    auto secs = [](Micros m) { return fmt::format("{:.3f}", seconds_of(m)); };
    for (const auto& r : rounds)
        for (const auto& q : r.questions) {
            if (!was_asked(q)) continue;
            const std::vector<std::string> fields = {
                r.info.id,
                store::iso_local(r.info.started_at),
                r.info.profile,
                std::string(to_string(r.info.mode)),
                q.id,
                q.section,
                q.topic,
                q.text,
                std::string(to_string(q.state)),
                q.score ? std::to_string(*q.score) : "",
                q.self_score ? std::to_string(*q.self_score) : "",
                q.score ? std::string(to_string(q.scored_by)) : "",
                std::to_string(q.budget.count()),
                secs(q.answer),
                secs(q.overtime()),
                secs(q.paused),
                q.time_up ? "true" : "false",
                q.hint_used ? "true" : "false",
                q.note,
                q.answer_text};
            for (std::size_t i = 0; i < fields.size(); ++i)
                out += (i ? "," : "") + csv_field(fields[i]);
            out += "\r\n";
        }
    return out;
}

// Anki's text import reads one note per line: fields may hold HTML but no tab or newline.
std::string anki_field(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (c == '&')
            out += "&amp;";
        else if (c == '<')
            out += "&lt;";
        else if (c == '>')
            out += "&gt;";
        else if (c == '\n')
            out += "<br>";
        else if (c == '\t')
            out += ' ';
        else
            out += c;
    }
    return out;
}

std::string anki(const std::vector<RoundData>& rounds, const Bank& bank) {
    std::string out =
        "#separator:tab\n#html:true\n#notetype:Basic\n#deck:mockround\n#tags column:3\n";
    const auto histories = question_histories(rounds);
    for (const auto* h : weakest(histories)) {
        std::string back = "<ol>";
        const Question* q = bank.find(h->id);
        if (q)
            for (const auto& point : q->guide.key_points)
                back += "<li>" + anki_field(point) + "</li>";
        back += "</ol>";
        // an imported question: no guide, maybe the answer written with it
        if (q && q->guide.key_points.empty() && !q->reference.empty())
            back = anki_field(q->reference);
        out +=
            anki_field(h->text) + "\t" + back + "\tmockround " + h->section + " " + h->topic + "\n";
    }
    return out;
}

std::vector<RoundData> chosen_rounds(Context& context, const ExportOptions& options) {
    if (options.all == !options.ids.empty())
        throw UsageError("name the rounds to export, or give --all");
    if (options.all) return load_rounds(context, {});
    std::vector<RoundData> rounds;
    for (const auto& id : options.ids) rounds.push_back(load_round(context, id));
    return rounds;
}

void write_output(const std::string& text, const std::string& output) {
    if (output.empty() || output == "-") return fmt::print("{}", text);
    std::ofstream out(output, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out.flush()) store::throw_fs_error("cannot write", output, errno);
}

void export_rounds(Context& context, const ExportOptions& options) {
    const auto rounds = chosen_rounds(context, options);
    std::string text;
    if (options.format == "json") {
        json out = {{"format", 1}, {"rounds", json::array()}};
        for (const auto& r : rounds) out["rounds"].push_back(round_json(r));
        text = out.dump(2) + "\n";
    } else if (options.format == "csv") {
        text = csv(rounds);
    } else if (options.format == "anki") {
        text = anki(rounds, context.bank());
    } else {
        text = markdown(rounds, context.bank(), context.paths().rounds());
    }
    write_output(text, options.output);
}

}  // namespace

void setup_export(CLI::App& app, Context& context) {
    auto options = std::make_shared<ExportOptions>();
    CLI::App* sub = app.add_subcommand("export", "Export rounds: md, json, csv or anki");
    sub->add_option("ids", options->ids, "Round ids");
    sub->add_flag("--all", options->all, "Every round");
    sub->add_option("--format", options->format, "md, json, csv or anki")
        ->required()
        ->check(CLI::IsMember({"md", "json", "csv", "anki"}));
    sub->add_option("-o,--output", options->output, "Write to this file (default: stdout)");
    sub->footer(
        "csv: one row per question asked. anki: Anki's text import, one note per weak question\n"
        "(front: the question, back: its key points).\n"
        "Examples:\n  mockround export --all --format csv -o rounds.csv\n"
        "  mockround export 2026-11-24-0712-fresher --format md");
    sub->callback([&context, options] { export_rounds(context, *options); });
}

}  // namespace mockround::cli
