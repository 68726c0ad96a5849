#pragma once
// Time as the core sees it: a steady clock for deadlines and durations, a wall clock for the
// timestamps people read. Injected, so every rule about time is tested without sleeping.
#include <chrono>

namespace mockround {

using SteadyTime = std::chrono::steady_clock::time_point;
using WallTime = std::chrono::system_clock::time_point;
using Micros = std::chrono::microseconds;

// Seconds with a fraction, as files and JSON spell durations.
inline double seconds_of(Micros value) {
    return std::chrono::duration<double>(value).count();
}

class Clock {
  public:
    virtual ~Clock() = default;
    virtual SteadyTime now() const = 0;
    virtual WallTime wall_now() const = 0;
};

class SystemClock final : public Clock {
  public:
    SteadyTime now() const override { return std::chrono::steady_clock::now(); }
    WallTime wall_now() const override { return std::chrono::system_clock::now(); }
};

}  // namespace mockround
