#pragma once
// Profiles: shipped ones in <data>/profiles, the user's in $XDG_CONFIG_HOME/mockround/profiles,
// where a user's profile shadows a shipped one of the same name. NAME.yaml or NAME.yml; when
// a directory holds both, NAME.yaml.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/bank.hpp"
#include "core/profile.hpp"

namespace mockround::store {

struct ProfileFile {
    std::string name;
    std::filesystem::path path;
    bool shadows_shipped = false;  // a user profile hiding a shipped one
    bool user = false;
};

class ProfileDirs {
  public:
    ProfileDirs(std::filesystem::path shipped, std::filesystem::path user)
        : shipped_(std::move(shipped)), user_(std::move(user)) {}
    // Every profile by name, user profiles in place of shipped ones, sorted by name.
    std::vector<ProfileFile> list() const;
    std::optional<ProfileFile> find(const std::string& name) const;
    // The shipped profile of this name, even when a user profile shadows it.
    std::optional<ProfileFile> find_shipped(const std::string& name) const;

  private:
    std::filesystem::path shipped_, user_;
};

// A profile name is a file stem, never a path: lowercase letters, digits, '-' and '_'.
bool valid_profile_name(const std::string& name);

// Parses and validates; section weights are checked against the bank. Throws DataError.
Profile parse_profile(const std::string& name, const std::string& file, const std::string& text,
                      const Bank& bank);
Profile load_profile(const ProfileFile& file, const Bank& bank);

}  // namespace mockround::store
