#pragma once
// Where mockround's files live: shipped data, the user's config, rounds, cache.
#include <filesystem>
#include <functional>
#include <string>

namespace mockround::store {

using Getenv = std::function<const char*(const char*)>;

struct Paths {
    std::filesystem::path shipped;  // holds questions.yaml and profiles/
    std::filesystem::path config;   // $XDG_CONFIG_HOME/mockround
    std::filesystem::path data;     // $XDG_DATA_HOME/mockround
    std::filesystem::path cache;    // $XDG_CACHE_HOME/mockround

    std::filesystem::path questions() const { return shipped / "questions.yaml"; }
    std::filesystem::path shipped_profiles() const { return shipped / "profiles"; }
    std::filesystem::path user_banks() const { return config / "banks"; }
    std::filesystem::path user_profiles() const { return config / "profiles"; }
    std::filesystem::path rounds() const { return data / "rounds"; }
};

// The shipped data is the first of: $MOCKROUND_DATA, <exe>/../share/mockround (an install),
// the install data directory, the source tree this binary was built from. Throws FsError
// when none holds questions.yaml. XDG directories follow the base directory specification.
Paths resolve_paths(const Getenv& getenv, const std::filesystem::path& executable);

std::filesystem::path current_executable();

}  // namespace mockround::store
