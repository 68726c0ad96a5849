#include "store/bank_loader.hpp"

#include <algorithm>
#include <cerrno>
#include <fstream>

#include "store/yaml_checker.hpp"

namespace mockround::store {

namespace {
bool valid_id(const std::string& id) {
    auto plain = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    return !id.empty() && plain(id[0]) && std::all_of(id.begin(), id.end(), [&](char c) {
        return plain(c) || c == '_' || c == '.' || c == '-';
    });
}
}  // namespace

// Walks one file's tree; lives only while that file is read.
class BankFileReader {
  public:
    BankFileReader(BankLoader& loader, const std::string& file) : loader_(loader), check_(file) {}

    void read(const std::string& text) {
        const YAML::Node root = check_.parse(text);
        if (root.IsDefined() && check_.expect_map(root, "a bank file")) {
            check_.check_keys(root, {"format", "sections"}, {"format", "sections"}, "a bank file");
            check_.integer(root, "format", 1, 1);
            if (root["sections"] && check_.expect_sequence(root["sections"], "'sections'"))
                for (const auto& section : root["sections"]) read_section(section);
        }
        auto& found = check_.diagnostics();
        loader_.diagnostics_.insert(loader_.diagnostics_.end(), found.begin(), found.end());
    }

  private:
    BankLoader& loader_;
    YamlChecker check_;

    std::optional<std::string> id_of(const YAML::Node& node, std::string_view what) {
        auto id = check_.text(node, "id");
        if (id && !valid_id(*id)) {
            check_.error(node["id"], std::string(what) + " id '" + *id +
                                         "' must be lowercase letters, digits, '.', '_' or '-'");
            return std::nullopt;
        }
        return id;
    }

    void read_section(const YAML::Node& node) {
        if (!check_.expect_map(node, "a section")) return;
        check_.check_keys(node, {"id", "title", "topics"}, {"id", "title", "topics"}, "a section");
        auto id = id_of(node, "section");
        auto title = check_.text(node, "title");
        if (!id) return;  // a bad title still lets the questions be checked
        if (!loader_.bank_.find_section(*id))
            loader_.bank_.add_section({*id, title.value_or(""), {}});
        if (node["topics"] && check_.expect_sequence(node["topics"], "'topics'"))
            for (const auto& topic : node["topics"]) read_topic(*id, topic);
    }

    void read_topic(const std::string& section, const YAML::Node& node) {
        if (!check_.expect_map(node, "a topic")) return;
        check_.check_keys(node, {"id", "title", "questions"}, {"id", "title", "questions"},
                          "a topic");
        auto id = id_of(node, "topic");
        auto title = check_.text(node, "title");
        if (!id) return;
        loader_.bank_.add_topic(section, {*id, title.value_or("")});
        if (node["questions"] && check_.expect_sequence(node["questions"], "'questions'"))
            for (const auto& question : node["questions"]) read_question(section, *id, question);
    }

    void read_question(const std::string& section, const std::string& topic,
                       const YAML::Node& node) {
        if (!check_.expect_map(node, "a question")) return;
        check_.check_keys(node,
                          {"id", "text", "kind", "level", "minutes", "same_as", "key_points",
                           "follow_ups", "pitfalls", "example", "reference"},
                          {"id", "text", "kind", "level", "minutes"}, "a question");
        Question q;
        q.section = section;
        q.topic = topic;
        auto id = id_of(node, "question");
        auto text = check_.text(node, "text");
        auto kind =
            enum_field(node, "kind", parse_kind, "concept, compare, scenario, coding, design");
        auto level = enum_field(node, "level", parse_level, "fresher, mid, senior");
        auto minutes = check_.integer(node, "minutes", 1, 60);
        read_guide(node, q.guide);
        if (node["same_as"]) q.same_as = check_.text(node, "same_as").value_or("");
        if (node["reference"]) q.reference = check_.text(node, "reference").value_or("");
        if (!id || !claim(*id, node)) return;
        if (!text || !kind || !level || !minutes) return;
        q.id = *id;
        q.text = *text;
        q.kind = *kind;
        q.level = *level;
        q.minutes = static_cast<int>(*minutes);
        add(std::move(q), node);
    }

    template <typename Parse>
    auto enum_field(const YAML::Node& node, const char* key, Parse parse, const char* expected)
        -> decltype(parse(std::string_view{})) {
        auto value = check_.text(node, key);
        if (!value) return std::nullopt;
        auto parsed = parse(*value);
        if (!parsed)
            check_.error(node[key], std::string("'") + key + "' must be one of " + expected +
                                        ", not '" + *value + "'");
        return parsed;
    }

