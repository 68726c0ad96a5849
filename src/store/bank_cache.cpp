#include "store/bank_cache.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>

#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/binary_codec.hpp"
#include "store/mapped_file.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view magic = "mockround-bank-cache 5\n";

}  // namespace

std::string source_stamp(const std::vector<fs::path>& sources) {
    std::string stamp;
    std::error_code error;
    for (const auto& path : sources) {
        const auto size = fs::file_size(path, error);
        const auto time = fs::last_write_time(path, error).time_since_epoch().count();
        stamp += path.string() + "|" + std::to_string(size) + "|" + std::to_string(time) + "\n";
    }
    return stamp;
}

namespace {

// The file, after the magic line and the stamp:
//   problems of the user files left out; sections with their topics;
//   a directory of questions (id, offset of its record in the records block);
//   the records block (its size first), one record a question;
//   the file each question came from: the files once, then an index per question;
//   the matcher's term counts: the number of key points, then the terms sorted, as offsets
//   into the entries block followed by that block ((term, count) entries).
// The directory and the sorted terms let one question be read with its counts without
// decoding the rest: what `bank match` needs.

void write_problems(BinaryWriter& w, const std::vector<Diagnostic>& problems) {
    w.raw(static_cast<std::uint32_t>(problems.size()));
    for (const auto& problem : problems) {
        w.text(problem.file);
        w.raw<std::int32_t>(problem.line);
        w.raw<std::int32_t>(problem.column);
        w.text(problem.message);
    }
}

void write_sections(BinaryWriter& w, const Bank& bank) {
    w.raw(static_cast<std::uint32_t>(bank.sections().size()));
    for (const auto& section : bank.sections()) {
        w.text(section.id);
        w.text(section.title);
        w.raw(static_cast<std::uint32_t>(section.topics.size()));
        for (const auto& topic : section.topics) w.text(topic.id), w.text(topic.title);
    }
}

void write_question(BinaryWriter& w, const Question& q) {
    for (const auto* field : {&q.id, &q.section, &q.topic, &q.text, &q.same_as, &q.reference})
        w.text(*field);
    w.enumerated(q.kind);
    w.enumerated(q.level);
    w.raw(static_cast<std::uint32_t>(q.minutes));
    w.list(q.guide.key_points);
    w.list(q.guide.follow_ups);
    w.list(q.guide.pitfalls);
    w.raw<std::uint32_t>(q.guide.example ? 1 : 0);
    if (q.guide.example) w.text(q.guide.example->lang), w.text(q.guide.example->code);
}

void write_questions(BinaryWriter& w, const Bank& bank) {
    std::string records;
    BinaryWriter record(records);
    w.raw(static_cast<std::uint32_t>(bank.questions().size()));
    for (const auto& q : bank.questions()) {
        w.text(q.id);
        w.raw(static_cast<std::uint32_t>(records.size()));
        write_question(record, q);
    }
    w.text(records);
}

void write_files(BinaryWriter& w, const MergedBank& merged) {
    std::map<std::string, std::uint32_t> index;
    std::vector<std::uint32_t> of;
    for (const auto& q : merged.bank.questions()) {
        const auto found = merged.file_of.find(q.id);
        const std::string& name = found == merged.file_of.end() ? std::string() : found->second;
        of.push_back(index.emplace(name, static_cast<std::uint32_t>(index.size())).first->second);
    }
    std::vector<std::string> names(index.size());
    for (const auto& [name, i] : index) names[i] = name;
    w.list(names);
    for (auto i : of) w.raw(i);
}

void write_point_terms(BinaryWriter& w, const PointTermCounts& counts) {
    std::vector<std::pair<std::string_view, int>> sorted(counts.frequency.begin(),
                                                         counts.frequency.end());
    std::sort(sorted.begin(), sorted.end());
    std::string entries;
    BinaryWriter entry(entries);
    w.raw<std::int32_t>(counts.points);
    w.raw(static_cast<std::uint32_t>(sorted.size()));
    for (const auto& [term, n] : sorted) {
        w.raw(static_cast<std::uint32_t>(entries.size()));
        entry.text(std::string(term));
        entry.raw<std::int32_t>(n);
    }
    w.text(entries);
}

}  // namespace

