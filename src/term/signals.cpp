#include "term/signals.hpp"

#include <poll.h>

#include <algorithm>
#include <cerrno>

namespace mockround::term {

namespace {

constexpr int watched[] = {SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGTSTP, SIGCONT};
volatile sig_atomic_t raised = 0;

void on_signal(int number) {
    for (unsigned i = 0; i < 6; ++i)
        if (watched[i] == number) raised = raised | static_cast<sig_atomic_t>(1u << i);
}

}  // namespace

SignalWatch::SignalWatch() {
    sigset_t block;
    sigemptyset(&block);
    for (int number : watched) sigaddset(&block, number);
    sigprocmask(SIG_BLOCK, &block, &old_mask_);
    wait_mask_ = old_mask_;
    for (int number : watched) sigdelset(&wait_mask_, number);
    struct sigaction action {};
    action.sa_handler = on_signal;
    sigemptyset(&action.sa_mask);
    for (unsigned i = 0; i < 6; ++i) sigaction(watched[i], &action, &old_actions_[i]);
}

SignalWatch::~SignalWatch() {
    for (unsigned i = 0; i < 6; ++i) sigaction(watched[i], &old_actions_[i], nullptr);
    sigprocmask(SIG_SETMASK, &old_mask_, nullptr);
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
    for (int fd : fds) watch.push_back({fd, POLLIN, 0});
    timespec limit{};
    if (timeout) {
        const auto micros = std::max<long long>(0, timeout->count());
        limit.tv_sec = static_cast<time_t>(micros / 1'000'000);
        limit.tv_nsec = static_cast<long>(micros % 1'000'000 * 1000);
    }
    const int ready = ppoll(watch.data(), watch.size(), timeout ? &limit : nullptr, &wait_mask_);
    for (const auto& entry : watch)
        if (ready > 0 && (entry.revents & (POLLIN | POLLHUP | POLLERR)))
            wake.readable.push_back(entry.fd);
    wake.input = !fds.empty() && wake.ready(fds.front());
    wake.signals = take();
    return wake;
}

}  // namespace mockround::term
