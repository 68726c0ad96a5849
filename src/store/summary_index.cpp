#include "store/summary_index.hpp"

#include <sys/stat.h>

#include <cstring>
#include <stdexcept>

#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/binary_codec.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

// Bump when the encoding or RoundData changes: an older index is then ignored and rebuilt.
constexpr const char* header = "mockround-rounds-index 6\n";

using Writer = BinaryWriter;
using Reader = BinaryReader;

void encode_question(Writer& w, const QuestionRecord& q) {
    for (const auto* s : {&q.id, &q.section, &q.topic, &q.text, &q.note, &q.answer_text})
        w.text(*s);
    w.enumerated(q.scored_by);
    w.raw<std::int64_t>(q.budget.count());
    w.enumerated(q.state);
    w.raw<std::uint8_t>(static_cast<std::uint8_t>(q.answered | q.time_up << 1 | q.hint_used << 2));
    w.time(q.asked_at);
    w.raw<std::int64_t>(q.answer.count());
    w.raw<std::int64_t>(q.paused.count());
    w.number(q.score);
    w.number(q.self_score);
    w.list(q.suggested);
    w.list(q.covered);
    w.raw(static_cast<std::uint32_t>(q.follow_ups_asked.size()));
    for (int f : q.follow_ups_asked) w.raw<std::int32_t>(f);
    w.list(q.audio.files);
    w.raw<std::int64_t>(q.audio.length.count());
    w.raw<std::int32_t>(q.audio.overruns);
}

QuestionRecord decode_question(Reader& r) {
    QuestionRecord q;
    for (auto* s : {&q.id, &q.section, &q.topic, &q.text, &q.note, &q.answer_text}) *s = r.text();
    q.scored_by = r.enumerated(Scorer::interviewer);
    q.budget = std::chrono::seconds(r.raw<std::int64_t>());
    q.state = r.enumerated(QuestionState::skipped);
    const auto flags = r.raw<std::uint8_t>();
    q.answered = flags & 1, q.time_up = flags & 2, q.hint_used = flags & 4;
    q.asked_at = r.time();
    q.answer = Micros(r.raw<std::int64_t>());
    q.paused = Micros(r.raw<std::int64_t>());
    q.score = r.number();
    q.self_score = r.number();
    q.suggested = r.list();
    q.covered = r.list();
    q.follow_ups_asked.resize(r.raw<std::uint32_t>() % 64);
    for (auto& f : q.follow_ups_asked) f = r.raw<std::int32_t>();
    q.audio.files = r.list();
    q.audio.length = Micros(r.raw<std::int64_t>());
    q.audio.overruns = r.raw<std::int32_t>();
    return q;
}

std::string encode(const RoundData& round) {
    std::string out;
    Writer w(out);
    const RoundInfo& i = round.info;
    for (const auto* s : {&i.id, &i.profile}) w.text(*s);
    w.enumerated(i.mode);
    w.enumerated(i.focus);
    w.raw(i.seed);
    w.enumerated(i.status);
    w.enumerated(i.overtime);
    w.time(i.started_at);
    w.time(i.ended_at);
    w.raw<std::int64_t>(i.round_length.count());
    w.raw<std::int64_t>(i.elapsed.count());
    w.raw<std::uint8_t>(i.paused);
    w.raw<std::uint8_t>(i.self_score_too);
    w.raw(static_cast<std::uint32_t>(round.questions.size()));
    for (const auto& q : round.questions) encode_question(w, q);
    return out;
}

RoundData decode(const std::string& bytes) {
    Reader r(bytes.data(), bytes.size());
    RoundData round;
    RoundInfo& i = round.info;
    for (auto* s : {&i.id, &i.profile}) *s = r.text();
    i.mode = r.enumerated(Mode::interviewer);
    i.focus = r.enumerated(Focus::plan);
    i.seed = r.raw<std::uint64_t>();
    i.status = r.enumerated(RoundStatus::abandoned);
    i.overtime = r.enumerated(Overtime::advance);
    i.started_at = *r.time();
    i.ended_at = r.time();
    i.round_length = std::chrono::seconds(r.raw<std::int64_t>());
    i.elapsed = Micros(r.raw<std::int64_t>());
    i.paused = r.raw<std::uint8_t>();
    i.self_score_too = r.raw<std::uint8_t>();
    round.questions.resize(r.raw<std::uint32_t>() % 10000);
    for (auto& q : round.questions) q = decode_question(r);
    if (!r.done()) throw std::out_of_range("summary index entry has trailing bytes");
    return round;
}

}  // namespace

FileStamp stamp_of(const fs::path& path) {
    struct stat st {};
    if (stat(path.c_str(), &st) != 0) return {};
    return {static_cast<std::uintmax_t>(st.st_size),
            static_cast<std::int64_t>(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec};
}

SummaryIndex::SummaryIndex(const fs::path& cache_dir) {
    if (cache_dir.empty()) return;
    file_ = cache_dir / "rounds.idx";
    std::string bytes;
    try {
        bytes = read_file(file_);
    } catch (const std::exception&) {
        changed_ = true;  // none yet
        return;
    }
    try {
        if (bytes.rfind(header, 0) != 0) throw std::out_of_range("not an index");
        Reader r(bytes.data() + std::strlen(header), bytes.size() - std::strlen(header));
        for (auto n = r.raw<std::uint64_t>(); n > 0; --n) {
            std::string name = r.text();
            FileStamp stamp{r.raw<std::uintmax_t>(), r.raw<std::int64_t>()};
            loaded_[std::move(name)] = {stamp, r.text()};
        }
    } catch (const std::exception&) {
        loaded_.clear();
        changed_ = true;
    }
}

std::optional<RoundData> SummaryIndex::find(const std::string& name, const FileStamp& stamp) {
    auto it = loaded_.find(name);
    if (it == loaded_.end() || !(it->second.first == stamp)) return std::nullopt;
    try {
        RoundData round = decode(it->second.second);
        loaded_.erase(it);
        return round;
    } catch (const std::exception&) {
        return std::nullopt;
    }
}

void SummaryIndex::save_if_changed(const std::vector<Entry>& entries) {
    // Entries left in loaded_ are for transcripts changed or gone: the index must drop them.
    if (file_.empty() || (!changed_ && loaded_.empty())) return;
    try {
        std::error_code ignored;
        fs::create_directories(file_.parent_path(), ignored);
        AtomicFile out(file_, false);
        std::string chunk = header;
        Writer(chunk).raw(static_cast<std::uint64_t>(entries.size()));
        for (const auto& entry : entries) {
            Writer w(chunk);
            w.text(entry.name);
            w.raw(entry.stamp.size);
            w.raw(entry.stamp.mtime_ns);
            w.text(encode(*entry.round));
            out.write(chunk);
            chunk.clear();
        }
        out.write(chunk);
        out.commit();
    } catch (const std::exception&) {
        // A cache that cannot be written only makes the next run slower.
    }
}

}  // namespace mockround::store
