#include "store/paths.hpp"

#include <vector>

#include "store/errors.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

fs::path xdg_dir(const Getenv& getenv, const char* variable, const char* fallback) {
    const char* value = getenv(variable);
    // The spec says relative paths are invalid and must be ignored.
    if (value && *value && fs::path(value).is_absolute()) return fs::path(value) / "mockround";
    const char* home = getenv("HOME");
    return fs::path(home && *home ? home : "/") / fallback / "mockround";
}

fs::path find_shipped(const Getenv& getenv, const fs::path& executable) {
    if (const char* dir = getenv("MOCKROUND_DATA"); dir && *dir) {
        if (!fs::exists(fs::path(dir) / "questions.yaml"))
            throw FsError("MOCKROUND_DATA=" + std::string(dir) +
                          " holds no questions.yaml; point it at a directory that does");
        return dir;
    }
    const std::vector<fs::path> candidates = {
        executable.parent_path().parent_path() / "share" / "mockround",
        MOCKROUND_INSTALL_DATADIR,
        MOCKROUND_SOURCE_DIR,
    };
    for (const auto& dir : candidates)
        if (fs::exists(dir / "questions.yaml")) return dir;
    throw FsError("cannot find the shipped questions.yaml (looked in " + candidates[0].string() +
                  ", " + candidates[1].string() + ", " + candidates[2].string() +
                  "); set MOCKROUND_DATA to its directory");
}

}  // namespace

Paths resolve_paths(const Getenv& getenv, const fs::path& executable) {
    Paths paths;
    paths.shipped = find_shipped(getenv, executable);
    paths.config = xdg_dir(getenv, "XDG_CONFIG_HOME", ".config");
    paths.data = xdg_dir(getenv, "XDG_DATA_HOME", ".local/share");
    paths.cache = xdg_dir(getenv, "XDG_CACHE_HOME", ".cache");
    return paths;
}

fs::path current_executable() {
    std::error_code error;
    fs::path self = fs::read_symlink("/proc/self/exe", error);
    return error ? fs::path() : self;
}

}  // namespace mockround::store
