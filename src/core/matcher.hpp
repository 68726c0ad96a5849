#pragma once
// Which key points of a guide a written answer covers, and why: offline, deterministic and
// explainable. Each key point becomes a set of terms (words stemmed, abbreviations expanded,
// code spans and numbers kept whole), weighted by how rare they are across the bank's key
// points; a point counts as covered when enough of its weight appears in the answer.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank.hpp"

namespace mockround {

// One key point's verdict: the letter, whether it is covered, and the answer's words that
// matched its terms (as the candidate wrote them).
struct PointMatch {
    std::string letter;
    bool covered = false;
    double share = 0;  // the part of the point's weight found in the answer, 0-1
    std::vector<std::string> evidence;
};

// The terms of a text as the matcher compares them: lower case, stemmed, synonyms folded.
std::vector<std::string> match_terms(std::string_view text);

class KeyPointMatcher {
  public:
    // Learns from every key point of the bank how common each term is.
    explicit KeyPointMatcher(const Bank& bank);

    std::vector<PointMatch> match(const Question& question, std::string_view answer) const;
    // The letters covered, in order: what the round pre-ticks as suggestions.
    std::vector<std::string> covered(const Question& question, std::string_view answer) const;

  private:
    std::map<std::string, int, std::less<>> point_frequency_;
    int point_count_ = 0;

    double weight(const std::string& term) const;
};

// A matcher built the first time it is needed, so a round starts without waiting for it.
class LazyMatcher {
  public:
    explicit LazyMatcher(const Bank& bank) : bank_(bank) {}
    const KeyPointMatcher* get() {
        if (!matcher_) matcher_.emplace(bank_);
        return &*matcher_;
    }

  private:
    const Bank& bank_;
    std::optional<KeyPointMatcher> matcher_;
};

}  // namespace mockround
