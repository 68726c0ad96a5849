#pragma once
// What the terminal and signal code do when the system refuses a call: throw while setting up
// (nothing is half done), say so on stderr while putting things back (a destructor cannot
// throw, and the other things to restore still should be).
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <system_error>

namespace mockround::term {

[[noreturn]] inline void throw_os_error(const char* what) {
    throw std::system_error(errno, std::generic_category(), what);
}

inline void warn_os_error(const char* what) noexcept {
    std::fprintf(stderr, "mockround: %s: %s\n", what, std::strerror(errno));
}

}  // namespace mockround::term
