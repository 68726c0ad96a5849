#include "store/transcript.hpp"

#include <sys/statvfs.h>
#include <unistd.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "core/answer_text.hpp"
#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/errors.hpp"
#include "store/local_time.hpp"
#include "store/yaml_checker.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

std::string seconds_text(Micros value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", seconds_of(value));
    return buffer;
}

// yaml-cpp 0.7 writes a literal block as a bare `|`: clip chomping, which reads back with
// exactly one final newline, and an indentation found from the first line, which takes that
// line's leading spaces for indentation. So the answer is written without its last newline and
// the header's indicators are put in once the emitter is done: `-` (strip) for an answer with
// no final newline, `+` (keep) for one with some, and the indentation when the text starts with
// a space or an empty line.
constexpr int emitter_indent = 2;  // also the block's indentation below its key

struct BlockHeader {
    std::size_t after_key;  // where the emitter stood once the key was written
    std::string indicators;
};

// A raw YAML stream may not carry C1 controls (NEL is a line break to YAML 1.1 readers such as
// PyYAML) or a byte order mark inside a document; in double quotes yaml-cpp escapes them.
bool fits_literal_block(const std::string& text) {
    for (std::size_t i = 0; i + 1 < text.size(); ++i) {
        const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
        if (byte(i) == 0xC2 && byte(i + 1) >= 0x80 && byte(i + 1) <= 0x9F) return false;
        if (byte(i) == 0xEF && i + 2 < text.size() && byte(i + 1) == 0xBB && byte(i + 2) == 0xBF)
            return false;
    }
    return true;
}

void emit_answer(YAML::Emitter& out, const std::string& text, std::vector<BlockHeader>& headers) {
    out << YAML::Key << "answer";
    if (!fits_literal_block(text)) return void(out << YAML::Value << YAML::DoubleQuoted << text);
    BlockHeader header{out.size(), ""};
    if (text.front() == ' ' || text.front() == '\n')
        header.indicators = std::to_string(emitter_indent);
    const bool final_newline = text.back() == '\n';
    header.indicators += final_newline ? '+' : '-';
    out << YAML::Value << YAML::Literal << (final_newline ? text.substr(0, text.size() - 1) : text);
    headers.push_back(std::move(header));
}

void add_block_indicators(std::string& yaml, const std::vector<BlockHeader>& headers) {
    for (auto it = headers.rbegin(); it != headers.rend(); ++it)  // later places first
        yaml.insert(yaml.find('|', it->after_key) + 1, it->indicators);
}

void emit_progress(YAML::Emitter& out, const QuestionRecord& q) {
    if (q.asked_at)
        out << YAML::Key << "asked_at" << YAML::Value << YAML::DoubleQuoted
            << iso_local(*q.asked_at);
    out << YAML::Key << "answered" << YAML::Value << q.answered;
    out << YAML::Key << "time_up" << YAML::Value << q.time_up;
    out << YAML::Key << "answer_seconds" << YAML::Value << seconds_text(q.answer);
    out << YAML::Key << "paused_seconds" << YAML::Value << seconds_text(q.paused);
    out << YAML::Key << "overtime_seconds" << YAML::Value << seconds_text(q.overtime());
    if (q.score) {
        out << YAML::Key << "score" << YAML::Value << *q.score;
        out << YAML::Key << "scored_by" << YAML::Value << std::string(to_string(q.scored_by));
    }
    if (q.self_score) out << YAML::Key << "self_score" << YAML::Value << *q.self_score;
    if (!q.suggested.empty())
        out << YAML::Key << "suggested" << YAML::Value << YAML::Flow << q.suggested;
    if (!q.covered.empty()) out << YAML::Key << "covered" << YAML::Value << YAML::Flow << q.covered;
    if (!q.follow_ups_asked.empty())
        out << YAML::Key << "follow_ups_asked" << YAML::Value << YAML::Flow << q.follow_ups_asked;
    if (q.hint_used) out << YAML::Key << "hint_used" << YAML::Value << true;
    // Quoted always: a plain `note: yes`, `note: 123` or `note: 2026-11-24` reads back as a
    // boolean, a number or a date in other YAML readers (PyYAML), not the text typed.
    if (!q.note.empty()) out << YAML::Key << "note" << YAML::Value << YAML::DoubleQuoted << q.note;
    if (!q.undone.empty()) out << YAML::Key << "undone" << YAML::Value << YAML::Flow << q.undone;
    if (!q.audio.files.empty()) {
        out << YAML::Key << "audio" << YAML::Value << YAML::Flow << q.audio.files;
        out << YAML::Key << "audio_seconds" << YAML::Value << seconds_text(q.audio.length);
        out << YAML::Key << "audio_overruns" << YAML::Value << q.audio.overruns;
    }
}

