#include "store/round_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <signal.h>

#include <algorithm>
#include <cerrno>
#include <cstdlib>

#include "store/bank_loader.hpp"
#include "store/errors.hpp"
#include "store/transcript.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

fs::path lock_path(const fs::path& dir, const std::string& id) {
    return dir / ("." + id + ".lock");
}

// Whether `fd` is still the file named `path`: the holder before may have removed it between
// our open and our flock, and a lock on a file no longer in the directory guards nothing.
bool still_named(int fd, const fs::path& path) {
    struct stat held {
    }, named{};
    return fstat(fd, &held) == 0 && stat(path.c_str(), &named) == 0 &&
           held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

// A process killed inside an atomic write leaves its temporary file behind; holding the lock,
// no one else is writing this round, so whatever is left is stale.
void remove_stale_temporaries(const fs::path& dir, const std::string& id) {
    const std::string stale = "." + id + ".yaml.";
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error))
        if (const std::string name = entry.path().filename().string();
            name.size() == stale.size() + 6 && name.compare(0, stale.size(), stale) == 0)
            fs::remove(entry.path(), error);
}

}  // namespace

RoundLock::RoundLock(const fs::path& dir, const std::string& id) : path_(lock_path(dir, id)) {
    for (;;) {
        fd_ = open(path_.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
        if (fd_ < 0) throw_fs_error("cannot open", path_.string(), errno);
        if (flock(fd_, LOCK_EX | LOCK_NB) != 0) {
            close(fd_);
            fd_ = -1;
            throw RoundBusy("round " + id + " is open in another mockround process");
        }
        if (still_named(fd_, path_)) break;
        close(fd_);
    }
    remove_stale_temporaries(dir, id);
    // The holder's pid, so `watch` can tell a live round from one whose process died.
    const std::string pid = std::to_string(getpid()) + "\n";
    if (ftruncate(fd_, 0) != 0 || pwrite(fd_, pid.data(), pid.size(), 0) < 0) {
        // Only `watch` reads it, and it then says the round stopped; the round itself is fine.
    }
}

RoundLock::~RoundLock() {
    if (fd_ < 0) return;
    // Removed while still held, so no one else holds this file: a process that opened it
    // meanwhile sees it is gone once it gets the lock, and opens a fresh one.
    unlink(path_.c_str());
    close(fd_);
}

bool round_is_open(const fs::path& dir, const std::string& id) {
    std::string text;
    try {
        text = read_file(lock_path(dir, id));
    } catch (const std::exception&) {
        return false;
    }
    const long pid = std::strtol(text.c_str(), nullptr, 10);
    return pid > 0 && (kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

std::vector<std::string> open_rounds(const fs::path& dir) {
    std::vector<std::pair<fs::file_time_type, std::string>> found;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir, error)) {
        const std::string name = entry.path().filename().string();
        constexpr std::string_view suffix = ".lock";
        if (name.size() <= suffix.size() + 1 || name[0] != '.' ||
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) != 0)
            continue;
        const std::string id = name.substr(1, name.size() - 1 - suffix.size());
        if (!valid_round_id(id) || !round_is_open(dir, id)) continue;
        found.emplace_back(fs::last_write_time(entry.path(), error), id);
    }
    std::sort(found.rbegin(), found.rend());
    std::vector<std::string> ids;
    ids.reserve(found.size());
    for (auto& [time, id] : found) ids.push_back(std::move(id));
    return ids;
}

}  // namespace mockround::store