void write_bank_cache(const fs::path& file, const std::string& stamp, const MergedBank& merged) {
    std::string bytes(magic);
    BinaryWriter w(bytes);
    w.text(stamp);
    write_problems(w, merged.skipped);
    write_sections(w, merged.bank);
    write_questions(w, merged.bank);
    write_files(w, merged);
    write_point_terms(w, merged.point_terms ? *merged.point_terms : count_point_terms(merged.bank));
    try {
        fs::create_directories(file.parent_path());
        write_atomically(file, bytes, false);
    } catch (const std::exception&) {
    }
}

namespace {

Question read_question(BinaryReader& r) {
    Question q;
    for (auto* field : {&q.id, &q.section, &q.topic, &q.text, &q.same_as, &q.reference})
        *field = r.text();
    q.kind = r.enumerated(Kind::design);
    q.level = r.enumerated(Level::senior);
    q.minutes = static_cast<int>(r.raw<std::uint32_t>());
    q.guide.key_points = r.list();
    q.guide.follow_ups = r.list();
    q.guide.pitfalls = r.list();
    if (r.raw<std::uint32_t>() == 1) {
        Example example;
        example.lang = r.text();
        example.code = r.text();
        q.guide.example = std::move(example);
    }
    return q;
}

std::vector<Diagnostic> read_problems(BinaryReader& r) {
    std::vector<Diagnostic> problems;
    for (auto n = r.raw<std::uint32_t>(); n > 0; --n) {
        Diagnostic& problem = problems.emplace_back();
        problem.file = r.text();
        problem.line = r.raw<std::int32_t>();
        problem.column = r.raw<std::int32_t>();
        problem.message = r.text();
    }
    return problems;
}

std::vector<Section> read_sections(BinaryReader& r) {
    std::vector<Section> sections;
    for (auto s = r.raw<std::uint32_t>(); s > 0; --s) {
        Section& section = sections.emplace_back(Section{r.text(), r.text(), {}});
        for (auto t = r.raw<std::uint32_t>(); t > 0; --t)
            section.topics.push_back({r.text(), r.text()});
    }
    return sections;
}

// Where each block of the file starts, read past everything before it.
struct CacheLayout {
    std::vector<Diagnostic> skipped;
    std::vector<Section> sections;
    std::vector<std::pair<std::string_view, std::uint32_t>> directory;  // id, record offset
    std::size_t records = 0, records_end = 0;                           // the records block
};

// Past the magic line: nullopt when the cache was built from other sources.
std::optional<CacheLayout> read_layout(BinaryReader& r, const std::string& stamp) {
    if (r.text_view() != stamp) return std::nullopt;
    CacheLayout layout{read_problems(r), read_sections(r), {}, 0, 0};
    for (auto n = r.raw<std::uint32_t>(); n > 0; --n) {
        const std::string_view id = r.text_view();
        layout.directory.emplace_back(id, r.raw<std::uint32_t>());
    }
    layout.records_end = r.text_view().size();
    layout.records = r.at() - layout.records_end;
    layout.records_end += layout.records;
    return layout;
}

void read_files(BinaryReader& r, MergedBank& merged) {
    const std::vector<std::string> names = r.list();
    for (const auto& q : merged.bank.questions()) {
        const auto i = r.raw<std::uint32_t>();
        if (i >= names.size()) throw std::out_of_range("bank cache: no file " + std::to_string(i));
        if (!names[i].empty()) merged.file_of.emplace(q.id, names[i]);
    }
}

// Past the files block, to the terms: one question's read needs no file names.
void skip_files(BinaryReader& r, std::size_t questions) {
    for (auto n = r.raw<std::uint32_t>(); n > 0; --n) r.text_view();
    r.seek(r.at() + questions * sizeof(std::uint32_t));
}

// The terms block, read in full.
PointTermCounts read_point_terms(BinaryReader& r) {
    PointTermCounts counts;
    counts.points = r.raw<std::int32_t>();
    const auto n = r.raw<std::uint32_t>();
    for (auto i = n; i > 0; --i) r.raw<std::uint32_t>();
    const std::size_t size = r.raw<std::uint32_t>(), end = r.at() + size;
    counts.frequency.reserve(n);
    while (r.at() < end) {
        std::string term = r.text();
        counts.frequency.emplace(std::move(term), r.raw<std::int32_t>());
    }
    return counts;
}

// The counts of `terms` alone, found by binary search in the sorted terms block.
PointTermCounts read_point_terms_of(BinaryReader& r, const std::vector<std::string>& terms) {
    PointTermCounts counts;
    counts.points = r.raw<std::int32_t>();
    const auto n = r.raw<std::uint32_t>();
    const std::size_t offsets = r.at();
    r.seek(offsets + std::size_t{n} * sizeof(std::uint32_t));
    const std::size_t size = r.raw<std::uint32_t>(), entries = r.at();
    // A damaged offset must not send the search elsewhere in the file: it stays in the block.
    const auto entry = [&](std::size_t i) {
        r.seek(offsets + i * sizeof(std::uint32_t));
        const std::size_t at = r.raw<std::uint32_t>();
        if (at >= size) throw std::out_of_range("bank cache: a term outside its block");
        r.seek(entries + at);
        return r.text_view();
    };
    for (const auto& term : terms) {
        std::size_t low = 0, high = n;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (entry(mid) < term)
                low = mid + 1;
            else
                high = mid;
        }
        if (low < n && entry(low) == term) counts.frequency.emplace(term, r.raw<std::int32_t>());
    }
    return counts;
}

