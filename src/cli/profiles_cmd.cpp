// mockround profiles list|show|validate
#include <fmt/core.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "cli/commands.hpp"
#include "core/duration.hpp"
#include "store/bank_loader.hpp"
#include "store/errors.hpp"
#include "store/profile_loader.hpp"

namespace mockround::cli {

namespace {

using nlohmann::json;

struct ProfilesOptions {
    std::string name;
    std::vector<std::string> files;
    bool json = false;
};

store::ProfileDirs profile_dirs(Context& context) {
    return {context.paths().shipped_profiles(), context.paths().user_profiles()};
}

std::string origin(const store::ProfileFile& file) {
    if (file.shadows_shipped) return "user (shadows shipped)";
    return file.user ? "user" : "shipped";
}

void list_profiles(Context& context, const ProfilesOptions& options) {
    json list = json::array();
    for (const auto& listed : profile_dirs(context).list()) {
        const auto loaded = context.usable_profile(listed);
        if (!loaded) continue;
        const auto& [file, profile] = *loaded;
        list.push_back({{"name", file.name},
                        {"title", profile.title},
                        {"minutes", profile.minutes},
                        {"origin", origin(file)},
                        {"path", file.path.string()}});
    }
    if (options.json) {
        fmt::print("{}\n", list.dump(2));
        return;
    }
    const term::Style style = context.out_style();
    for (const auto& p : list)
        fmt::print("{} {:>3} min  {:<34} {}\n",
                   style.cyan(fmt::format("{:<18}", p["name"].get<std::string>())),
                   p["minutes"].get<int>(), p["title"].get<std::string>(),
                   style.dim(p["origin"].get<std::string>()));
}

json profile_json(const Profile& profile) {
    json budgets = json::object(), levels = json::object();
    for (const auto& [kind, budget] : profile.budgets) budgets[to_string(kind)] = budget.count();
    for (const auto& [level, share] : profile.level_mix) levels[to_string(level)] = share;
    return {{"name", profile.name},
            {"title", profile.title},
            {"description", profile.description},
            {"minutes", profile.minutes},
            {"overtime", to_string(profile.overtime)},
            {"sections", profile.section_weights},
            {"levels", levels},
            {"budget_seconds", budgets},
            {"path", profile.source}};
}

void show_profile(Context& context, const ProfilesOptions& options) {
    const Profile profile = context.profile(options.name);
    if (options.json) {
        fmt::print("{}\n", profile_json(profile).dump(2));
        return;
    }
    const term::Style style = context.out_style();
    fmt::print("{} ({}): {}\n", style.bold(profile.title), profile.name, profile.source);
    if (!profile.description.empty()) fmt::print("{}\n", profile.description);
    fmt::print("\n{} minutes; at time-up: {}\n", profile.minutes,
               profile.overtime == Overtime::advance ? "advance to scoring"
                                                     : "keep answering, overtime is recorded");
    double total = 0;
    for (const auto& [id, weight] : profile.section_weights) total += weight;
    fmt::print("\n{}\n", style.bold("Sections"));
    for (const auto& [id, weight] : profile.section_weights)
        if (weight > 0) fmt::print("  {:<16} {:>4.0f}%\n", id, 100 * weight / total);
    fmt::print("\n{}\n", style.bold("Levels"));
    for (const auto& [level, share] : profile.level_mix)
        fmt::print("  {:<8} {}\n", to_string(level), share);
    fmt::print("\n{}\n", style.bold("Budget per question"));
    for (const auto& [kind, budget] : profile.budgets)
        fmt::print("  {:<9} {}\n", to_string(kind), format_duration(budget));
}

void validate_profiles(Context& context, const ProfilesOptions& options) {
    std::vector<store::ProfileFile> files;
    if (options.files.empty()) files = profile_dirs(context).list();
    for (const auto& path : options.files) {
        std::filesystem::path p(path);
        files.push_back({p.stem().string(), p, false, true});
    }
    std::vector<store::Diagnostic> problems;
    for (const auto& file : files) {
        try {
            store::load_profile(file, context.bank());
        } catch (const store::DataError& e) {
            problems.insert(problems.end(), e.diagnostics().begin(), e.diagnostics().end());
        }
    }
    if (!problems.empty()) throw store::DataError(problems);
    fmt::print("ok: {} profile(s)\n", files.size());
}

}  // namespace

void setup_profiles(CLI::App& app, Context& context) {
    auto options = std::make_shared<ProfilesOptions>();
    CLI::App* profiles = app.add_subcommand("profiles", "List, show and check round profiles");
    profiles->require_subcommand(1);
    auto add = [&](const char* name, const char* help, auto run) {
        CLI::App* sub = profiles->add_subcommand(name, help);
        sub->callback([&context, options, run] { run(context, *options); });
        return sub;
    };
    CLI::App* list = add("list", "List profiles: name, minutes, title, origin", list_profiles);
    list->add_flag("--json", options->json, "Print a JSON array");
    list->footer("Example: mockround profiles list");

    CLI::App* show = add("show", "Show a profile's weights, levels and budgets", show_profile);
    show->add_option("name", options->name, "Profile name, e.g. fresher")->required();
    show->add_flag("--json", options->json, "Print a JSON object");
    show->footer("Example: mockround profiles show senior-backend");

    CLI::App* validate =
        add("validate", "Check profile files (default: every profile)", validate_profiles);
    // A missing file is the file system's error (exit 4), as for every file read, not usage.
    validate->add_option("files", options->files, "Profile files");
    validate->footer("Example: mockround profiles validate ~/.config/mockround/profiles/mine.yaml");
}

}  // namespace mockround::cli
