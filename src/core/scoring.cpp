#include "core/scoring.hpp"

#include <algorithm>

namespace mockround {

int suggested_score(std::size_t covered, std::size_t key_points, bool hint_used) {
    if (key_points == 0 || covered == 0) return 0;
    const double share =
        static_cast<double>(std::min(covered, key_points)) / static_cast<double>(key_points);
    int score = share < 1.0 / 3 ? 1 : share < 0.6 ? 2 : share < 0.9 ? 3 : 4;
    if (hint_used) score = std::max(1, score - 1);
    return score;
}

}  // namespace mockround
