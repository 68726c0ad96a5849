#pragma once
#include <string>

#include "core/round.hpp"
#include "term/style.hpp"

namespace mockround::term {

// The end-of-round summary: each question's time against its budget and its score, the mean,
// the mean per section.
std::string render_summary(const RoundInfo& info, const std::vector<QuestionRecord>& questions,
                           const Style& style);

}  // namespace mockround::term