void emit_question(YAML::Emitter& out, const QuestionRecord& q, std::vector<BlockHeader>& headers) {
    out << YAML::BeginMap;
    out << YAML::Key << "id" << YAML::Value << q.id;
    // Optional when read, so a transcript without them must not be written back with empty
    // values it would then refuse (found by fuzz_transcript).
    if (!q.section.empty()) out << YAML::Key << "section" << YAML::Value << q.section;
    if (!q.topic.empty()) out << YAML::Key << "topic" << YAML::Value << q.topic;
    out << YAML::Key << "text" << YAML::Value << q.text;
    out << YAML::Key << "budget_seconds" << YAML::Value << q.budget.count();
    out << YAML::Key << "state" << YAML::Value << std::string(to_string(q.state));
    // A pending question that was asked before (an undo took the round back) keeps its times.
    if (q.state != QuestionState::pending || q.asked_at) emit_progress(out, q);
    // Last: the longest value, read after the question's outcome.
    if (!q.answer_text.empty()) emit_answer(out, q.answer_text, headers);
    out << YAML::EndMap;
}

}  // namespace

std::string render_transcript(const RoundInfo& info, const std::vector<QuestionRecord>& questions) {
    YAML::Emitter out;
    out.SetIndent(emitter_indent);
    std::vector<BlockHeader> headers;
    out << YAML::BeginMap;
    out << YAML::Key << "format" << YAML::Value << transcript_format;
    out << YAML::Key << "id" << YAML::Value << info.id;
    out << YAML::Key << "profile" << YAML::Value << info.profile;
    out << YAML::Key << "mode" << YAML::Value << std::string(to_string(info.mode));
    out << YAML::Key << "seed" << YAML::Value << info.seed;
    out << YAML::Key << "status" << YAML::Value << std::string(to_string(info.status));
    out << YAML::Key << "overtime" << YAML::Value << std::string(to_string(info.overtime));
    out << YAML::Key << "started_at" << YAML::Value << YAML::DoubleQuoted
        << iso_local(info.started_at);
    if (info.ended_at)
        out << YAML::Key << "ended_at" << YAML::Value << YAML::DoubleQuoted
            << iso_local(*info.ended_at);
    out << YAML::Key << "round_seconds" << YAML::Value << info.round_length.count();
    out << YAML::Key << "elapsed_seconds" << YAML::Value << seconds_text(info.elapsed);
    out << YAML::Key << "paused" << YAML::Value << info.paused;
    if (info.self_score_too) out << YAML::Key << "self_score_too" << YAML::Value << true;
    if (info.focus != Focus::none)
        out << YAML::Key << "focus" << YAML::Value << std::string(to_string(info.focus));
    out << YAML::Key << "questions" << YAML::Value << YAML::BeginSeq;
    for (const auto& q : questions) emit_question(out, q, headers);
    out << YAML::EndSeq << YAML::EndMap;
    std::string yaml = out.c_str();
    add_block_indicators(yaml, headers);
    return yaml + "\n";
}

namespace {

class TranscriptReader {
  public:
    explicit TranscriptReader(const std::string& file) : check_(file) {}

    Transcript read(const std::string& text) {
        Transcript t;
        const YAML::Node root = check_.parse(text);
        if (root.IsDefined() && check_.expect_map(root, "a transcript")) read_root(root, t);
        check_.throw_if_failed();
        return t;
    }

  private:
    YamlChecker check_;

    void read_root(const YAML::Node& root, Transcript& t) {
        if (auto format = check_.integer(root, "format", 1, 1'000'000); format && *format > 1)
            return check_.error(root["format"], "written by a newer mockround (format " +
                                                    std::to_string(*format) +
                                                    "); upgrade to read it");
        // Only required keys are checked: fields added by later versions are welcome.
        check_.check_required(root,
                              {"format", "id", "profile", "seed", "status", "started_at",
                               "round_seconds", "elapsed_seconds", "questions"},
                              "a transcript");
        RoundInfo& info = t.info;
        info.id = check_.text(root, "id").value_or("");
        info.profile = check_.text(root, "profile").value_or("");
        info.mode = enum_of(root, "mode", parse_mode, Mode::solo);
        info.seed =
            static_cast<std::uint64_t>(check_.integer(root, "seed", 0, INT64_MAX).value_or(0));
        info.status = enum_of(root, "status", parse_round_status, RoundStatus::in_progress);
        info.overtime = enum_of(root, "overtime", parse_overtime, Overtime::keep_answering);
        info.started_at = time_of(root, "started_at").value_or(WallTime{});
        info.ended_at = time_of(root, "ended_at");
        info.round_length =
            std::chrono::seconds(check_.integer(root, "round_seconds", 1, 86400LL * 7).value_or(1));
        info.elapsed = seconds_of(root, "elapsed_seconds");
        info.paused = flag_of(root, "paused");
        info.self_score_too = flag_of(root, "self_score_too");
        info.focus = enum_of(root, "focus", parse_focus, Focus::none);
        const YAML::Node questions = root["questions"];
        if (questions && check_.expect_sequence(questions, "'questions'"))
            for (const auto& q : questions) t.questions.push_back(read_question(q));
    }

