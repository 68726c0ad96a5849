// mockround bank list|show|search|stats|validate|match (import: bank_import_cmd.cpp)
#include <fmt/core.h>

#include <algorithm>
#include <iostream>
#include <iterator>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "cli/review.hpp"
#include "core/duration.hpp"
#include "core/matcher.hpp"
#include "core/schedule.hpp"
#include "core/stats.hpp"
#include "store/bank_loader.hpp"
#include "store/history.hpp"
#include "store/local_time.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct BankOptions {
    std::string section, level, kind, id, text, answer_file = "-";
    std::vector<std::string> files;
    bool json = false;
};

json question_json(const Question& q, const Bank& bank, bool with_guide) {
    json j = {{"id", q.id},          {"section", q.section},      {"topic", q.topic},
              {"text", q.text},      {"kind", to_string(q.kind)}, {"level", to_string(q.level)},
              {"minutes", q.minutes}};
    if (const Topic* topic = bank.find_topic(q.section, q.topic)) j["topic_title"] = topic->title;
    if (const Section* section = bank.find_section(q.section)) j["section_title"] = section->title;
    if (!q.same_as.empty()) j["same_as"] = q.same_as;
    if (with_guide) {
        j["key_points"] = q.guide.key_points;
        j["follow_ups"] = q.guide.follow_ups;
        j["pitfalls"] = q.guide.pitfalls;
        if (q.guide.example)
            j["example"] = {{"lang", q.guide.example->lang}, {"code", q.guide.example->code}};
        else
            j["example"] = nullptr;
        j["reference"] = q.reference.empty() ? json(nullptr) : json(q.reference);
    }
    return j;
}

std::string first_line(const std::string& text, std::size_t width) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() > width) line = line.substr(0, width - 3) + "...";
    return line;
}

void print_questions(Context& context, const std::vector<const Question*>& questions,
                     bool as_json) {
    const Bank& bank = context.bank();
    if (as_json) {
        json list = json::array();
        for (const auto* q : questions) list.push_back(question_json(*q, bank, false));
        fmt::print("{}\n", list.dump(2));
        return;
    }
    const term::Style style = context.out_style();
    for (const auto* q : questions)
        fmt::print("{} {:<8} {:<7} {:>2}m  {}\n", style.cyan(fmt::format("{:<34}", q->id)),
                   to_string(q->kind), to_string(q->level), q->minutes, first_line(q->text, 100));
    if (questions.empty()) warn("no question matches; `mockround bank stats` shows what is there");
}

template <typename Parse>
auto parse_filter(const std::string& value, Parse parse, const char* what) {
    auto parsed = parse(value);
    if (!value.empty() && !parsed) throw UsageError(fmt::format("'{}' is not a {}", value, what));
    return parsed;
}

void run_list(Context& context, const BankOptions& options) {
    const Bank& bank = context.bank();
    if (!options.section.empty() && !bank.find_section(options.section)) {
        std::vector<std::string> ids;
        for (const auto& s : bank.sections()) ids.push_back(s.id);
        throw UsageError("no section '" + options.section + "'" +
                         did_you_mean(options.section, ids));
    }
    auto level = parse_filter(options.level, parse_level, "level (fresher, mid, senior)");
    auto kind =
        parse_filter(options.kind, parse_kind, "kind (concept, compare, scenario, coding, design)");
    std::vector<const Question*> shown;
    for (const auto& q : bank.questions())
        if ((options.section.empty() || q.section == options.section) &&
            (!level || q.level == *level) && (!kind || q.kind == *kind))
            shown.push_back(&q);
    print_questions(context, shown, options.json);
}

const Question& find_question(Context& context, const std::string& id) {
    const Bank& bank = context.bank();
    if (const Question* q = bank.find(id)) return *q;
    std::vector<std::string> ids;
    for (const auto& q : bank.questions()) ids.push_back(q.id);
    throw UsageError("no question '" + id + "'" + did_you_mean(id, ids) +
                     "; `mockround bank search WORD` finds ids");
}

