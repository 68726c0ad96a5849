#pragma once
// The terminal in raw mode on the alternate screen, restored in exactly one place whatever
// happens: the destructor, or suspend() before the process stops for Ctrl-Z.
#include <termios.h>

#include <string_view>

namespace mockround::term {

class Terminal {
  public:
    Terminal(int in_fd, int out_fd);
    ~Terminal();
    Terminal(const Terminal&) = delete;
    Terminal& operator=(const Terminal&) = delete;

    void suspend();  // back to the saved settings and the normal screen
    void resume();   // raw mode and the alternate screen again
    struct Size {
        int columns = 80, rows = 24;
    };
    Size size() const;
    // Writes everything, retrying partial writes; false when the terminal is gone.
    bool write(std::string_view text) const;

  private:
    int in_, out_;
    termios saved_{};
    bool active_ = false;
};

}  // namespace mockround::term
