// mockround bank import FILE [--name NAME] [--prefix P] [--dry-run] [--force]
#include <fmt/core.h>

#include <algorithm>
#include <map>
#include <memory>
#include <set>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "core/import_bank.hpp"
#include "core/import_parser.hpp"
#include "core/import_text.hpp"
#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/bank_writer.hpp"

namespace mockround::cli {

namespace {

namespace fs = std::filesystem;

constexpr std::uintmax_t max_import_bytes = std::uintmax_t{8} * 1024 * 1024;

struct ImportOptions {
    std::string file, name, prefix;
    bool dry_run = false, force = false;
};

// A file that is no question list: exit 3, nothing written.
class NotAList : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

std::string read_list(const std::string& file) {
    std::error_code error;
    const auto size = fs::file_size(file, error);
    const auto too_big = [&](std::uintmax_t bytes) {
        return NotAList(fmt::format("{} is {:.1f} MB; bank import reads files up to 8 MB", file,
                                    static_cast<double>(bytes) / (1024.0 * 1024.0)));
    };
    if (!error && size > max_import_bytes) throw too_big(size);
    std::string text = store::read_file(file);
    if (text.size() > max_import_bytes) throw too_big(text.size());
    if (text.compare(0, 3, "\xEF\xBB\xBF") == 0) text.erase(0, 3);
    const std::size_t nul = text.find('\0');
    const std::size_t bad = std::min(nul, import_text::invalid_utf8_at(text));
    if (bad != std::string::npos)
        throw NotAList(fmt::format(
            "{} is not text (binary data at byte {}); bank import reads Markdown or plain text",
            file, bad));
    if (import_text::trim(text).empty())
        throw NotAList(file + " is empty: there is nothing to import");
    return text;
}

bool plain_name(const std::string& name) {
    return !name.empty() &&
           std::all_of(name.begin(), name.end(),
                       [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                                  c == '_';
                       }) &&
           name[0] != '-' && name[0] != '_';
}

// "Backend Questions (2024).md" -> "backend-questions-2024".
std::string name_of_file(const std::string& file) {
    std::string name;
    for (const auto& word : import_text::words_of(fs::path(file).stem().string()))
        name += (name.empty() ? "" : "-") + word;
    if (name.empty())
        throw UsageError("the name of " + file + " has no letters or digits: give --name NAME");
    return name.substr(0, 40);
}

std::string checked_name(const std::string& given, const std::string& fallback, const char* what) {
    std::string name = given.empty() ? fallback : given;
    if (!plain_name(name))
        throw UsageError(
            fmt::format("{} '{}' must be lowercase letters, digits, '-' or '_'", what, name));
    return name;
}

// The questions of the previous import into this bank file: from the merged bank (its cache),
// or, when the file was left out of it with a problem, from the file itself.
std::vector<Question> previous_import(Context& context, const fs::path& target, bool force) {
    if (!fs::exists(target)) return {};
    auto from_bank = context.questions_from(target);
    if (!from_bank.empty()) return from_bank;
    try {
        store::BankLoader loader;
        loader.add_file(target);
        return loader.finish().questions();
    } catch (const store::DataError&) {
        if (!force)
            warn(target.string() +
                 " is not a valid bank: fix it, or --force replaces it without its ids");
        if (!force) throw;
        warn(target.string() + " is not a valid bank: --force replaces it, its ids are not kept");
        return {};
    }
}

// Ids the rest of the bank (shipped, other user files) already uses.
void check_ids_free(Context& context, const Bank& imported, const std::vector<Question>& previous) {
    std::set<std::string> ours;
    for (const auto& q : previous) ours.insert(q.id), ours.insert(q.section);
    const Bank& bank = context.bank();
    for (const auto& q : imported.questions())
        if (bank.find(q.id) && !ours.count(q.id))
            throw UsageError("question id '" + q.id +
                             "' is already in the bank (another file); choose another --prefix");
    for (const auto& s : imported.sections())
        if (bank.find_section(s.id) && !ours.count(s.id))
            throw UsageError("section id '" + s.id +
                             "' is already in the bank (another file); choose another --prefix");
}

std::string cut_line(const std::string& text, std::size_t width) {
    std::string line = text.substr(0, text.find('\n'));
    if (line.size() > width) line = line.substr(0, width - 3) + "...";
    return line;
}

void print_import_plan(const Bank& bank, const std::vector<int>& lines) {
    std::map<std::pair<std::string, std::string>, std::vector<std::size_t>> under;
    for (std::size_t i = 0; i < bank.questions().size(); ++i)
        under[{bank.questions()[i].section, bank.questions()[i].topic}].push_back(i);
    std::string out;
    for (const auto& section : bank.sections()) {
        out += fmt::format("\n{}  {}\n", section.id, section.title);
        for (const auto& topic : section.topics) {
            out += fmt::format("  {}  {}\n", topic.id, topic.title);
            for (std::size_t i : under[{section.id, topic.id}]) {
                const Question& q = bank.questions()[i];
                out += fmt::format("    line {:<5} {:<40} {:<8} {:<7} {:>2}m{}  {}\n", lines[i],
                                   q.id, to_string(q.kind), to_string(q.level), q.minutes,
                                   q.reference.empty() ? "  " : " +", cut_line(q.text, 70));
            }
        }
    }
    fmt::print("{}", out);
}

void print_skipped(const std::vector<SkippedLine>& skipped) {
    fmt::print("\nskipped {} line(s):\n", skipped.size());
    for (const auto& s : skipped)
        fmt::print("  line {:<5} {:<18} {}\n", s.line, s.reason, cut_line(s.text, 70));
}

void print_changes(const ImportResult& result) {
    for (const auto& r : result.reworded)
        fmt::print("reworded, keeps its id: {}\n  was: {}\n  now: {}\n", r.id,
                   cut_line(r.old_text, 100), cut_line(r.new_text, 100));
    for (const auto& q : result.removed)
        fmt::print("removed: {}  {}\n", q.id, cut_line(q.text, 100));
}

std::string change_counts(const ImportResult& result) {
    return fmt::format("{} new, {} kept, {} reworded (same id), {} removed", result.added.size(),
                       result.kept.size(), result.reworded.size(), result.removed.size());
}

void run_import(Context& context, const ImportOptions& options) {
    const std::string name = checked_name(
        options.name, options.name.empty() ? name_of_file(options.file) : "", "--name");
    const std::string prefix = checked_name(options.prefix, name, "--prefix");
    const fs::path target = context.paths().user_banks() / (name + ".yaml");
    ImportedList list;
    try {
        list = parse_question_list(read_list(options.file));
        if (list.questions.empty())
            throw NotAList(
                fmt::format("no questions found in {} ({} line(s) skipped: --dry-run "
                            "lists them with the reason)",
                            options.file, list.skipped.size()));
    } catch (const NotAList& e) {
        if (options.dry_run && !list.skipped.empty()) print_skipped(list.skipped);
        warn(std::string(e.what()) + "; nothing written");
        context.exit_code = exit_invalid_data;
        return;
    }
    const auto previous = previous_import(context, target, options.force);
    const ImportResult result = build_import(list, {prefix, name}, previous);
    check_ids_free(context, result.bank, previous);
    std::vector<int> lines;
    for (const auto& q : list.questions) lines.push_back(q.line);
    const std::string source = fs::path(options.file).filename().string();
    const std::string yaml = store::bank_yaml(
        result.bank,
        fmt::format("Imported by `mockround bank import` from {}.\nImport it again with "
                    "`mockround bank import {} --name {} --force`: unchanged questions\nkeep "
                    "their ids, and so do reworded ones with most of their words the same.",
                    source, source, name));
    if (options.dry_run) {
        print_import_plan(result.bank, lines);
        print_skipped(list.skipped);
        print_changes(result);
        fmt::print("\nwould import {} question(s) into {}: {}; nothing written (--dry-run)\n",
                   result.bank.questions().size(), target.string(), change_counts(result));
        return;
    }
    const bool exists = fs::exists(target);
    if (exists && store::read_file(target) == yaml)
        return void(fmt::print("{} is up to date: {} question(s)\n", target.string(),
                               result.bank.questions().size()));
    print_changes(result);
    if (exists && !options.force) {
        warn(fmt::format("{} exists: {}; --force replaces it (--dry-run shows the questions)",
                         target.string(), change_counts(result)));
        context.exit_code = exit_failure;
        return;
    }
    fs::create_directories(target.parent_path());
    store::write_atomically(target, yaml);
    fmt::print(
        "imported {} question(s) in {} section(s) into {}: {}; {} line(s) skipped "
        "(--dry-run lists them)\n",
        result.bank.questions().size(), result.bank.sections().size(), target.string(),
        change_counts(result), list.skipped.size());
}

}  // namespace

void setup_bank_import(CLI::App& bank, Context& context) {
    auto options = std::make_shared<ImportOptions>();
    CLI::App* sub =
        bank.add_subcommand("import", "Make a bank of a Markdown or plain-text list of questions");
    sub->add_option("file", options->file, "The list: Markdown (.md) or plain text")->required();
    sub->add_option("--name", options->name,
                    "The bank's name: banks/NAME.yaml (default: from the file's name)");
    sub->add_option("--prefix", options->prefix, "Ids are PREFIX.slug (default: the name)");
    sub->add_flag("--dry-run", options->dry_run,
                  "Print what would be imported and what is skipped, with line numbers");
    sub->add_flag("--force", options->force, "Replace the bank file of an earlier import");
    sub->footer(
        "Example: mockround bank import frontend-questions.md --name frontend --dry-run\n"
        "Importing again after the list changed keeps the ids of unchanged questions and of\n"
        "reworded ones with most of their words the same; --force writes it.");
    sub->callback([&context, options] { run_import(context, *options); });
}

}  // namespace mockround::cli
