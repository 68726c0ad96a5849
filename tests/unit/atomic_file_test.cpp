#include <sys/resource.h>

#include <csignal>

#include <catch2/catch.hpp>

#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/errors.hpp"
#include "temp_dir.hpp"

using namespace mockround::store;

namespace {

std::size_t entries_in(const std::filesystem::path& dir) {
    return static_cast<std::size_t>(std::distance(std::filesystem::directory_iterator(dir),
                                                  std::filesystem::directory_iterator()));
}

}  // namespace

TEST_CASE("an atomic write replaces the file and leaves no temporary file") {
    TempDir dir;
    const auto path = dir.write("round.yaml", "old");
    write_atomically(path, "new");
    CHECK(read_file(path) == "new");
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("a failed write (a full disk) leaves the old file and no temporary file") {
    TempDir dir;
    const auto path = dir.write("round.yaml", "old");
    // A file size limit fails writes with EFBIG, even for root, as a full disk fails them.
    signal(SIGXFSZ, SIG_IGN);
    rlimit saved{};
    getrlimit(RLIMIT_FSIZE, &saved);
    rlimit tiny = saved;
    tiny.rlim_cur = 16;
    setrlimit(RLIMIT_FSIZE, &tiny);
    CHECK_THROWS_AS(write_atomically(path, std::string(100, 'x')), FsError);
    setrlimit(RLIMIT_FSIZE, &saved);
    CHECK(read_file(path) == "old");
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("a rename that fails removes the temporary file") {
    TempDir dir;
    std::filesystem::create_directories(dir.path() / "taken" / "inside");  // not replaceable
    CHECK_THROWS_AS(write_atomically(dir.path() / "taken", "new"), FsError);
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("a directory that cannot take the file is an FsError naming it") {
    TempDir dir;
    const auto not_a_dir = dir.write("plain", "x");
    try {
        write_atomically(not_a_dir / "round.yaml", "new");
        FAIL("no error");
    } catch (const FsError& e) {
        CHECK_THAT(e.what(), Catch::Contains("plain"));
    }
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("a writer given up before commit (the caller threw) removes its temporary file") {
    TempDir dir;
    const auto path = dir.write("rounds.idx", "old");
    try {
        AtomicFile file(path, false);
        file.write("half of it");
        CHECK(entries_in(dir.path()) == 2);
        throw std::runtime_error("encoding failed");
    } catch (const std::runtime_error&) {
    }
    CHECK(read_file(path) == "old");
    CHECK(entries_in(dir.path()) == 1);
}

TEST_CASE("a file name without a directory is written in the current one") {
    TempDir dir;
    const auto cwd = std::filesystem::current_path();
    std::filesystem::current_path(dir.path());
    write_atomically("plain.yaml", "new");
    std::filesystem::current_path(cwd);
    CHECK(read_file(dir.path() / "plain.yaml") == "new");
}
