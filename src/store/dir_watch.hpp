#pragma once
// Tells when files in a directory change: inotify where the kernel has it, otherwise by
// comparing modification times on a short poll.
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>

namespace mockround::store {

class DirWatch {
  public:
    explicit DirWatch(std::filesystem::path dir);
    ~DirWatch();
    DirWatch(const DirWatch&) = delete;
    DirWatch& operator=(const DirWatch&) = delete;

    // The descriptor to wait on, or -1 when polling.
    int fd() const { return fd_; }
    // How often to look when polling; none with inotify.
    std::optional<std::chrono::milliseconds> poll_interval() const;
    // True when something changed since the last call (drains inotify's queue).
    bool changed();

  private:
    std::filesystem::path dir_;
    int fd_ = -1;
    std::map<std::filesystem::path, std::filesystem::file_time_type> seen_;
    bool snapshot_changed();
};

}  // namespace mockround::store
