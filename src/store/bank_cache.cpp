#include "store/bank_cache.hpp"

#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>

#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/binary_codec.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view magic = "mockround-bank-cache 4\n";

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

// Each question's file: the files once, then an index per question in the bank's order.
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

void read_files(BinaryReader& r, MergedBank& merged) {
    const std::vector<std::string> names = r.list();
    for (const auto& q : merged.bank.questions()) {
        const auto i = r.raw<std::uint32_t>();
        if (i >= names.size()) throw std::out_of_range("bank cache: no file " + std::to_string(i));
        if (!names[i].empty()) merged.file_of.emplace(q.id, names[i]);
    }
}

}  // namespace

void write_bank_cache(const fs::path& file, const std::string& stamp, const MergedBank& merged) {
    std::string bytes(magic);
    BinaryWriter w(bytes);
    w.text(stamp);
    w.raw(static_cast<std::uint32_t>(merged.skipped.size()));
    for (const auto& problem : merged.skipped) {
        w.text(problem.file);
        w.raw<std::int32_t>(problem.line);
        w.raw<std::int32_t>(problem.column);
        w.text(problem.message);
    }
    const Bank& bank = merged.bank;
    w.raw(static_cast<std::uint32_t>(bank.sections().size()));
    for (const auto& section : bank.sections()) {
        w.text(section.id);
        w.text(section.title);
        w.raw(static_cast<std::uint32_t>(section.topics.size()));
        for (const auto& topic : section.topics) w.text(topic.id), w.text(topic.title);
    }
    w.raw(static_cast<std::uint32_t>(bank.questions().size()));
    for (const auto& q : bank.questions()) {
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
    write_files(w, merged);
    const PointTermCounts counts =
        merged.point_terms ? *merged.point_terms : count_point_terms(bank);
    w.raw<std::int32_t>(counts.points);
    w.raw(static_cast<std::uint32_t>(counts.frequency.size()));
    for (const auto& [term, n] : counts.frequency) w.text(term), w.raw<std::int32_t>(n);
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

PointTermCounts read_point_terms(BinaryReader& r) {
    PointTermCounts counts;
    counts.points = r.raw<std::int32_t>();
    const auto n = r.raw<std::uint32_t>();
    counts.frequency.reserve(n);
    for (auto i = n; i > 0; --i) {
        std::string term = r.text();
        counts.frequency.emplace(std::move(term), r.raw<std::int32_t>());
    }
    return counts;
}

}  // namespace

std::optional<MergedBank> read_bank_cache(const fs::path& file, const std::string& stamp) {
    std::string bytes;
    try {
        bytes = read_file(file);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (bytes.compare(0, magic.size(), magic) != 0) return std::nullopt;
    try {
        BinaryReader r(bytes.data() + magic.size(), bytes.size() - magic.size());
        if (r.text() != stamp) return std::nullopt;
        MergedBank merged;
        for (auto n = r.raw<std::uint32_t>(); n > 0; --n) {
            Diagnostic& problem = merged.skipped.emplace_back();
            problem.file = r.text();
            problem.line = r.raw<std::int32_t>();
            problem.column = r.raw<std::int32_t>();
            problem.message = r.text();
        }
        Bank& bank = merged.bank;
        for (auto s = r.raw<std::uint32_t>(); s > 0; --s) {
            Section section{r.text(), r.text(), {}};
            for (auto t = r.raw<std::uint32_t>(); t > 0; --t)
                section.topics.push_back({r.text(), r.text()});
            bank.add_section(std::move(section));
        }
        for (auto n = r.raw<std::uint32_t>(); n > 0; --n) bank.add_question(read_question(r));
        read_files(r, merged);
        merged.point_terms = read_point_terms(r);
        if (r.done()) return merged;
    } catch (const std::exception&) {
        // a damaged cache: cut short, duplicate ids and the like
    }
    return std::nullopt;
}

}  // namespace mockround::store