    void read_guide(const YAML::Node& node, Guide& guide) {
        guide.key_points = check_.string_list(node, "key_points", 3, 6).value_or(guide.key_points);
        guide.follow_ups = check_.string_list(node, "follow_ups", 1, 3).value_or(guide.follow_ups);
        guide.pitfalls = check_.string_list(node, "pitfalls", 0, 2).value_or(guide.pitfalls);
        const YAML::Node example = node["example"];
        if (!example || !check_.expect_map(example, "'example'")) return;
        check_.check_keys(example, {"lang", "code"}, {"lang", "code"}, "an example");
        auto lang = check_.text(example, "lang");
        auto code = check_.text(example, "code");
        static const std::vector<std::string> langs = {"python", "sql", "mongodb", "bash", "text"};
        if (lang && std::find(langs.begin(), langs.end(), *lang) == langs.end())
            check_.error(example["lang"],
                         "'lang' must be one of python, sql, mongodb, bash, "
                         "text, not '" +
                             *lang + "'");
        else if (lang && code)
            guide.example = Example{*lang, *code};
    }

    // Records where an id is first used; false (and reported) when it was used before.
    bool claim(const std::string& id, const YAML::Node& node) {
        const std::string here = check_.file() + ":" + where(node["id"]);
        auto [it, fresh] = loader_.origins_.emplace(id, here);
        if (fresh) loader_.files_.emplace(id, check_.file());
        if (!fresh)
            check_.error(node["id"], "question id '" + id + "' is already used at " + it->second);
        return fresh;
    }

    void add(Question q, const YAML::Node& node) {
        if (!q.same_as.empty()) {
            const auto mark = node["same_as"].Mark();
            loader_.links_.push_back(
                {q.id, q.same_as, {check_.file(), mark.line + 1, mark.column + 1, ""}});
        }
        loader_.bank_.add_question(std::move(q));
    }
};

void BankLoader::add_text(const std::string& file, const std::string& text) {
    BankFileReader(*this, file).read(text);
}

void BankLoader::add_file(const std::filesystem::path& path) {
    add_text(path.string(), read_file(path));
}

Bank BankLoader::finish() {
    for (auto& link : links_) {
        if (link.to == link.from)
            link.at.message = "'same_as' of '" + link.from + "' names the question itself";
        else if (!origins_.count(link.to))
            link.at.message = "'same_as' of '" + link.from + "' names '" + link.to +
                              "', which is not in the bank";
        else
            continue;
        diagnostics_.push_back(link.at);
    }
    if (!diagnostics_.empty()) throw DataError(std::move(diagnostics_));
    return std::move(bank_);
}

std::string read_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw_fs_error("cannot read", path.string(), errno);
    std::error_code kind;
    // A directory opens as a stream and fails on the first read with a message of libstdc++'s.
    if (std::filesystem::is_directory(path, kind))
        throw_fs_error("cannot read", path.string(), EISDIR);
    // Sized up front, so a large file (the bank, its cache) is one read and no growing copies;
    // what a file without a size (a pipe) holds, or what was added meanwhile, follows.
    std::error_code error;
    const auto size = std::filesystem::file_size(path, error);  // -1 with an error: a pipe
    std::string text(error ? 0 : size, '\0');
    in.read(text.data(), static_cast<std::streamsize>(text.size()));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in) text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    return text;
}

namespace {

std::vector<std::filesystem::path> files_in(const std::filesystem::path& dir,
                                            std::initializer_list<std::string_view> extensions) {
    std::vector<std::filesystem::path> files;
    std::error_code error;
    for (const auto& entry : std::filesystem::directory_iterator(dir, error))
        if (std::find(extensions.begin(), extensions.end(), entry.path().extension().string()) !=
            extensions.end())
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    return files;
}

}  // namespace

std::vector<std::filesystem::path> yaml_files_in(const std::filesystem::path& dir) {
    return files_in(dir, {".yaml"});
}

std::vector<std::filesystem::path> config_files_in(const std::filesystem::path& dir) {
    return files_in(dir, {".yaml", ".yml"});
}

Bank load_bank(const std::filesystem::path& shipped, const std::filesystem::path& user_dir) {
    BankLoader loader;
    loader.add_file(shipped);
    for (const auto& file : config_files_in(user_dir)) loader.add_file(file);
    return loader.finish();
}

MergedBank load_bank_skipping_invalid(const std::filesystem::path& shipped,
                                      const std::vector<std::filesystem::path>& user_files) {
    BankLoader with_shipped;
    with_shipped.add_file(shipped);
    std::map<std::string, std::string> texts;  // file -> text, read once
    for (const auto& file : user_files) texts[file.string()] = read_file(file);
    MergedBank merged;
    // Leaving a file out can break another's same_as to it: merge again until nothing fails.
    for (;;) {
        BankLoader loader = with_shipped;
        for (const auto& [file, text] : texts) loader.add_text(file, text);
        try {
            merged.bank = loader.finish();
            merged.file_of = loader.question_files();
            return merged;
        } catch (const DataError& error) {
            const auto& problems = error.diagnostics();
            if (std::any_of(problems.begin(), problems.end(),
                            [&](const Diagnostic& d) { return !texts.count(d.file); }))
                throw;  // the shipped bank itself: there is no bank without it
            for (const auto& problem : problems)
                if (texts.erase(problem.file))
                    merged.skipped.push_back(first_problem_of(problem.file, problems));
        }
    }
}

}  // namespace mockround::store