void print_bullets(const std::string& heading, const std::vector<std::string>& items,
                   const term::Style& style, bool lettered) {
    if (items.empty()) return;
    fmt::print("\n{}\n", style.bold(heading));
    for (std::size_t i = 0; i < items.size(); ++i)
        fmt::print("  {} {}\n", lettered ? std::string(1, char('a' + i)) + ")" : "-",
                   style.markdown(items[i]));
}

// Every time this question was asked, from the rounds on disk.
std::optional<QuestionHistory> history_of(Context& context, const std::string& id) {
    store::History history = store::load_history(context.paths().rounds(), context.paths().cache);
    for (auto& h : question_histories(history.rounds))
        if (h.id == id) return std::move(h);
    return std::nullopt;
}

json history_json(const std::optional<QuestionHistory>& history) {
    json attempts = json::array();
    if (!history) return attempts;
    for (const auto& a : history->attempts)
        attempts.push_back({{"round", a.round},
                            {"at", store::iso_local(a.at)},
                            {"score", a.score ? json(*a.score) : json(nullptr)},
                            {"answer_seconds", seconds_of(a.answer)},
                            {"budget_seconds", a.budget.count()},
                            {"time_up", a.time_up},
                            {"hint_used", a.hint_used}});
    return attempts;
}

// "stability 12.3 days, difficulty 5.1 of 10, recall now 87%, 4 reviews, 1 lapse"
void print_review(const ReviewState& state, const FsrsParams& params) {
    const WallTime now = std::chrono::system_clock::now();
    if (state.reps == 0)
        return void(fmt::print("  not scheduled: asked only in `--focus weak` rounds\n"));
    fmt::print(
        "  stability {:.1f} days, difficulty {:.1f} of 10, recall now {:.0f}%, {} review{}, "
        "{} lapse{}\n",
        state.stability, state.difficulty, retrievability(state, now, params) * 100, state.reps,
        state.reps == 1 ? "" : "s", state.lapses, state.lapses == 1 ? "" : "s");
    fmt::print("  next review {}{}\n", local_text(*state.due),
               is_due(state, now) ? " (due now)" : "");
}

void print_history(const std::optional<QuestionHistory>& history, const term::Style& style,
                   const FsrsParams& params) {
    fmt::print("\n{}\n", style.bold("Your history"));
    if (!history) return void(fmt::print("  never asked yet\n"));
    for (const auto& a : history->attempts)
        fmt::print("  {}  {:<7}  {} / {}{}{}\n", local_text(a.at),
                   a.score ? std::to_string(*a.score) + "/4" : std::string("skipped"),
                   format_clock(std::chrono::duration_cast<std::chrono::seconds>(a.answer)),
                   format_clock(a.budget), a.time_up ? "  time-up" : "",
                   a.hint_used ? "  hint" : "");
    print_review(history->schedule(params), params);
}

void run_show(Context& context, const BankOptions& options) {
    const Question& q = find_question(context, options.id);
    const Bank& bank = context.bank();
    const auto history = history_of(context, q.id);
    if (options.json) {
        json j = question_json(q, bank, true);
        j["history"] = history_json(history);
        const FsrsParams& params = context.fsrs();
        j["review"] = review_state_json(history ? history->schedule(params) : ReviewState{},
                                        std::chrono::system_clock::now(), params);
        fmt::print("{}\n", j.dump(2));
        return;
    }
    const term::Style style = context.out_style();
    const Section* section = bank.find_section(q.section);
    const Topic* topic = bank.find_topic(q.section, q.topic);
    fmt::print("{}  {} / {}\n", style.cyan(q.id), section->title, topic->title);
    fmt::print("{} · {} · about {} min\n\n", to_string(q.kind), to_string(q.level), q.minutes);
    fmt::print("{}\n", style.markdown(q.text));
    print_bullets("Key points", q.guide.key_points, style, true);
    print_bullets("Follow-ups", q.guide.follow_ups, style, false);
    print_bullets("Pitfalls", q.guide.pitfalls, style, false);
    if (q.guide.example)
        fmt::print("\n{}\n{}", style.bold("Example (" + q.guide.example->lang + ")"),
                   q.guide.example->code);
    if (q.guide.key_points.empty())
        fmt::print("\n{}\n", style.dim("No guide: a round scores it by the rubric."));
    if (!q.reference.empty())
        fmt::print("\n{}\n{}\n", style.bold("Reference answer"), style.markdown(q.reference));
    for (const auto& twin : bank.twins_of(q))
        fmt::print("\n{}\n", style.dim("The same question is also asked as " + twin));
    print_history(history, style, context.fsrs());
}

