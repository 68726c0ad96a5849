#pragma once
// The coverage map: every question of the bank, grouped by section in the bank's order, marked
// by how it went the last time it was asked (never asked, skipped, or its score 0-4). `stats
// --coverage` draws it in the terminal and `report` in HTML.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "core/bank.hpp"
#include "core/stats.hpp"

namespace mockround {

// never, skipped, then the scores 0..4: an index into per-mark tables (glyphs, colours).
enum class CoverageMark { never, skipped, score0, score1, score2, score3, score4 };
inline constexpr std::size_t coverage_marks = 7;
std::string_view to_string(CoverageMark mark);  // "never asked", "skipped", "score 3"

struct CoverageCell {
    const Question* question = nullptr;
    CoverageMark mark = CoverageMark::never;
    int attempts = 0;
};

struct CoverageSection {
    std::string id, title;
    std::vector<CoverageCell> cells;
    std::array<int, coverage_marks> counts{};  // cells per mark
    int asked() const;                         // cells asked at least once
};

// Questions asked but since gone from the bank are not on the map: it is a map of the bank.
std::vector<CoverageSection> coverage_map(const Bank& bank,
                                          const std::vector<QuestionHistory>& histories);

}  // namespace mockround
