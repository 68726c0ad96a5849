#pragma once
// Every round on disk, read for review. Transcripts are the source of truth; a transcript that
// cannot be read (half-written, hand-edited, newer format, not YAML) is skipped and named, so
// one bad file never hides the rest.
#include <filesystem>
#include <vector>

#include "core/stats.hpp"
#include "store/errors.hpp"

namespace mockround::store {

struct History {
    std::vector<RoundData> rounds;    // oldest first (by start time, then id)
    std::vector<Diagnostic> skipped;  // one per unreadable transcript: its first problem
};

// Reads every ID.yaml in `rounds_dir` (none when it does not exist). When `cache_dir` is not
// empty, a summary index there spares re-parsing transcripts whose size and modification time
// are unchanged; it is rebuilt as needed and never trusted over a transcript.
History load_history(const std::filesystem::path& rounds_dir,
                     const std::filesystem::path& cache_dir);

}  // namespace mockround::store
