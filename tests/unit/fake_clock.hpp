#pragma once
// A clock for tests: time moves only when told to.
#include "core/clock.hpp"

namespace mockround {

class FakeClock final : public Clock {
  public:
    SteadyTime now() const override { return steady_; }
    WallTime wall_now() const override { return wall_; }
    void advance(Micros by) {
        steady_ += by;
        wall_ += by;
    }

  private:
    SteadyTime steady_{std::chrono::hours(1000)};
    WallTime wall_{std::chrono::sys_days{std::chrono::year{2026} / 11 / 24} +
                   std::chrono::hours(9)};
};

}  // namespace mockround