std::string lowercase(std::string text) {
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return text;
}

void run_search(Context& context, const BankOptions& options) {
    std::vector<std::string> words;
    std::string word;
    for (char c : lowercase(options.text) + " ")
        if (c == ' ') {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else if (c != '`') {
            word += c;
        }
    std::vector<const Question*> found;
    for (const auto& q : context.bank().questions()) {
        std::string haystack = lowercase(q.id + " " + q.text);
        haystack.erase(std::remove(haystack.begin(), haystack.end(), '`'), haystack.end());
        if (std::all_of(words.begin(), words.end(), [&](const std::string& w) {
                return haystack.find(w) != std::string::npos;
            }))
            found.push_back(&q);
    }
    print_questions(context, found, options.json);
}

template <typename Key>
json count_by(const Bank& bank, Key key) {
    std::map<std::string, int> counts;
    for (const auto& q : bank.questions()) ++counts[std::string(key(q))];
    return counts;
}

void run_stats(Context& context, const BankOptions& options) {
    const Bank& bank = context.bank();
    json sections = json::array();
    const auto unguided = [](const Question& q) { return q.guide.key_points.empty(); };
    for (const auto& s : bank.sections()) {
        long n = 0, without_guide = 0;
        for (const auto& q : bank.questions())
            if (q.section == s.id) ++n, without_guide += unguided(q);
        sections.push_back({{"id", s.id},
                            {"title", s.title},
                            {"topics", s.topics.size()},
                            {"questions", n},
                            {"without_guide", without_guide}});
    }
    const auto without_guide =
        std::count_if(bank.questions().begin(), bank.questions().end(), unguided);
    json stats = {{"questions", bank.questions().size()},
                  {"without_guide", without_guide},
                  {"sections", sections},
                  {"levels", count_by(bank, [](const Question& q) { return to_string(q.level); })},
                  {"kinds", count_by(bank, [](const Question& q) { return to_string(q.kind); })}};
    if (options.json) {
        fmt::print("{}\n", stats.dump(2));
        return;
    }
    const term::Style style = context.out_style();
    fmt::print(
        "{} questions in {} sections{}\n\n", style.bold(std::to_string(bank.questions().size())),
        bank.sections().size(),
        without_guide > 0
            ? fmt::format(", {} of them without a guide (scored by the rubric)", without_guide)
            : std::string());
    for (const auto& s : sections)
        fmt::print("  {:<16} {:>4}  {}\n", s["id"].get<std::string>(), s["questions"].get<int>(),
                   s["title"].get<std::string>());
    for (const char* group : {"levels", "kinds"}) {
        fmt::print("\n{}:", group);
        for (auto& [name, count] : stats[group].items())
            fmt::print("  {} {}", name, count.get<int>());
        fmt::print("\n");
    }
}

void run_validate(Context& context, const BankOptions& options) {
    if (options.files.empty()) {
        const Bank& bank = context.validated_bank();
        fmt::print("ok: {} questions in {} sections\n", bank.questions().size(),
                   bank.sections().size());
        return;
    }
    // Other banks may link to the shipped one, so they are checked merged with it.
    store::BankLoader loader;
    const auto shipped = std::filesystem::weakly_canonical(context.paths().questions());
    loader.add_file(shipped);
    for (const auto& file : options.files)
        if (std::filesystem::weakly_canonical(file) != shipped) loader.add_file(file);
    const Bank bank = loader.finish();
    fmt::print("ok: {} file(s), {} questions in all\n", options.files.size(),
               bank.questions().size());
}

// The answer to match: a file, or standard input for "-".
std::string read_answer(const std::string& file) {
    if (file != "-") return store::read_file(file);
    return {std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
}

void print_match(Context& context, const Question& q, const std::vector<PointMatch>& matches,
                 bool as_json) {
    if (as_json) {
        json covered = json::array(), evidence = json::object();
        for (const auto& m : matches) {
            if (m.covered) covered.push_back(m.letter);
            if (!m.evidence.empty()) evidence[m.letter] = m.evidence;
        }
        json j{{"id", q.id}, {"covered", covered}, {"evidence", evidence}};
        if (matches.empty()) j["note"] = "no key points: there is nothing to match";
        fmt::print("{}\n", j.dump(2));
        return;
    }
    if (matches.empty()) {
        fmt::print("{} has no key points: there is nothing to match\n", q.id);
        return;
    }
    const term::Style style = context.out_style();
    for (const auto& m : matches) {
        const std::size_t i = static_cast<std::size_t>(m.letter[0] - 'a');
        fmt::print("{} {}) {}\n", m.covered ? style.green("[x]") : "[ ]", m.letter,
                   q.guide.key_points[i]);
        std::string words;
        for (const auto& word : m.evidence) words += (words.empty() ? "" : ", ") + word;
        if (!words.empty())
            fmt::print("      {}\n",
                       style.dim(fmt::format("{:.0f} % of its terms: {}", m.share * 100, words)));
    }
}

void run_match(Context& context, const BankOptions& options) {
    // One question's counts from the cache match it as the whole bank's do, in a fraction of
    // the time it takes to load the bank.
    if (auto cached = context.cached_question(options.id)) {
        const KeyPointMatcher matcher(std::move(cached->point_terms));
        const auto matches = matcher.match(cached->question, read_answer(options.answer_file));
        print_match(context, cached->question, matches, options.json);
        return;
    }
    const Question& q = find_question(context, options.id);
    const auto matches = context.matcher().match(q, read_answer(options.answer_file));
    print_match(context, q, matches, options.json);
}

}  // namespace

void setup_bank(CLI::App& app, Context& context) {
    auto options = std::make_shared<BankOptions>();
    CLI::App* bank = app.add_subcommand("bank", "Browse and check the question bank");
    bank->require_subcommand(1);

    auto add = [&](const char* name, const char* help, auto run) {
        CLI::App* sub = bank->add_subcommand(name, help);
        sub->callback([&context, options, run] { run(context, *options); });
        return sub;
    };
    CLI::App* list = add("list", "List questions, optionally filtered", run_list);
    list->add_option("--section", options->section, "Only this section id");
    list->add_option("--level", options->level, "Only this level: fresher, mid, senior");
    list->add_option("--kind", options->kind,
                     "Only this kind: concept, compare, scenario, coding, design");
    list->add_flag("--json", options->json, "Print a JSON array");
    list->footer("Example: mockround bank list --section git --level fresher");

    CLI::App* show = add("show", "Show one question with its answer guide", run_show);
    show->add_option("id", options->id, "Question id, e.g. git.fetch-vs-pull")->required();
    show->add_flag("--json", options->json, "Print a JSON object");
    show->footer("Example: mockround bank show git.fetch-vs-pull");

    CLI::App* search =
        add("search", "Find questions whose text or id holds every word", run_search);
    search->add_option("text", options->text, "Words to look for (case-insensitive)")->required();
    search->add_flag("--json", options->json, "Print a JSON array");
    search->footer("Example: mockround bank search \"isolation level\"");

    CLI::App* stats = add("stats", "Count questions by section, level and kind", run_stats);
    stats->add_flag("--json", options->json, "Print a JSON object");
    stats->footer("Example: mockround bank stats --json");

    CLI::App* validate =
        add("validate", "Check bank files (default: the merged bank)", run_validate);
    // A missing file is the file system's error (exit 4), as for every file read, not usage.
    validate->add_option("files", options->files, "Bank files to check with the shipped bank");
    validate->footer("Example: mockround bank validate ~/.config/mockround/banks/mine.yaml");

    CLI::App* match = add("match", "Which key points a written answer covers, and why", run_match);
    match->add_option("id", options->id, "Question id, e.g. postgres.index-types")->required();
    match->add_option("file", options->answer_file, "The answer: a file, or - for stdin (default)");
    match->add_flag("--json", options->json, "Print {id, covered, evidence} as JSON");
    match->footer("Example: mockround bank match postgres.index-types answer.txt --json");

    setup_bank_import(*bank, context);
}

}  // namespace mockround::cli
