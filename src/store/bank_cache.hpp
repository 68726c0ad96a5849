#pragma once
// A derived copy of the merged bank in a compact binary form, so a round starts without
// parsing 1.4 MB of YAML. It is valid only while every source file keeps its size and
// modification time, and the list of source files is the same (a file added or removed);
// anything else (missing, stale, damaged) means a full, validating load. It keeps the problems
// of the user files left out, so that each run still names them.
#include <filesystem>
#include <optional>
#include <vector>

#include "store/bank_loader.hpp"

namespace mockround::store {

// What the cache was built from: each source's path, size and modification time.
std::string source_stamp(const std::vector<std::filesystem::path>& sources);

std::optional<MergedBank> read_bank_cache(const std::filesystem::path& file,
                                          const std::string& stamp);
// One question and the bank's counts of its key-point terms, read without decoding the rest
// of the bank; nullopt when the cache cannot say (stale, damaged, or no such id).
struct CachedQuestion {
    Question question;
    PointTermCounts point_terms;
    std::vector<Diagnostic> skipped;  // as in MergedBank
};
std::optional<CachedQuestion> read_cached_question(const std::filesystem::path& file,
                                                   const std::string& stamp, const std::string& id);

// Best effort: a cache that cannot be written is simply not there next time.
void write_bank_cache(const std::filesystem::path& file, const std::string& stamp,
                      const MergedBank& merged);

}  // namespace mockround::store
