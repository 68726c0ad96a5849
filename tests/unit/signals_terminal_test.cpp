// The signal watch and the raw terminal: what they install, and what they say when the system
// refuses to put things back.
#include <fcntl.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

#include "temp_dir.hpp"
#include "term/signals.hpp"
#include "term/terminal.hpp"

using namespace mockround::term;

namespace {

// A pseudo-terminal's two ends, closed afterwards.
struct Pty {
    int master = posix_openpt(O_RDWR | O_NOCTTY);
    int slave = -1;
    Pty() {
        REQUIRE(master >= 0);
        REQUIRE(grantpt(master) == 0);
        REQUIRE(unlockpt(master) == 0);
        slave = open(ptsname(master), O_RDWR | O_NOCTTY);
        REQUIRE(slave >= 0);
    }
    ~Pty() {
        close(slave);
        close(master);
    }
    Pty(const Pty&) = delete;
    Pty& operator=(const Pty&) = delete;

    // The slave's descriptor now leads to /dev/null: the terminal is gone from under it.
    void lose_terminal() const {
        const int null = open("/dev/null", O_RDWR);
        REQUIRE(dup2(null, slave) == slave);
        close(null);
    }
};

// What `action` writes on stderr.
template <class F>
std::string stderr_of(F action) {
    TempDir dir;
    const auto file = dir.path() / "stderr";
    std::fflush(stderr);
    const int saved = dup(STDERR_FILENO);
    const int sink = open(file.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    dup2(sink, STDERR_FILENO);
    close(sink);
    action();
    std::fflush(stderr);
    dup2(saved, STDERR_FILENO);
    close(saved);
    std::ostringstream text;
    text << std::ifstream(file).rdbuf();
    return text.str();
}

}  // namespace

TEST_CASE("a watched signal's handler runs with the other watched signals blocked") {
    SignalWatch watch;
    for (int number : watched_signals) {
        struct sigaction action {};
        REQUIRE(sigaction(number, nullptr, &action) == 0);
        for (int other : watched_signals) {
            INFO("handler of " << number << ", signal " << other);
            CHECK(sigismember(&action.sa_mask, other) == 1);
        }
    }
}

TEST_CASE("the signal watch puts back the handlers and the mask it found") {
    sigset_t mask_before;
    REQUIRE(sigprocmask(SIG_SETMASK, nullptr, &mask_before) == 0);
    struct sigaction before {};
    REQUIRE(sigaction(SIGINT, nullptr, &before) == 0);
    { SignalWatch watch; }
    sigset_t mask_after;
    REQUIRE(sigprocmask(SIG_SETMASK, nullptr, &mask_after) == 0);
    struct sigaction after {};
    REQUIRE(sigaction(SIGINT, nullptr, &after) == 0);
    CHECK(after.sa_handler == before.sa_handler);
    for (int number : watched_signals)
        CHECK(sigismember(&mask_after, number) == sigismember(&mask_before, number));
}

TEST_CASE("a terminal is refused with the system's reason when it is not one") {
    const int null = open("/dev/null", O_RDWR);
    REQUIRE(null >= 0);
    CHECK_THROWS_AS(Terminal(null, null), std::system_error);
    close(null);
}

TEST_CASE("raw mode that cannot be entered again is an error, not a silent cooked terminal") {
    Pty pty;
    Terminal terminal(pty.slave, pty.slave);
    terminal.suspend();
    pty.lose_terminal();
    CHECK_THROWS_AS(terminal.resume(), std::system_error);
}

TEST_CASE("settings that cannot be restored are reported on stderr") {
    Pty pty;
    const std::string said = stderr_of([&] {
        Terminal terminal(pty.slave, pty.slave);
        pty.lose_terminal();
    });
    CHECK(said.rfind("mockround: cannot restore the terminal's settings", 0) == 0);
}
