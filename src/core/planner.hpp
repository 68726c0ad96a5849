#pragma once
// Draws a round from a profile and the bank.
#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/bank.hpp"
#include "core/profile.hpp"

namespace mockround {

struct PlanOptions {
    std::uint64_t seed = 0;
    std::optional<int> questions;                // draw exactly this many (if the bank allows)
    std::optional<int> minutes;                  // the round's length instead of the profile's
    std::optional<std::chrono::seconds> budget;  // every question gets this budget
    std::vector<std::string> sections;           // only these sections (profile weights kept)
    std::optional<Level> level;                  // only this level
    // A focused round (run --focus) draws only these questions, still by section weight; with
    // `focus_in_order` it takes each section's first one left in the focus order (most urgent
    // first, whatever its level), else any.
    std::optional<std::vector<std::string>> focus;
    bool focus_in_order = false;
};

struct PlannedQuestion {
    const Question* question;
    std::chrono::seconds budget;
};

struct Plan {
    std::vector<PlannedQuestion> questions;
    std::chrono::seconds round_length{0};
    std::uint64_t seed = 0;
    std::vector<std::string> notes;  // what the user should know: too few questions, a longer round
};

// Deterministic for a given seed. Sections are drawn by weight, then a level by the profile's
// mix among the levels that section still has, then a question; no question twice and never
// two questions linked by same_as. Without --questions it draws while the budgets still fit
// the round. Throws std::invalid_argument when the filters leave no question at all.
Plan plan_round(const Bank& bank, const Profile& profile, const PlanOptions& options);

// The id of the question a same_as chain leads to: twins share it.
const std::string& family_of(const Bank& bank, const Question& question);

}  // namespace mockround
