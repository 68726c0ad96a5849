// mockround report: the progress report as one self-contained HTML file (core/report.hpp).
#include <fmt/core.h>
#include <spawn.h>
#include <sys/wait.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "cli/review.hpp"
#include "core/report.hpp"
#include "store/atomic_file.hpp"

extern char** environ;  // NOLINT: POSIX declares it for posix_spawnp, no header does

namespace mockround::cli {

namespace {

struct ReportOptions {
    ReviewOptions review;
    std::string output = "report.html";
    bool open = false;
};

// Hands the file to the desktop's browser; false (with the reason said) when that fails.
bool open_in_browser(const std::filesystem::path& file) {
    const std::string path = std::filesystem::absolute(file).string();
    char* argv[] = {const_cast<char*>("xdg-open"), const_cast<char*>(path.c_str()), nullptr};
    pid_t pid = 0;
    if (const int error = posix_spawnp(&pid, "xdg-open", nullptr, nullptr, argv, environ)) {
        warn(fmt::format("cannot run xdg-open ({}); open {} in a browser", std::strerror(error),
                         path));
        return false;
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    if (WIFEXITED(status) && WEXITSTATUS(status) == 0) return true;
    warn(fmt::format("xdg-open could not open {}; open it in a browser", path));
    return false;
}

void report(Context& context, const ReportOptions& options) {
    const bool to_stdout = options.output == "-";
    if (to_stdout && options.open) throw UsageError("--open needs a file: -o FILE, not -o -");
    const RoundSelection selection = select_rounds(context, options.review);
    const ReportInput input{selection.rounds,
                            context.bank(),
                            {store_local_day, local_text, today()},
                            since_filter(options.review),
                            local_text(std::chrono::system_clock::now())};
    const std::string html = render_report(input);
    if (to_stdout) return fmt::print("{}", html);
    store::write_atomically(options.output, html, false);  // derived: no fsync needed
    fmt::print("Report of {} round{} written to {} ({} KB)\n", selection.rounds.size(),
               selection.rounds.size() == 1 ? "" : "s", options.output,
               (html.size() + 1023) / 1024);
    if (options.open && !open_in_browser(options.output)) context.exit_code = exit_failure;
}

}  // namespace

void setup_report(CLI::App& app, Context& context) {
    auto options = std::make_shared<ReportOptions>();
    CLI::App* sub = app.add_subcommand("report", "Progress as one self-contained HTML page");
    sub->add_option("-o,--output", options->output,
                    "Write to this file (default: report.html here; - for stdout)");
    sub->add_option("--since", options->review.since,
                    "Only rounds started on or after this local day")
        ->option_text("YYYY-MM-DD");
    sub->add_flag("--strict", options->review.strict, "Exit 3 when a transcript cannot be read");
    sub->add_flag("--open", options->open, "Open the report in the browser (xdg-open)");
    sub->footer(
        "Headline numbers, mean score per week, a coverage map of the bank, a practice calendar,\n"
        "time against budget per kind, calibration, the weakest topics and questions, recent\n"
        "rounds. Inline CSS and SVG: no script, no network; it holds your answers (mode 0600).\n"
        "Examples:\n  mockround report --open\n  mockround report --since 2026-11-01 -o "
        "progress.html");
    sub->callback([&context, options] { report(context, *options); });
}

}  // namespace mockround::cli
