// Builds the command line, dispatches to a subcommand, and turns every error into a message
// on stderr and one of the documented exit codes.
#include <CLI/CLI.hpp>
#include <csignal>
#include <cstdio>
#include <map>
#include <string>
#include <system_error>
#include <vector>

#include "audio/pcm.hpp"
#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "store/errors.hpp"
#include "store/transcript.hpp"

using namespace mockround;
using namespace mockround::cli;

namespace {

// The words the parse left over, from the app and each chosen subcommand down the chain.
std::vector<std::string> leftover_words(const CLI::App& app) {
    std::vector<std::string> words;
    for (const CLI::App* sub = &app; sub;) {
        for (const auto& word : sub->remaining())
            if (!word.empty() && word[0] != '-') words.push_back(word);
        auto chosen = sub->get_subcommands();
        sub = chosen.empty() ? nullptr : chosen.front();
    }
    return words;
}

// "mockround histroy": the command closest to the word given, like git's and ninja's.
std::string unknown_command(const CLI::App& command, const std::vector<std::string>& words) {
    if (words.empty()) return "";
    std::vector<std::string> names;
    for (const CLI::App* sub : command.get_subcommands([](const CLI::App*) { return true; }))
        names.push_back(sub->get_name());
    if (names.empty()) return "";
    return "unknown command '" + words.front() + "'" + did_you_mean(words.front(), names);
}

int report_parse_error(const CLI::App& app, const CLI::ParseError& error) {
    std::string subcommand;
    const CLI::App* deepest = &app;
    for (const CLI::App* sub = &app; sub;) {
        auto chosen = sub->get_subcommands();
        if (chosen.empty()) break;
        sub = deepest = chosen.front();
        subcommand += " " + sub->get_name();
    }
    const std::string unknown = unknown_command(*deepest, leftover_words(app));
    warn(unknown.empty() ? error.what() : unknown);
    warn("run 'mockround" + subcommand + " --help' for usage");
    return exit_usage;
}

int run_mockround(int argc, char** argv) {
    // A closed terminal or a file size limit must fail a write, not kill the process: the
    // round is saved on the way out.
    std::signal(SIGPIPE, SIG_IGN);
    std::signal(SIGXFSZ, SIG_IGN);
    CLI::App app("mockround: timed mock interview rounds for backend engineers", "mockround");
    app.set_version_flag("--version", "mockround " MOCKROUND_VERSION);
    app.require_subcommand(1);
    // Global options (--color, --version, --help) may come after the subcommand too; every
    // subcommand inherits this from the app, so it must be set before they are added.
    app.fallthrough();
    app.footer(exit_codes_help);
    Context context;
    const std::map<std::string, term::ColorMode> color_modes = {
        {"auto", term::ColorMode::automatic},
        {"always", term::ColorMode::always},
        {"never", term::ColorMode::never}};
    app.add_option("--color", context.color_mode, "Colour: auto (default), always, never")
        ->transform(CLI::CheckedTransformer(color_modes, CLI::ignore_case))
        ->option_text("auto|always|never");
    setup_run(app, context);
    setup_resume(app, context);
    setup_watch(app, context);
    setup_bank(app, context);
    setup_profiles(app, context);
    setup_history(app, context);
    setup_show(app, context);
    setup_stats(app, context);
    setup_weak(app, context);
    setup_compare(app, context);
    setup_export(app, context);
    setup_play(app, context);
    setup_audio(app, context);
    setup_plan(app, context);
    setup_report(app, context);

    try {
        app.parse(argc, argv);
        return context.exit_code;
    } catch (const CLI::CallForHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForAllHelp& e) {
        return app.exit(e);
    } catch (const CLI::CallForVersion& e) {
        return app.exit(e);
    } catch (const CLI::ParseError& e) {
        return report_parse_error(app, e);
    } catch (const UsageError& e) {
        warn(e.what());
        return exit_usage;
    } catch (const store::DataError& e) {
        for (const auto& d : e.diagnostics()) warn(d.to_string());
        warn(
            "the data file above is invalid; fix it (`mockround bank validate FILE` and "
            "`mockround profiles validate FILE` check banks and profiles)");
        return exit_invalid_data;
    } catch (const store::RoundBusy& e) {
        warn(std::string(e.what()) + "; finish or quit it there first");
        return exit_failure;
    } catch (const audio::DeviceError& e) {
        warn(e.what());
        return exit_file_system;
    } catch (const store::FsError& e) {
        warn(e.what());
        return exit_file_system;
    } catch (const std::system_error& e) {
        // `mockround bank list --json | head`: the reader has all it wanted.
        if (e.code() == std::errc::broken_pipe) return exit_ok;
        warn(std::string("unexpected error: ") + e.what());
        return exit_failure;
    } catch (const std::exception& e) {
        warn(std::string("unexpected error: ") + e.what());
        return exit_failure;
    }
}

}  // namespace

int main(int argc, char** argv) {
    try {
        return run_mockround(argc, argv);
    } catch (...) {
        // Only setting the commands up gets here (out of memory, say): run_mockround reports
        // everything a command throws.
        std::fputs("mockround: unexpected error while starting\n", stderr);
        return exit_failure;
    }
}