// Reads the layout of the cache in `file`, then the rest with `read(reader, layout)`, which
// returns an optional. Nullopt when there is no cache of this format, it was built from other
// sources, or it is damaged (cut short, duplicate ids and the like).
template <typename Read>
auto read_cache(const fs::path& file, const std::string& stamp, Read read)
    -> decltype(read(std::declval<BinaryReader&>(), std::declval<CacheLayout&>())) {
    try {
        const MappedFile mapped(file);
        if (mapped.bytes().substr(0, magic.size()) != magic) return std::nullopt;
        const std::string_view bytes = mapped.bytes().substr(magic.size());
        BinaryReader r(bytes.data(), bytes.size());
        if (auto layout = read_layout(r, stamp)) return read(r, *layout);
    } catch (const std::exception&) {
    }
    return std::nullopt;
}

}  // namespace

std::optional<MergedBank> read_bank_cache(const fs::path& file, const std::string& stamp) {
    return read_cache(file, stamp, [](BinaryReader& r, CacheLayout& layout) {
        std::optional<MergedBank> merged =
            MergedBank{Bank{}, std::move(layout.skipped), std::nullopt, {}};
        for (auto& section : layout.sections) merged->bank.add_section(std::move(section));
        r.seek(layout.records);
        while (r.at() < layout.records_end) merged->bank.add_question(read_question(r));
        read_files(r, *merged);
        merged->point_terms = read_point_terms(r);
        if (!r.done() || merged->bank.questions().size() != layout.directory.size()) merged.reset();
        return merged;
    });
}

std::optional<CachedQuestion> read_cached_question(const fs::path& file, const std::string& stamp,
                                                   const std::string& id) {
    return read_cache(file, stamp, [&](BinaryReader& r, CacheLayout& layout) {
        std::optional<CachedQuestion> cached;
        const auto& directory = layout.directory;
        const auto found = std::find_if(directory.begin(), directory.end(),
                                        [&](const auto& entry) { return entry.first == id; });
        if (found == directory.end()) return cached;
        r.seek(layout.records + found->second);
        cached.emplace(CachedQuestion{read_question(r), {}, std::move(layout.skipped)});
        r.seek(layout.records_end);
        skip_files(r, directory.size());
        cached->point_terms = read_point_terms_of(r, key_point_terms(cached->question));
        if (cached->question.id != id) cached.reset();
        return cached;
    });
}

}  // namespace mockround::store
