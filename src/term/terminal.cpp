#include "term/terminal.hpp"

#include <sys/ioctl.h>
#include <unistd.h>

#include <cerrno>

#include "term/os_error.hpp"

namespace mockround::term {

namespace {
// The alternate screen, no cursor, and bracketed paste: a pasted answer arrives marked as text.
constexpr std::string_view enter_screen = "\x1b[?1049h\x1b[?25l\x1b[?2004h";
constexpr std::string_view leave_screen = "\x1b[?2004l\x1b[?25h\x1b[?1049l";
}  // namespace

Terminal::Terminal(int in_fd, int out_fd) : in_(in_fd), out_(out_fd) {
    if (tcgetattr(in_, &saved_) != 0) throw_os_error("cannot read the terminal's settings");
    resume();
}

Terminal::~Terminal() {
    suspend();
}

void Terminal::resume() {
    termios raw = saved_;
    // Not cfmakeraw: output post-processing stays, so "\n" still returns the carriage.
    raw.c_iflag &= ~static_cast<tcflag_t>(BRKINT | ICRNL | INPCK | ISTRIP | IXON);
    raw.c_lflag &= ~static_cast<tcflag_t>(ECHO | ICANON | IEXTEN | ISIG);
    raw.c_cc[VMIN] = 1;
    raw.c_cc[VTIME] = 0;
    if (tcsetattr(in_, TCSAFLUSH, &raw) != 0) throw_os_error("cannot put the terminal in raw mode");
    active_ = true;
    write(enter_screen);
}

void Terminal::suspend() {
    if (!active_) return;
    active_ = false;
    write(leave_screen);
    if (tcsetattr(in_, TCSAFLUSH, &saved_) != 0)
        warn_os_error("cannot restore the terminal's settings (`stty sane` or `reset` does)");
}

Terminal::Size Terminal::size() const {
    winsize size{};
    if (ioctl(out_, TIOCGWINSZ, &size) != 0 || size.ws_col == 0) return {};
    return {size.ws_col, size.ws_row};
}

bool Terminal::write(std::string_view text) const {
    while (!text.empty()) {
        const ssize_t n = ::write(out_, text.data(), text.size());
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) return false;
        text.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
}

}  // namespace mockround::term
