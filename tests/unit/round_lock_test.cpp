#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <thread>

#include "store/round_lock.hpp"
#include "temp_dir.hpp"

using namespace mockround::store;

TEST_CASE("a round's lock file is there only while the round is open") {
    TempDir dir;
    const auto file = dir.path() / ".r1.lock";
    {
        RoundLock lock(dir.path(), "r1");
        CHECK(std::filesystem::exists(file));
        CHECK(round_is_open(dir.path(), "r1"));
    }
    CHECK_FALSE(std::filesystem::exists(file));
    CHECK_FALSE(round_is_open(dir.path(), "r1"));
    RoundLock again(dir.path(), "r1");  // and it can be opened again
    CHECK(round_is_open(dir.path(), "r1"));
}

TEST_CASE("a lock left by a killed process is not open and is taken over, then removed") {
    TempDir dir;
    const pid_t child = fork();
    if (child == 0) _exit(0);
    waitpid(child, nullptr, 0);  // a pid no process has now
    const auto file = dir.write(".r1.lock", std::to_string(child) + "\n");
    CHECK_FALSE(round_is_open(dir.path(), "r1"));
    CHECK(open_rounds(dir.path()).empty());
    { RoundLock lock(dir.path(), "r1"); }
    CHECK_FALSE(std::filesystem::exists(file));
}

TEST_CASE("the open rounds, the most recently opened first") {
    TempDir dir;
    dir.write("r0.yaml", "");  // a round on disk that no process holds
    RoundLock older(dir.path(), "r2");
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
    RoundLock newer(dir.path(), "r1");
    CHECK(open_rounds(dir.path()) == std::vector<std::string>{"r1", "r2"});
}
