#pragma once
// The store layer's two failures: a data file that is wrong (exit 3) and a file system that
// refuses (exit 4).
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace mockround::store {

struct Diagnostic {
    std::string file;
    int line = 0;  // 1-based; 0 when the problem has no position (a missing file)
    int column = 0;
    std::string message;

    std::string to_string() const;
};

// The problem of `file` nearest its top, for a one-line report of a file with many.
const Diagnostic& first_problem_of(const std::string& file, const std::vector<Diagnostic>& all);

class DataError : public std::runtime_error {
  public:
    explicit DataError(std::vector<Diagnostic> diagnostics);
    const std::vector<Diagnostic>& diagnostics() const { return diagnostics_; }

  private:
    std::vector<Diagnostic> diagnostics_;
};

class FsError : public std::runtime_error {
  public:
    explicit FsError(const std::string& message, std::string reason = "")
        : std::runtime_error(message), reason_(std::move(reason)) {}
    // The system's word alone ("No space left on device"), for a narrow screen that would cut
    // it off the end of a long path; empty when there is none.
    const std::string& reason() const { return reason_; }

  private:
    std::string reason_;
};

// "cannot write /x/y: No space left on device" from errno.
[[noreturn]] void throw_fs_error(const std::string& what, const std::string& path, int error);

}  // namespace mockround::store
