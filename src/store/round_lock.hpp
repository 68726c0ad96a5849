#pragma once
// A round's lock, `.ID.lock` in the rounds directory: held (flock) while a process has the round
// open, so two processes never run one round; it holds the holder's pid for `watch`. The file
// exists only while the round is open: it is removed when the round ends, however it ends
// (kill -9 aside, which leaves a file with a dead pid, taken over by the next to open it).
#include <filesystem>
#include <stdexcept>
#include <string>
#include <vector>

namespace mockround::store {

class RoundLock {
  public:
    // Throws RoundBusy when another process holds it, FsError when it cannot be made.
    RoundLock(const std::filesystem::path& dir, const std::string& id);
    ~RoundLock();
    RoundLock(const RoundLock&) = delete;
    RoundLock& operator=(const RoundLock&) = delete;

  private:
    std::filesystem::path path_;
    int fd_ = -1;
};

class RoundBusy : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

// Whether a live mockround process holds the round's lock (read-only: takes no lock).
bool round_is_open(const std::filesystem::path& dir, const std::string& id);

// The rounds live processes hold open, the most recently opened first.
std::vector<std::string> open_rounds(const std::filesystem::path& dir);

}  // namespace mockround::store
