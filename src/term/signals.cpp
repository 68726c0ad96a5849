#include "term/signals.hpp"

#include <poll.h>

#include <algorithm>
#include <cerrno>

#include "term/os_error.hpp"

namespace mockround::term {

namespace {

volatile sig_atomic_t raised = 0;

void on_signal(int number) {
    for (std::size_t i = 0; i < watched_count; ++i)
        if (watched_signals[i] == number) raised = raised | static_cast<sig_atomic_t>(1u << i);
}

}  // namespace

SignalWatch::SignalWatch() {
    sigset_t block;
    sigemptyset(&block);
    for (int number : watched_signals) sigaddset(&block, number);
    if (sigprocmask(SIG_BLOCK, &block, &old_mask_) != 0)
        throw_os_error("cannot block the signals a round handles");
    wait_mask_ = old_mask_;
    for (int number : watched_signals) sigdelset(&wait_mask_, number);
    struct sigaction action {};
    action.sa_handler = on_signal;
    // Every signal is blocked while a handler runs: its read-modify-write of `raised` must not
    // be interrupted by another watched signal's, which would lose a flag.
    sigfillset(&action.sa_mask);
    for (std::size_t i = 0; i < watched_count; ++i) {
        if (sigaction(watched_signals[i], &action, &old_actions_[i]) == 0) continue;
        const int error = errno;
        restore_actions(i);
        restore_mask();
        errno = error;
        throw_os_error("cannot install the signal handlers");
    }
}

SignalWatch::~SignalWatch() {
    restore_actions(watched_count);
    restore_mask();
}

void SignalWatch::restore_actions(std::size_t count) noexcept {
    for (std::size_t i = 0; i < count; ++i)
        if (sigaction(watched_signals[i], &old_actions_[i], nullptr) != 0)
            warn_os_error("cannot restore a signal's handler");
}

void SignalWatch::restore_mask() noexcept {
    if (sigprocmask(SIG_SETMASK, &old_mask_, nullptr) != 0)
        warn_os_error("cannot restore the signal mask");
}

unsigned SignalWatch::take() {
    const auto flags = static_cast<unsigned>(raised);
    raised = 0;
    return flags;
}

bool SignalWatch::Wake::ready(int fd) const {
    return std::find(readable.begin(), readable.end(), fd) != readable.end();
}

SignalWatch::Wake SignalWatch::wait(const std::vector<int>& fds,
                                    std::optional<std::chrono::microseconds> timeout) {
    Wake wake;
    wake.signals = take();
    if (wake.signals) return wake;
    std::vector<pollfd> watch;
    watch.reserve(fds.size());
    for (int fd : fds) watch.push_back({fd, POLLIN, 0});
    timespec limit{};
    if (timeout) {
        const auto micros = std::max<long long>(0, timeout->count());
        limit.tv_sec = static_cast<time_t>(micros / 1'000'000);
        limit.tv_nsec = static_cast<long>(micros % 1'000'000 * 1000);
    }
    const int ready = ppoll(watch.data(), watch.size(), timeout ? &limit : nullptr, &wait_mask_);
    if (ready < 0 && errno != EINTR) throw_os_error("cannot wait for input");
    for (const auto& entry : watch)
        if (ready > 0 && (entry.revents & (POLLIN | POLLHUP | POLLERR)))
            wake.readable.push_back(entry.fd);
    wake.input = !fds.empty() && wake.ready(fds.front());
    wake.signals = take();
    return wake;
}

}  // namespace mockround::term
