#pragma once
// Replacing a file so that it holds either the old or the new bytes, never a part: a temporary
// file in the same directory, fsync, rename, fsync of the directory. Every file mockround
// writes goes through here.
#include <filesystem>
#include <string>
#include <string_view>

namespace mockround::store {

// The new file while it is written. Until commit() succeeds the target is untouched, and the
// temporary file is removed however the writing ends (a failed write, an exception in the
// caller between writes): the destructor is the clean-up guard.
class AtomicFile {
  public:
    // A cache needs the atomic replacement but not the durability: `sync = false` skips the
    // fsyncs (a power cut may then lose the new file, never leave a torn one behind the rename).
    // Throws FsError when the temporary file cannot be created.
    explicit AtomicFile(std::filesystem::path target, bool sync = true);
    ~AtomicFile();
    AtomicFile(const AtomicFile&) = delete;
    AtomicFile& operator=(const AtomicFile&) = delete;

    void write(std::string_view bytes);  // FsError
    void commit();                       // FsError; the target then holds what was written

  private:
    std::filesystem::path target_;
    std::string temp_;
    int fd_ = -1;
    bool sync_;

    std::filesystem::path directory() const;
    [[noreturn]] void fail(const char* what);
};

// The whole of `text` as the new `path`, atomically. Throws FsError and leaves the old file.
void write_atomically(const std::filesystem::path& path, std::string_view text, bool sync = true);

}  // namespace mockround::store
