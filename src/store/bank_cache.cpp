#include "store/bank_cache.hpp"

#include <cstdint>
#include <cstring>

#include "store/bank_loader.hpp"
#include "store/transcript.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

constexpr std::string_view magic = "mockround-bank-cache 1\n";

class Writer {
  public:
    void number(std::uint32_t value) {
        out_.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void text(const std::string& value) {
        number(static_cast<std::uint32_t>(value.size()));
        out_ += value;
    }
    void list(const std::vector<std::string>& values) {
        number(static_cast<std::uint32_t>(values.size()));
        for (const auto& value : values) text(value);
    }
    std::string& bytes() { return out_; }

  private:
    std::string out_;
};

// Reads what Writer wrote; any overrun marks the whole cache unusable.
class Reader {
  public:
    explicit Reader(std::string_view in) : in_(in) {}
    std::uint32_t number() {
        std::uint32_t value = 0;
        if (in_.size() < sizeof value) return fail(), 0;
        std::memcpy(&value, in_.data(), sizeof value);
        in_.remove_prefix(sizeof value);
        return value;
    }
    std::string text() {
        const std::uint32_t size = number();
        if (in_.size() < size) return fail(), std::string();
        std::string value(in_.substr(0, size));
        in_.remove_prefix(size);
        return value;
    }
    std::vector<std::string> list() {
        std::vector<std::string> values(std::min<std::uint32_t>(number(), 64));
        for (auto& value : values) value = text();
        return values;
    }
    bool ok() const { return ok_; }

  private:
    std::string_view in_;
    bool ok_ = true;
    void fail() { ok_ = false, in_ = {}; }
};

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

void write_bank_cache(const fs::path& file, const std::string& stamp, const Bank& bank) {
    Writer w;
    w.bytes() = std::string(magic);
    w.text(stamp);
    w.number(static_cast<std::uint32_t>(bank.sections().size()));
    for (const auto& section : bank.sections()) {
        w.text(section.id);
        w.text(section.title);
        w.number(static_cast<std::uint32_t>(section.topics.size()));
        for (const auto& topic : section.topics) w.text(topic.id), w.text(topic.title);
    }
    w.number(static_cast<std::uint32_t>(bank.questions().size()));
    for (const auto& q : bank.questions()) {
        for (const auto* field : {&q.id, &q.section, &q.topic, &q.text, &q.same_as}) w.text(*field);
        w.number(static_cast<std::uint32_t>(q.kind));
        w.number(static_cast<std::uint32_t>(q.level));
        w.number(static_cast<std::uint32_t>(q.minutes));
        w.list(q.guide.key_points);
        w.list(q.guide.follow_ups);
        w.list(q.guide.pitfalls);
        w.number(q.guide.example ? 1 : 0);
        if (q.guide.example) w.text(q.guide.example->lang), w.text(q.guide.example->code);
    }
    try {
        fs::create_directories(file.parent_path());
        write_atomically(file, w.bytes(), false);
    } catch (const std::exception&) {
    }
}

namespace {

Question read_question(Reader& r) {
    Question q;
    for (auto* field : {&q.id, &q.section, &q.topic, &q.text, &q.same_as}) *field = r.text();
    q.kind = static_cast<Kind>(std::min<std::uint32_t>(r.number(), 4));
    q.level = static_cast<Level>(std::min<std::uint32_t>(r.number(), 2));
    q.minutes = static_cast<int>(r.number());
    q.guide.key_points = r.list();
    q.guide.follow_ups = r.list();
    q.guide.pitfalls = r.list();
    if (r.number() == 1) {
        Example example;
        example.lang = r.text();
        example.code = r.text();
        q.guide.example = std::move(example);
    }
    return q;
}

}  // namespace

std::optional<Bank> read_bank_cache(const fs::path& file, const std::string& stamp) {
    std::string bytes;
    try {
        bytes = read_file(file);
    } catch (const std::exception&) {
        return std::nullopt;
    }
    if (bytes.compare(0, magic.size(), magic) != 0) return std::nullopt;
    Reader r(std::string_view(bytes).substr(magic.size()));
    if (r.text() != stamp || !r.ok()) return std::nullopt;
    try {
        Bank bank;
        for (std::uint32_t s = r.number(); s > 0 && r.ok(); --s) {
            Section section{r.text(), r.text(), {}};
            for (std::uint32_t t = r.number(); t > 0 && r.ok(); --t)
                section.topics.push_back({r.text(), r.text()});
            bank.add_section(std::move(section));
        }
        for (std::uint32_t n = r.number(); n > 0 && r.ok(); --n)
            bank.add_question(read_question(r));
        if (r.ok()) return bank;
    } catch (const std::exception&) {
        // a damaged cache: duplicate ids and the like
    }
    return std::nullopt;
}

}  // namespace mockround::store
