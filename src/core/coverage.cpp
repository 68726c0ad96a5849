#include "core/coverage.hpp"

#include <map>
#include <string_view>

#include "core/enum_names.hpp"

namespace mockround {

namespace {

constexpr std::string_view coverage_mark_names[] = {"never asked", "skipped", "score 0", "score 1",
                                                    "score 2",     "score 3", "score 4"};

CoverageMark last_mark(const QuestionHistory& history) {
    const auto& last = history.attempts.back().score;
    if (!last) return CoverageMark::skipped;
    return static_cast<CoverageMark>(static_cast<int>(CoverageMark::score0) + *last);
}

}  // namespace

std::string_view to_string(CoverageMark mark) {
    return enum_name(mark, coverage_mark_names);
}

int CoverageSection::asked() const {
    return static_cast<int>(cells.size()) - counts[static_cast<std::size_t>(CoverageMark::never)];
}

std::vector<CoverageSection> coverage_map(const Bank& bank,
                                          const std::vector<QuestionHistory>& histories) {
    std::map<std::string_view, const QuestionHistory*> by_id;
    for (const auto& h : histories)
        if (!h.attempts.empty()) by_id.emplace(h.id, &h);
    std::vector<CoverageSection> out;
    std::map<std::string_view, std::size_t> section_at;
    for (const auto& section : bank.sections()) {
        section_at.emplace(section.id, out.size());
        out.push_back({section.id, section.title, {}, {}});
    }
    for (const auto& question : bank.questions()) {
        auto at = section_at.find(question.section);
        if (at == section_at.end()) continue;
        CoverageCell cell{&question, CoverageMark::never, 0};
        if (auto it = by_id.find(question.id); it != by_id.end())
            cell.mark = last_mark(*it->second),
            cell.attempts = static_cast<int>(it->second->attempts.size());
        CoverageSection& section = out[at->second];
        ++section.counts[static_cast<std::size_t>(cell.mark)];
        section.cells.push_back(cell);
    }
    return out;
}

}  // namespace mockround
