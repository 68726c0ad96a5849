#pragma once
// Transcripts: one YAML file per round, the round's whole record, rewritten atomically after
// every event so the file on disk is always complete. Field names are a public format.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/round.hpp"
#include "store/round_lock.hpp"  // a round is saved while its lock is held

namespace mockround::store {

inline constexpr int transcript_format = 1;

using Transcript = RoundData;

std::string render_transcript(const RoundInfo& info, const std::vector<QuestionRecord>& questions);
// Throws DataError naming file:line:column for anything that is not a transcript we can use.
Transcript parse_transcript(const std::string& file, const std::string& text);

// A round id is a name, never a path: "2026-11-24-0712-fresher".
bool valid_round_id(const std::string& id);

class TranscriptStore {
  public:
    explicit TranscriptStore(std::filesystem::path dir) : dir_(std::move(dir)) {}

    // Creates the directory (0700) and checks it is writable with room for a round; FsError
    // otherwise, so a round never starts that could not be kept.
    void prepare() const;
    // A fresh id from the local start time and the profile; unique in the directory.
    std::string new_id(WallTime started, const std::string& profile) const;
    void save(const RoundInfo& info, const std::vector<QuestionRecord>& questions) const;
    Transcript load(const std::string& id) const;
    bool exists(const std::string& id) const;
    // Every round id, sorted by name.
    std::vector<std::string> ids() const;
    // The in-progress round touched last, if any.
    std::optional<std::string> latest_in_progress() const;
    std::filesystem::path path_of(const std::string& id) const;
    const std::filesystem::path& dir() const { return dir_; }

  private:
    std::filesystem::path dir_;
};

}  // namespace mockround::store
