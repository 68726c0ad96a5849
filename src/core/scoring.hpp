#pragma once
// The score a candidate's coverage of the key points suggests. Enter accepts it; a digit
// overrides it. The rule, on the rubric's 0-4 scale:
//   nothing covered, or no guide to judge by -> 0 (a blank answer is "no answer")
//   under a third -> 1, under 60 % -> 2, under 90 % -> 3, else 4
//   a hint needed -> one less (never below 1 once something was covered)
#include <cstddef>

namespace mockround {

int suggested_score(std::size_t covered, std::size_t key_points, bool hint_used);

}  // namespace mockround
