#pragma once
// The score a candidate's coverage of the key points suggests. Enter accepts it; a digit
// overrides it. The rule, on the rubric's 0-4 scale:
//   nothing covered -> 1 (an answer with major gaps); no guide to judge by -> 0
//   under a third -> 1, under 60 % -> 2, under 90 % -> 3, else 4
//   a hint needed -> one less (never below 1)
#include <cstddef>

namespace mockround {

int suggested_score(std::size_t covered, std::size_t key_points, bool hint_used);

}  // namespace mockround
