#pragma once
// The compact binary form of the derived caches (the bank cache, the rounds index): values as
// they lie in memory, strings and lists length-first. Only this machine reads it back; a
// reader that runs out of bytes throws, and the cache is then rebuilt from its sources.
#include <cstdint>
#include <cstring>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.hpp"

namespace mockround::store {

class BinaryWriter {
  public:
    explicit BinaryWriter(std::string& out) : out_(out) {}
    template <typename T>
    void raw(T value) {
        out_.append(reinterpret_cast<const char*>(&value), sizeof value);
    }
    void text(const std::string& s) {
        raw(static_cast<std::uint32_t>(s.size()));
        out_ += s;
    }
    void list(const std::vector<std::string>& items) {
        raw(static_cast<std::uint32_t>(items.size()));
        for (const auto& item : items) text(item);
    }
    void time(std::optional<WallTime> t) {
        raw<std::uint8_t>(t.has_value());
        raw<std::int64_t>(t ? t->time_since_epoch().count() : 0);
    }
    void number(std::optional<int> n) { raw<std::int32_t>(n ? *n : -1); }
    template <typename Enum>
    void enumerated(Enum value) {
        raw(static_cast<std::uint8_t>(value));
    }

  private:
    std::string& out_;
};

class BinaryReader {
  public:
    BinaryReader(const char* data, std::size_t size) : data_(data), size_(size) {}
    template <typename T>
    T raw() {
        T value;
        need(sizeof value);
        std::memcpy(&value, data_ + at_, sizeof value);
        at_ += sizeof value;
        return value;
    }
    std::string text() { return std::string(text_view()); }
    // The same without a copy: valid while the reader's bytes are.
    std::string_view text_view() {
        const auto n = raw<std::uint32_t>();
        need(n);
        const std::string_view s(data_ + at_, n);
        at_ += n;
        return s;
    }
    std::vector<std::string> list() {
        const auto n = raw<std::uint32_t>();
        need(std::size_t{n} * sizeof(std::uint32_t));  // a damaged count allocates nothing
        std::vector<std::string> items(n);
        for (auto& item : items) item = text();
        return items;
    }
    std::optional<WallTime> time() {
        const bool present = raw<std::uint8_t>();
        const WallTime t{WallTime::duration(raw<std::int64_t>())};
        return present ? std::optional(t) : std::nullopt;
    }
    std::optional<int> number() {
        const int n = raw<std::int32_t>();
        return n < 0 ? std::nullopt : std::optional(n);
    }
    // An enum's byte, checked against its last value: a damaged byte is a damaged cache.
    template <typename Enum>
    Enum enumerated(Enum last) {
        const auto byte = raw<std::uint8_t>();
        if (byte > static_cast<std::uint8_t>(last))
            throw std::out_of_range("cache holds no such value");
        return static_cast<Enum>(byte);
    }
    bool done() const { return at_ == size_; }
    std::size_t at() const { return at_; }
    // Jumps to an offset a table in the bytes gave: only checked against the end.
    void seek(std::size_t offset) {
        if (offset > size_) throw std::out_of_range("cache ends early");
        at_ = offset;
    }

  private:
    const char* data_;
    std::size_t size_, at_ = 0;
    void need(std::size_t n) const {
        if (n > size_ - at_) throw std::out_of_range("cache ends early");
    }
};

}  // namespace mockround::store
