// Replays the review histories that histories.mjs printed from ts-fsrs through mockround's
// schedule (core/schedule) and compares every step: stability and difficulty within 0.1 %,
// due within a minute, reps and lapses equal, and the retrievability a while after the last
// review within 0.1 %. Prints the largest differences; exit 1 on any mismatch.
// Usage: fsrs_oracle_compare FILE.json
#include <chrono>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>

#include "core/schedule.hpp"

namespace {

using mockround::WallTime;
using nlohmann::json;

WallTime at_ms(const json& value) {
    return WallTime{std::chrono::milliseconds(value.get<std::int64_t>())};
}

double relative(double ours, double theirs) {
    return std::abs(ours - theirs) / std::max(std::abs(theirs), 1e-9);
}

struct Worst {
    double stability = 0, difficulty = 0, due_seconds = 0, retrievability = 0;
    int steps = 0, mismatches = 0;
};

void report(Worst& worst, bool bad, const std::string& what) {
    if (!bad) return;
    if (++worst.mismatches <= 10) std::fprintf(stderr, "mismatch: %s\n", what.c_str());
}

void check_step(const mockround::ReviewState& s, const json& step, std::size_t h, Worst& worst) {
    const double ds = relative(s.stability, step["stability"].get<double>());
    const double dd = relative(s.difficulty, step["difficulty"].get<double>());
    const double due = std::abs(std::chrono::duration<double>(*s.due - at_ms(step["due"])).count());
    worst.stability = std::max(worst.stability, ds);
    worst.difficulty = std::max(worst.difficulty, dd);
    worst.due_seconds = std::max(worst.due_seconds, due);
    ++worst.steps;
    const bool bad = ds > 1e-3 || dd > 1e-3 || due > 60 || s.reps != step["reps"].get<int>() ||
                     s.lapses != step["lapses"].get<int>();
    report(worst, bad,
           "history " + std::to_string(h) + " review " + std::to_string(s.reps) + ": S " +
               std::to_string(s.stability) + " vs " + step["stability"].dump() + ", D " +
               std::to_string(s.difficulty) + " vs " + step["difficulty"].dump() + ", due off by " +
               std::to_string(due) + " s, lapses " + std::to_string(s.lapses) + " vs " +
               step["lapses"].dump());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) return std::fprintf(stderr, "usage: fsrs_oracle_compare FILE.json\n"), 2;
    std::ifstream in(argv[1]);
    const json data = json::parse(in);
    mockround::FsrsParams params;
    params.retention = data["retention"].get<double>();
    Worst worst;
    const json& histories = data["histories"];
    for (std::size_t h = 0; h < histories.size(); ++h) {
        mockround::ReviewState state;
        for (const json& step : histories[h]["reviews"]) {
            // The rating as a score: 1 Again, 2 Hard, 3 Good, 4 Easy.
            state = mockround::next_state(state, {at_ms(step["at"]), step["rating"].get<int>()},
                                          params);
            check_step(state, step, h, worst);
        }
        const double r = mockround::retrievability(state, at_ms(histories[h]["later"]), params);
        const double dr = relative(r, histories[h]["retrievability"].get<double>());
        worst.retrievability = std::max(worst.retrievability, dr);
        report(worst, dr > 1e-3,
               "history " + std::to_string(h) + ": retrievability " + std::to_string(r) + " vs " +
                   histories[h]["retrievability"].dump());
    }
    std::printf(
        "%zu histories, %d reviews at retention %.2f: largest differences stability %.2g, "
        "difficulty %.2g (relative), due %.0f s, retrievability %.2g; %d mismatches\n",
        histories.size(), worst.steps, params.retention, worst.stability, worst.difficulty,
        worst.due_seconds, worst.retrievability, worst.mismatches);
    return worst.mismatches == 0 && worst.steps > 0 ? 0 : 1;
}
