#pragma once
// A profile sets a round's shape: how long, which sections how often, which levels, and how
// long each kind of question may take.
#include <chrono>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "core/bank.hpp"

namespace mockround {

enum class Overtime { keep_answering, advance };  // "continue" | "advance" in files

std::string_view to_string(Overtime policy);
std::optional<Overtime> parse_overtime(std::string_view text);

struct Profile {
    std::string name;  // file stem: "fresher"
    std::string title;
    std::string description;
    int minutes = 45;
    std::map<std::string, double> section_weights;  // section id -> weight (>= 0, not all 0)
    std::map<Level, double> level_mix;              // share of each level; missing = 0
    std::map<Kind, std::chrono::seconds> budgets;   // per-question time budget per kind
    Overtime overtime = Overtime::keep_answering;
    std::string source;  // where it was loaded from, for `profiles list`
};

}  // namespace mockround
