#include "store/profile_loader.hpp"

#include <algorithm>
#include <map>

#include "core/duration.hpp"
#include "store/bank_loader.hpp"
#include "store/yaml_checker.hpp"

namespace mockround::store {

bool valid_profile_name(const std::string& name) {
    if (name.empty() || name.size() > 64 || name[0] == '-' || name[0] == '_') return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    });
}

namespace {

// The profiles of one directory by name; NAME.yaml before NAME.yml (sorted first).
std::map<std::string, std::filesystem::path> profiles_in(const std::filesystem::path& dir) {
    std::map<std::string, std::filesystem::path> by_name;
    for (const auto& path : config_files_in(dir))
        if (valid_profile_name(path.stem().string())) by_name.emplace(path.stem().string(), path);
    return by_name;
}

}  // namespace

std::vector<ProfileFile> ProfileDirs::list() const {
    std::map<std::string, ProfileFile> by_name;
    for (const auto& [name, path] : profiles_in(shipped_))
        by_name[name] = {name, path, false, false};
    for (const auto& [name, path] : profiles_in(user_))
        by_name[name] = {name, path, by_name.count(name) > 0, true};
    std::vector<ProfileFile> files;
    files.reserve(by_name.size());
    for (auto& [name, file] : by_name) files.push_back(std::move(file));
    return files;
}

std::optional<ProfileFile> ProfileDirs::find(const std::string& name) const {
    for (auto& file : list())
        if (file.name == name) return file;
    return std::nullopt;
}

std::optional<ProfileFile> ProfileDirs::find_shipped(const std::string& name) const {
    const auto shipped = profiles_in(shipped_);
    const auto it = shipped.find(name);
    if (it == shipped.end()) return std::nullopt;
    return ProfileFile{name, it->second, false, false};
}

namespace {

void read_weights(YamlChecker& check, const YAML::Node& node, const Bank& bank, Profile& profile) {
    if (!check.expect_map(node, "'sections'")) return;
    double total = 0;
    for (const auto& entry : node) {
        const std::string id = entry.first.Scalar();
        if (!bank.find_section(id)) {
            check.error(entry.first, "no section '" + id +
                                         "' in the bank (see `mockround bank "
                                         "stats` for the section ids)");
            continue;
        }
        if (auto weight = check.number(entry.second, 0)) {
            profile.section_weights[id] = *weight;
            total += *weight;
        }
    }
    if (check.ok() && total <= 0) check.error(node, "section weights are all zero");
}

void read_levels(YamlChecker& check, const YAML::Node& node, Profile& profile) {
    if (!check.expect_map(node, "'levels'")) return;
    double total = 0;
    for (const auto& entry : node) {
        auto level = parse_level(entry.first.Scalar());
        if (!level) {
            check.error(entry.first, "'" + entry.first.Scalar() +
                                         "' is not a level (expected fresher, mid, senior)");
            continue;
        }
        if (auto share = check.number(entry.second, 0)) {
            profile.level_mix[*level] = *share;
            total += *share;
        }
    }
    if (check.ok() && total <= 0) check.error(node, "level shares are all zero");
}

void read_budgets(YamlChecker& check, const YAML::Node& node, Profile& profile) {
    if (!check.expect_map(node, "'budgets'")) return;
    check.check_keys(node, {"concept", "compare", "scenario", "coding", "design"},
                     {"concept", "compare", "scenario", "coding", "design"}, "'budgets'");
    for (const auto& entry : node) {
        auto kind = parse_kind(entry.first.Scalar());
        auto budget =
            entry.second.IsScalar() ? parse_duration(entry.second.Scalar()) : std::nullopt;
        if (kind && !budget)
            check.error(entry.second, "a budget is a duration such as 90s, 3m or 2m30s");
        else if (kind)
            profile.budgets[*kind] = *budget;
    }
}

}  // namespace

Profile parse_profile(const std::string& name, const std::string& file, const std::string& text,
                      const Bank& bank) {
    YamlChecker check(file);
    Profile profile;
    profile.name = name;
    profile.source = file;
    const YAML::Node root = check.parse(text);
    if (root.IsDefined() && check.expect_map(root, "a profile")) {
        check.check_keys(
            root, {"title", "description", "minutes", "overtime", "sections", "levels", "budgets"},
            {"title", "minutes", "sections", "levels", "budgets"}, "a profile");
        profile.title = check.text(root, "title").value_or("");
        profile.description = check.text(root, "description").value_or("");
        profile.minutes = static_cast<int>(check.integer(root, "minutes", 1, 600).value_or(45));
        if (auto overtime = check.text(root, "overtime")) {
            if (auto policy = parse_overtime(*overtime))
                profile.overtime = *policy;
            else
                check.error(root["overtime"],
                            "'overtime' must be continue or advance, not '" + *overtime + "'");
        }
        if (root["sections"]) read_weights(check, root["sections"], bank, profile);
        if (root["levels"]) read_levels(check, root["levels"], profile);
        if (root["budgets"]) read_budgets(check, root["budgets"], profile);
    }
    check.throw_if_failed();
    return profile;
}

Profile load_profile(const ProfileFile& file, const Bank& bank) {
    return parse_profile(file.name, file.path.string(), read_file(file.path), bank);
}

}  // namespace mockround::store
