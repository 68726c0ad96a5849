#pragma once
// The coverage map (core/coverage.hpp) for a terminal: one line per section, a glyph per
// question by its last outcome, in the bank's order. Heights carry the score, so the map reads
// without colour; colour (on a terminal, or --color always) repeats it.
#include <string>
#include <vector>

#include "core/coverage.hpp"
#include "term/style.hpp"

namespace mockround::term {

inline constexpr std::size_t coverage_cells_per_line = 60;

// "git              12/40 ▁▃█·····" ... and a legend; ASCII (".x_-=*#") without UTF-8.
std::string render_coverage(const std::vector<CoverageSection>& sections, const Style& style);

}  // namespace mockround::term
