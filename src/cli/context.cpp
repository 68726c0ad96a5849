#include "cli/context.hpp"

#include <unistd.h>

#include <cstdlib>
#include <vector>

#include "store/bank_cache.hpp"
#include "store/bank_loader.hpp"
#include "store/profile_loader.hpp"

namespace mockround::cli {

const store::Paths& Context::paths() {
    if (!paths_) paths_ = store::resolve_paths(std::getenv, store::current_executable());
    return *paths_;
}

std::vector<std::filesystem::path> Context::bank_sources() {
    std::vector<std::filesystem::path> sources{paths().questions()};
    const auto user_files = store::config_files_in(paths().user_banks());
    sources.insert(sources.end(), user_files.begin(), user_files.end());
    return sources;
}

const FsrsParams& Context::fsrs() {
    if (fsrs_) return *fsrs_;
    FsrsParams params;
    if (const auto retention = settings().retention) params.retention = *retention;
    return *(fsrs_ = params);
}

const store::Settings& Context::settings() {
    if (!settings_) settings_ = store::load_settings(paths().config / "config.yaml");
    return *settings_;
}

const Bank& Context::bank() {
    if (bank_) return *bank_;
    const auto sources = bank_sources();
    const std::string stamp = store::source_stamp(sources);
    const auto cache_file = paths().cache / "bank.bin";
    auto merged = store::read_bank_cache(cache_file, stamp);
    if (!merged) {
        merged = store::load_bank_skipping_invalid(sources.front(),
                                                   {sources.begin() + 1, sources.end()});
        store::write_bank_cache(cache_file, stamp, *merged);
    }
    warn_skipped_banks(merged->skipped);
    bank_ = std::move(merged->bank);
    point_terms_ = std::move(merged->point_terms);
    question_files_ = std::move(merged->file_of);
    return *bank_;
}

std::optional<store::CachedQuestion> Context::cached_question(const std::string& id) {
    if (bank_) return std::nullopt;
    const std::string stamp = store::source_stamp(bank_sources());
    auto cached = store::read_cached_question(paths().cache / "bank.bin", stamp, id);
    if (cached) warn_skipped_banks(cached->skipped);
    return cached;
}

void Context::warn_skipped_banks(const std::vector<store::Diagnostic>& skipped) {
    for (const auto& problem : skipped) warn_left_out(problem, "this bank file", "bank validate");
}

std::vector<Question> Context::questions_from(const std::filesystem::path& file) {
    std::vector<Question> from;
    for (const auto& q : bank().questions()) {
        const auto found = question_files_.find(q.id);
        if (found != question_files_.end() && found->second == file.string()) from.push_back(q);
    }
    return from;
}

const KeyPointMatcher& Context::matcher() {
    if (!matcher_) {
        const Bank& loaded = bank();
        matcher_.emplace(point_terms_ ? std::move(*point_terms_) : count_point_terms(loaded));
    }
    return *matcher_;
}

const Bank& Context::validated_bank() {
    if (!validated_) {
        bank_ = store::load_bank(paths().questions(), paths().user_banks());
        point_terms_.reset();
        matcher_.reset();
        validated_ = true;
    }
    return *bank_;
}

store::ProfileDirs Context::profile_dirs() {
    return {paths().shipped_profiles(), paths().user_profiles()};
}

Profile Context::profile(const std::string& name) {
    std::vector<std::string> names;
    for (const auto& f : profile_dirs().list()) names.push_back(f.name);
    if (!store::valid_profile_name(name))
        throw UsageError("'" + name + "' is not a profile name (lowercase letters, digits, '-' " +
                         "and '_')" + did_you_mean(name, names));
    auto file = profile_dirs().find(name);
    if (!file) {
        throw UsageError("no profile '" + name + "'" + did_you_mean(name, names) +
                         "; `mockround profiles list` shows them");
    }
    if (file->user && !file->shadows_shipped) return store::load_profile(*file, bank());
    return usable_profile(*file).value().profile;  // shipped, or a user one giving way to it
}

std::optional<LoadedProfile> Context::usable_profile(const store::ProfileFile& file) {
    if (!file.user) return LoadedProfile{file, store::load_profile(file, bank())};
    try {
        return LoadedProfile{file, store::load_profile(file, bank())};
    } catch (const store::DataError& error) {
        warn_left_out(store::first_problem_of(file.path.string(), error.diagnostics()),
                      "this profile", "profiles validate");
    }
    const auto shipped =
        file.shadows_shipped ? profile_dirs().find_shipped(file.name) : std::nullopt;
    if (!shipped) return std::nullopt;
    return usable_profile(*shipped);
}

term::Style Context::out_style() const {
    return term::Style(term::color_enabled(color_mode, STDOUT_FILENO));
}
term::Style Context::err_style() const {
    return term::Style(term::color_enabled(color_mode, STDERR_FILENO));
}

void warn(const std::string& message) {
    std::fprintf(stderr, "mockround: %s\n", message.c_str());
}

void warn_left_out(const store::Diagnostic& problem, const std::string& what,
                   const std::string& check_command) {
    warn("warning: " + problem.to_string() + " (" + what + " is left out; `mockround " +
         check_command + "` lists all its problems)");
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] != b[j - 1])});
            diagonal = above;
        }
    }
    return row[b.size()];
}

}  // namespace mockround::cli
