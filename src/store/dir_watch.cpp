#include "store/dir_watch.hpp"

#include <sys/inotify.h>
#include <unistd.h>

#include <cerrno>

namespace mockround::store {

namespace fs = std::filesystem;

DirWatch::DirWatch(fs::path dir) : dir_(std::move(dir)) {
    std::error_code error;
    fs::create_directories(dir_, error);
    if (getenv("MOCKROUND_NO_INOTIFY")) return;  // to test the polling path
    fd_ = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd_ >= 0 && inotify_add_watch(fd_, dir_.c_str(),
                                      IN_MOVED_TO | IN_CLOSE_WRITE | IN_CREATE | IN_DELETE) < 0) {
        close(fd_);
        fd_ = -1;
    }
    if (fd_ < 0) snapshot_changed();
}

DirWatch::~DirWatch() {
    if (fd_ >= 0) close(fd_);
}

std::optional<std::chrono::milliseconds> DirWatch::poll_interval() const {
    if (fd_ >= 0) return std::nullopt;
    return std::chrono::milliseconds(100);
}

bool DirWatch::changed() {
    if (fd_ < 0) return snapshot_changed();
    bool any = false;
    alignas(inotify_event) char buffer[4096];
    for (;;) {
        const ssize_t n = read(fd_, buffer, sizeof buffer);
        if (n <= 0) break;
        any = true;
    }
    return any;
}

bool DirWatch::snapshot_changed() {
    std::map<fs::path, fs::file_time_type> now;
    std::error_code error;
    for (const auto& entry : fs::directory_iterator(dir_, error))
        now[entry.path()] = entry.last_write_time(error);
    const bool different = now != seen_;
    seen_ = std::move(now);
    return different;
}

}  // namespace mockround::store
