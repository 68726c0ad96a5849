#pragma once
// Transcripts: one YAML file per round, the round's whole record, rewritten atomically after
// every event so the file on disk is always complete. Field names are a public format.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/round.hpp"

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

// Held while a round is open, so two processes never run one round. Released on exit, also by
// kill -9 (flock).
class RoundLock {
  public:
    RoundLock(const std::filesystem::path& dir, const std::string& id);
    ~RoundLock();
    RoundLock(const RoundLock&) = delete;
    RoundLock& operator=(const RoundLock&) = delete;

  private:
    int fd_ = -1;
};

// Whether a live mockround process holds the round's lock (read-only: takes no lock).
bool round_is_open(const std::filesystem::path& dir, const std::string& id);

class RoundBusy : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

}  // namespace mockround::store
