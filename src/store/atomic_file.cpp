#include "store/atomic_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>

#include "store/errors.hpp"

namespace mockround::store {

AtomicFile::AtomicFile(std::filesystem::path target, bool sync)
    : target_(std::move(target)), sync_(sync) {
    temp_ = directory().string() + "/." + target_.filename().string() + ".XXXXXX";
    fd_ = mkstemp(temp_.data());  // mode 0600
    if (fd_ < 0) throw_fs_error("cannot create", temp_, errno);
}

AtomicFile::~AtomicFile() {
    if (fd_ >= 0) close(fd_);
    if (!temp_.empty()) unlink(temp_.c_str());
}

std::filesystem::path AtomicFile::directory() const {
    return target_.has_parent_path() ? target_.parent_path() : ".";
}

void AtomicFile::fail(const char* what) {
    const int error = errno;
    if (fd_ >= 0) close(fd_);
    fd_ = -1;
    unlink(temp_.c_str());
    temp_.clear();
    throw_fs_error(what, target_.string(), error);
}

void AtomicFile::write(std::string_view bytes) {
    while (!bytes.empty()) {
        const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) fail("cannot write");
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

void AtomicFile::commit() {
    if (sync_ && fsync(fd_) != 0) fail("cannot write");
    const int fd = fd_;
    fd_ = -1;
    if (close(fd) != 0) fail("cannot write");
    if (rename(temp_.c_str(), target_.c_str()) != 0) fail("cannot replace");
    temp_.clear();
    // The rename is durable only once the directory itself is on disk.
    if (!sync_) return;
    if (const int dir = open(directory().c_str(), O_RDONLY | O_DIRECTORY); dir >= 0) {
        fsync(dir);
        close(dir);
    }
}

void write_atomically(const std::filesystem::path& path, std::string_view text, bool sync) {
    AtomicFile file(path, sync);
    file.write(text);
    file.commit();
}

}  // namespace mockround::store
