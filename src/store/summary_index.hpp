#pragma once
// The summary index: $XDG_CACHE_HOME/mockround/rounds.idx, the rounds already parsed, each
// under its transcript's file name, size and modification time. Derived only: an entry is used
// only while its transcript's size and mtime are unchanged, a damaged or older-version index is
// ignored, and deleting it costs one slower run.
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/stats.hpp"

namespace mockround::store {

struct FileStamp {
    std::uintmax_t size = 0;
    std::int64_t mtime_ns = 0;
    bool operator==(const FileStamp&) const = default;
};
FileStamp stamp_of(const std::filesystem::path& path);

class SummaryIndex {
  public:
    // An empty `cache_dir` disables the index.
    explicit SummaryIndex(const std::filesystem::path& cache_dir);

    // The round stored for this file when its stamp still matches; moved out of the index.
    std::optional<RoundData> find(const std::string& name, const FileStamp& stamp);
    // Notes that a round was parsed afresh, so the index must be rewritten.
    void mark_changed() { changed_ = true; }

    struct Entry {
        std::string name;
        FileStamp stamp;
        const RoundData* round;
    };
    // Rewrites the index from these rounds when it no longer matches them (silently: it is a
    // cache). Each round is encoded and written in turn, never all at once in memory.
    void save_if_changed(const std::vector<Entry>& entries);

  private:
    std::filesystem::path file_;
    std::map<std::string, std::pair<FileStamp, std::string>> loaded_;  // name -> encoded round
    bool changed_ = false;
};

}  // namespace mockround::store
