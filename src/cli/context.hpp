#pragma once
// What every subcommand needs: where files are, how to print, and the loaded data.
#include <cstdio>
#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>

#include "core/bank.hpp"
#include "core/matcher.hpp"
#include "core/profile.hpp"
#include "core/schedule.hpp"
#include "store/bank_cache.hpp"
#include "store/config_loader.hpp"
#include "store/errors.hpp"
#include "store/paths.hpp"
#include "store/profile_loader.hpp"
#include "term/style.hpp"

namespace mockround::cli {

// A mistake in how the command was called: exit 2.
class UsageError : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

struct LoadedProfile {
    store::ProfileFile file;  // the file it came from
    Profile profile;
};

class Context {
  public:
    term::ColorMode color_mode = term::ColorMode::automatic;
    int exit_code = 0;

    const store::Paths& paths();
    // Shipped + user banks, loaded once; from the cache when no source changed since it was
    // built from a validated load. A user bank file with a problem is left out with a warning.
    const Bank& bank();
    // One question with the bank's counts of its key-point terms, straight from the bank cache
    // without loading the rest (`bank match` takes milliseconds); nullopt when the cache cannot
    // say, or the bank is loaded already: then use bank() and matcher().
    std::optional<store::CachedQuestion> cached_question(const std::string& id);
    // The questions of bank() that come from this bank file, in the bank's order.
    std::vector<Question> questions_from(const std::filesystem::path& file);
    // The bank's key-point matcher, with its term counts from the bank cache when it was used.
    const KeyPointMatcher& matcher();
    // The same, always parsed and validated from the YAML files; any problem throws DataError.
    const Bank& validated_bank();
    // The profile of that name; a user profile with a problem gives way, with a warning, to the
    // shipped one it shadows (and is the error when it shadows none: it was asked for).
    Profile profile(const std::string& name);
    // The profile in `file`, or, when it is a user file with a problem, the shipped one it
    // shadows or none, with a warning. A problem in a shipped profile throws DataError.
    std::optional<LoadedProfile> usable_profile(const store::ProfileFile& file);
    // The review schedule's parameters: FSRS-6's defaults, the desired retention from
    // config.yaml's `retention` when set.
    const FsrsParams& fsrs();
    // config.yaml, read once; DataError when a setting is wrong.
    const store::Settings& settings();
    term::Style out_style() const;  // for stdout
    term::Style err_style() const;  // for stderr

  private:
    std::optional<store::Paths> paths_;
    std::optional<FsrsParams> fsrs_;
    std::optional<store::Settings> settings_;
    store::ProfileDirs profile_dirs();
    std::vector<std::filesystem::path> bank_sources();  // shipped first, then the user's
    static void warn_skipped_banks(const std::vector<store::Diagnostic>& skipped);
    std::optional<Bank> bank_;
    std::optional<PointTermCounts> point_terms_;
    std::map<std::string, std::string> question_files_;  // question id -> file
    std::optional<KeyPointMatcher> matcher_;
    bool validated_ = false;
};

// Prints a line on stderr starting with "mockround: ".
void warn(const std::string& message);
// "mockround: warning: FILE:LINE:COLUMN: problem (... left out; `mockround CHECK` lists ...)".
void warn_left_out(const store::Diagnostic& problem, const std::string& what,
                   const std::string& check_command);

std::size_t edit_distance(const std::string& a, const std::string& b);

// " (did you mean 'x'?)" for the candidate closest to `word`, or "" when none is close.
template <typename Range>
std::string did_you_mean(const std::string& word, const Range& candidates) {
    std::string best;
    std::size_t best_distance = word.size() / 3 + 2;
    for (const auto& candidate : candidates) {
        const std::size_t distance = edit_distance(word, candidate);
        if (distance < best_distance) best = candidate, best_distance = distance;
    }
    return best.empty() ? "" : " (did you mean '" + best + "'?)";
}

}  // namespace mockround::cli
