#pragma once
// Loads question banks from YAML and validates them while loading: a bank that gets past the
// loader is well-formed. Several files merge into one bank (the shipped bank, then the user's).
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/bank.hpp"
#include "core/matcher.hpp"
#include "store/errors.hpp"

namespace mockround::store {

class BankLoader {
  public:
    // Reads and checks one file, adding what is valid. Throws FsError when it cannot be read;
    // data errors are collected and thrown by finish().
    void add_file(const std::filesystem::path& path);
    void add_text(const std::string& file, const std::string& text);
    // Cross-file checks (same_as targets), then the bank, or DataError listing every problem.
    Bank finish();
    // The file each question came from, by id (as add_file or add_text named it).
    const std::map<std::string, std::string>& question_files() const { return files_; }

  private:
    struct Link {
        std::string from, to;
        Diagnostic at;
    };
    Bank bank_;
    std::map<std::string, std::string> origins_;  // question id -> "file:line:column"
    std::map<std::string, std::string> files_;    // question id -> file
    std::vector<Link> links_;
    std::vector<Diagnostic> diagnostics_;

    friend class BankFileReader;
};

// The shipped bank plus every bank file in `user_dir` (config_files_in), merged; any problem in
// any file throws DataError. For `bank validate`.
Bank load_bank(const std::filesystem::path& shipped, const std::filesystem::path& user_dir);

struct MergedBank {
    Bank bank;
    std::vector<Diagnostic> skipped;             // the first problem of each user file left out
    std::optional<PointTermCounts> point_terms;  // when read from the bank cache
    std::map<std::string, std::string> file_of;  // question id -> the file it came from
};
// The shipped bank plus the user's files, merged, leaving out whole each user file with a
// problem: its own, or one with the rest of the bank (a duplicate id, a same_as to nowhere).
// A problem in the shipped file throws DataError: without it there is no bank.
MergedBank load_bank_skipping_invalid(const std::filesystem::path& shipped,
                                      const std::vector<std::filesystem::path>& user_files);

// Reads a whole file; FsError when it cannot.
std::string read_file(const std::filesystem::path& path);

// `*.yaml` files of a directory sorted by name; empty when the directory does not exist.
std::vector<std::filesystem::path> yaml_files_in(const std::filesystem::path& dir);
// The files a person may have written in a config directory: `*.yaml` and `*.yml`, by name.
std::vector<std::filesystem::path> config_files_in(const std::filesystem::path& dir);

}  // namespace mockround::store