    QuestionRecord read_question(const YAML::Node& node) {
        QuestionRecord q;
        if (!check_.expect_map(node, "a question")) return q;
        check_.check_required(node, {"id", "text", "budget_seconds", "state"}, "a question");
        q.id = check_.text(node, "id").value_or("");
        q.section = check_.text(node, "section").value_or("");
        q.topic = check_.text(node, "topic").value_or("");
        q.text = check_.text(node, "text").value_or("");
        q.budget =
            std::chrono::seconds(check_.integer(node, "budget_seconds", 1, 86400).value_or(1));
        q.state = enum_of(node, "state", parse_question_state, QuestionState::pending);
        q.asked_at = time_of(node, "asked_at");
        q.answered = flag_of(node, "answered");
        q.time_up = flag_of(node, "time_up");
        q.answer = seconds_of(node, "answer_seconds");
        q.paused = seconds_of(node, "paused_seconds");
        if (node["score"]) q.score = check_.integer(node, "score", 0, max_score);
        q.scored_by = enum_of(node, "scored_by", parse_scorer, Scorer::self);
        if (node["self_score"]) q.self_score = check_.integer(node, "self_score", 0, max_score);
        q.suggested = letters_of(node, "suggested");
        q.covered = letters_of(node, "covered");
        q.follow_ups_asked = numbers_of(node, "follow_ups_asked");
        q.hint_used = flag_of(node, "hint_used");
        if (node["note"]) q.note = node["note"].IsScalar() ? node["note"].Scalar() : "";
        q.undone = texts_of(node, "undone");
        q.audio = audio_of(node);
        q.answer_text = answer_of(node);
        if (q.state == QuestionState::scored && !q.score)
            check_.error(node, "a scored question needs a 'score'");
        return q;
    }

