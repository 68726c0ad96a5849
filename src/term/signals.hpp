#pragma once
// Signals a round cares about arrive only inside the wait (ppoll), never in the middle of a
// save or a redraw: they are blocked otherwise, and their handlers only set a flag.
#include <signal.h>

#include <chrono>
#include <optional>

namespace mockround::term {

enum SignalFlag : unsigned {
    signal_interrupt = 1u << 0,  // SIGINT
    signal_terminate = 1u << 1,  // SIGTERM
    signal_hangup = 1u << 2,     // SIGHUP: the terminal went away
    signal_resize = 1u << 3,     // SIGWINCH
    signal_stop = 1u << 4,       // SIGTSTP
    signal_continue = 1u << 5,   // SIGCONT
};

class SignalWatch {
  public:
    SignalWatch();
    ~SignalWatch();
    SignalWatch(const SignalWatch&) = delete;
    SignalWatch& operator=(const SignalWatch&) = delete;

    // Flags raised since the last call.
    unsigned take();

    struct Wake {
        bool input = false;  // `fd` is readable (or closed)
        unsigned signals = 0;
    };
    // Waits until `fd` is readable, a signal arrives, or `timeout` passes (none: forever).
    Wake wait(int fd, std::optional<std::chrono::microseconds> timeout);

  private:
    sigset_t old_mask_;
    sigset_t wait_mask_;
    struct sigaction old_actions_[6];
};

}  // namespace mockround::term
