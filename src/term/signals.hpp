#pragma once
// Signals a round cares about arrive only inside the wait (ppoll), never in the middle of a
// save or a redraw: they are blocked otherwise, and their handlers only set a flag.
#include <signal.h>

#include <array>
#include <chrono>
#include <iterator>
#include <optional>
#include <vector>

namespace mockround::term {

// The watched signals; the bit of each one's flag is its index here.
inline constexpr int watched_signals[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT};
inline constexpr std::size_t watched_count = std::size(watched_signals);

enum SignalFlag : unsigned {
    signal_interrupt = 1u << 0,  // SIGINT
    signal_terminate = 1u << 1,  // SIGTERM
    signal_hangup = 1u << 2,     // SIGHUP: the terminal went away
    signal_resize = 1u << 3,     // SIGWINCH
    signal_stop = 1u << 4,       // SIGTSTP
    signal_continue = 1u << 5,   // SIGCONT
};
static_assert(signal_continue == 1u << (watched_count - 1), "one flag per watched signal");

class SignalWatch {
  public:
    // Blocks the watched signals and installs their handlers; throws std::system_error (with
    // everything already changed put back) when the system refuses.
    SignalWatch();
    ~SignalWatch();
    SignalWatch(const SignalWatch&) = delete;
    SignalWatch& operator=(const SignalWatch&) = delete;

    // Flags raised since the last call.
    unsigned take();

    struct Wake {
        bool input = false;  // the first descriptor is readable (or closed)
        std::vector<int> readable;
        unsigned signals = 0;
        bool ready(int fd) const;
    };
    // Waits until one of `fds` is readable, a signal arrives, or `timeout` passes (none:
    // forever).
    Wake wait(const std::vector<int>& fds, std::optional<std::chrono::microseconds> timeout);
    Wake wait(int fd, std::optional<std::chrono::microseconds> timeout) {
        return wait(std::vector<int>{fd}, timeout);
    }

  private:
    void restore_actions(std::size_t count) noexcept;
    void restore_mask() noexcept;

    sigset_t old_mask_;
    sigset_t wait_mask_;
    std::array<struct sigaction, watched_count> old_actions_{};
};

}  // namespace mockround::term
