#include "term/coverage_map.hpp"

#include <fmt/format.h>

namespace mockround::term {

namespace {

// never asked, skipped, then the scores 0..4 (to_ascii: ". x _ - = * #").
constexpr const char* coverage_glyphs[coverage_marks] = {"·", "×", "▁", "▃", "▅", "▇", "█"};

std::string coverage_glyph(CoverageMark mark, const Style& style) {
    std::string glyph = style.glyphs(coverage_glyphs[static_cast<std::size_t>(mark)]);
    switch (mark) {
        case CoverageMark::never:
        case CoverageMark::skipped:
            return style.dim(glyph);
        case CoverageMark::score0:
            return style.red(glyph);
        case CoverageMark::score1:
            return style.yellow(glyph);
        case CoverageMark::score2:
            return glyph;
        case CoverageMark::score3:
            return style.cyan(glyph);
        case CoverageMark::score4:
            return style.blue(glyph);
    }
    return glyph;
}

}  // namespace

std::string render_coverage(const std::vector<CoverageSection>& sections, const Style& style) {
    std::string out;
    int asked = 0;
    std::size_t questions = 0;
    for (const auto& s : sections) {
        out += fmt::format("{:<18} {:>4}/{:<4} ", s.id, s.asked(), s.cells.size());
        for (std::size_t i = 0; i < s.cells.size(); ++i) {
            if (i > 0 && i % coverage_cells_per_line == 0) out += "\n" + std::string(29, ' ');
            out += coverage_glyph(s.cells[i].mark, style);
        }
        out += '\n';
        asked += s.asked();
        questions += s.cells.size();
    }
    out += fmt::format("\n{} of {} questions asked. Last outcome:", asked, questions);
    for (std::size_t m = 0; m < coverage_marks; ++m) {
        const auto mark = static_cast<CoverageMark>(m);
        out += "  " + coverage_glyph(mark, style) + " " + std::string(to_string(mark));
    }
    return out + "\n";
}

}  // namespace mockround::term