    AnswerAudio audio_of(const YAML::Node& node) {
        AnswerAudio audio{texts_of(node, "audio"), seconds_of(node, "audio_seconds"), 0};
        if (node["audio_overruns"])
            audio.overruns = static_cast<int>(
                check_.integer(node, "audio_overruns", 0, 1'000'000'000).value_or(0));
        for (const auto& file : audio.files)
            if (file.empty() || file.find('/') != std::string::npos || file[0] == '.')
                check_.error(node["audio"],
                             "'audio' names files beside the transcript, not '" + file + "'");
        return audio;
    }

    // Cleaned like typed text: a transcript edited by hand may hold anything.
    std::string answer_of(const YAML::Node& map) {
        const YAML::Node node = map["answer"];
        if (!node || node.IsNull()) return "";
        if (!node.IsScalar()) {
            check_.error(node, "'answer' must be text");
            return "";
        }
        return clean_answer(node.Scalar()).text;
    }

    template <typename Parse, typename Enum>
    Enum enum_of(const YAML::Node& map, const char* key, Parse parse, Enum fallback) {
        auto text = check_.text(map, key);
        if (!text) return fallback;
        auto value = parse(*text);
        if (!value)
            check_.error(map[key],
                         std::string("'") + key + "' has an unknown value '" + *text + "'");
        return value.value_or(fallback);
    }

    std::optional<WallTime> time_of(const YAML::Node& map, const char* key) {
        auto text = check_.text(map, key);
        if (!text) return std::nullopt;
        auto time = parse_iso(*text);
        if (!time)
            check_.error(map[key], std::string("'") + key +
                                       "' must be a time like 2026-11-24T07:12:03+01:00");
        return time;
    }

    Micros seconds_of(const YAML::Node& map, const char* key) {
        const YAML::Node node = map[key];
        if (!node) return Micros::zero();
        auto value = check_.number(node, 0);
        return Micros(value ? static_cast<long long>(std::llround(*value * 1e6)) : 0);
    }

    std::vector<std::string> texts_of(const YAML::Node& map, const char* key) {
        std::vector<std::string> texts;
        const YAML::Node node = map[key];
        if (!node || !check_.expect_sequence(node, std::string("'") + key + "'")) return texts;
        for (const auto& item : node) {
            if (item.IsScalar())
                texts.push_back(item.Scalar());
            else
                check_.error(item, std::string("'") + key + "' holds lines of text");
        }
        return texts;
    }

    std::vector<std::string> letters_of(const YAML::Node& map, const char* key) {
        std::vector<std::string> letters;
        const YAML::Node node = map[key];
        if (!node) return letters;
        if (!check_.expect_sequence(node, std::string("'") + key + "'")) return letters;
        for (const auto& item : node) {
            if (item.IsScalar() && item.Scalar().size() == 1 && item.Scalar()[0] >= 'a' &&
                item.Scalar()[0] <= 'z')
                letters.push_back(item.Scalar());
            else
                check_.error(item,
                             std::string("'") + key + "' holds key point letters such as a, c");
        }
        return letters;
    }

    std::vector<int> numbers_of(const YAML::Node& map, const char* key) {
        std::vector<int> numbers;
        const YAML::Node node = map[key];
        if (!node || !check_.expect_sequence(node, std::string("'") + key + "'")) return numbers;
        for (const auto& item : node) {
            int value = 0;
            if (item.IsScalar() && YAML::convert<int>::decode(item, value) && value >= 1 &&
                value <= 10)
                numbers.push_back(value);
            else
                check_.error(item, std::string("'") + key + "' holds numbers from 1 to 10");
        }
        return numbers;
    }

    bool flag_of(const YAML::Node& map, const char* key) {
        const YAML::Node node = map[key];
        bool value = false;
        if (node && (!node.IsScalar() || !YAML::convert<bool>::decode(node, value)))
            check_.error(node, std::string("'") + key + "' must be true or false");
        return value;
    }
};

}  // namespace

Transcript parse_transcript(const std::string& file, const std::string& text) {
    return TranscriptReader(file).read(text);
}

bool valid_round_id(const std::string& id) {
    if (id.empty() || id.size() > 128 || id[0] == '.' || id[0] == '-') return false;
    return std::all_of(id.begin(), id.end(),
                       [](char c) {
                           return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
                                  (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
                       }) &&
           id.find("..") == std::string::npos;
}

void TranscriptStore::prepare() const {
    std::error_code error;
    fs::create_directories(dir_, error);
    if (error) throw FsError("cannot create " + dir_.string() + ": " + error.message());
    fs::permissions(dir_, fs::perms::owner_all, error);
    if (access(dir_.c_str(), W_OK | X_OK) != 0)
        throw_fs_error("cannot write to", dir_.string(), errno);
    struct statvfs space {};
    constexpr unsigned long long needed = 1 << 20;
    if (statvfs(dir_.c_str(), &space) == 0 &&
        static_cast<unsigned long long>(space.f_bavail) * space.f_frsize < needed)
        throw FsError("no room left in " + dir_.string() +
                      " (a round needs 1 MB); free some space");
}

std::string TranscriptStore::new_id(WallTime started, const std::string& profile) const {
    const std::string base = format_local(started, "%Y-%m-%d-%H%M") + "-" + profile;
    std::string id = base;
    for (int n = 2; exists(id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

fs::path TranscriptStore::path_of(const std::string& id) const {
    return dir_ / (id + ".yaml");
}

bool TranscriptStore::exists(const std::string& id) const {
    return fs::exists(path_of(id));
}

void TranscriptStore::save(const RoundInfo& info,
                           const std::vector<QuestionRecord>& questions) const {
    write_atomically(path_of(info.id), render_transcript(info, questions));
}

Transcript TranscriptStore::load(const std::string& id) const {
    const fs::path path = path_of(id);
    return parse_transcript(path.string(), read_file(path));
}

std::vector<std::string> TranscriptStore::ids() const {
    std::vector<std::string> ids;
    for (const auto& path : yaml_files_in(dir_))
        if (valid_round_id(path.stem().string())) ids.push_back(path.stem().string());
    return ids;
}

std::optional<std::string> TranscriptStore::latest_in_progress() const {
    // Latest by last activity: a transcript is rewritten on every event.
    std::vector<std::pair<fs::file_time_type, std::string>> by_time;
    std::error_code error;
    for (const auto& id : ids()) by_time.emplace_back(fs::last_write_time(path_of(id), error), id);
    std::sort(by_time.rbegin(), by_time.rend());
    for (const auto& [time, id] : by_time) {
        try {
            if (load(id).info.status == RoundStatus::in_progress) return id;
        } catch (const std::exception&) {
            // An unreadable transcript is not a round to resume; review reports it.
        }
    }
    return std::nullopt;
}

}  // namespace mockround::store
