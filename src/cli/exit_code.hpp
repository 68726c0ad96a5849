#pragma once

namespace mockround::cli {

// The one list of exit codes; README and --help document the same.
enum ExitCode : int {
    exit_ok = 0,
    exit_failure = 1,
    exit_usage = 2,
    exit_invalid_data = 3,
    exit_file_system = 4,
    exit_interrupted = 130,
};

inline constexpr const char* exit_codes_help =
    "Exit codes: 0 ok, 1 failure, 2 usage error, 3 invalid data file,\n"
    "            4 file system or sound device error (missing, unwritable, full),\n"
    "            130 interrupted.";

}  // namespace mockround::cli
