#pragma once
// A file's bytes mapped read-only: reading a few records of a large file (the bank cache, for
// one question) touches only their pages, and reading all of it copies nothing.
#include <filesystem>
#include <string_view>
#include <utility>

namespace mockround::store {

class MappedFile {
  public:
    explicit MappedFile(const std::filesystem::path& path);  // FsError when it cannot
    ~MappedFile();
    MappedFile(const MappedFile&) = delete;
    MappedFile& operator=(const MappedFile&) = delete;
    MappedFile(MappedFile&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)), size_(std::exchange(other.size_, 0)) {}
    MappedFile& operator=(MappedFile&&) = delete;

    std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

  private:
    void* data_ = nullptr;
    std::size_t size_ = 0;
};

}  // namespace mockround::store
