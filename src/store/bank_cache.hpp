#pragma once
// A derived copy of the merged bank in a compact binary form, so a round starts without
// parsing 1.4 MB of YAML. It is valid only while every source file keeps its size and
// modification time; anything else (missing, stale, damaged) means a full, validating load.
#include <filesystem>
#include <optional>
#include <vector>

#include "core/bank.hpp"

namespace mockround::store {

// What the cache was built from: each source's path, size and modification time.
std::string source_stamp(const std::vector<std::filesystem::path>& sources);

std::optional<Bank> read_bank_cache(const std::filesystem::path& file, const std::string& stamp);
// Best effort: a cache that cannot be written is simply not there next time.
void write_bank_cache(const std::filesystem::path& file, const std::string& stamp,
                      const Bank& bank);

}  // namespace mockround::store
