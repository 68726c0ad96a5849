#pragma once
// Which key points of a guide a written answer covers, and why: offline, deterministic and
// explainable. Each key point becomes a set of terms (words stemmed, abbreviations expanded,
// code spans and numbers kept whole), weighted by how rare they are across the bank's key
// points; a point counts as covered when enough of its weight appears in the answer.
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
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

// How many of the bank's key points hold each term: what makes a term rare, and so weighty.
// Counting them takes most of a match's time, so the bank cache keeps them.
struct PointTermCounts {
    int points = 0;
    std::unordered_map<std::string, int> frequency;
};

PointTermCounts count_point_terms(const Bank& bank);
// The distinct terms of one question's key points: every count a match of it looks up, so
// counts of these alone match it exactly as the whole bank's do.
std::vector<std::string> key_point_terms(const Question& question);

class KeyPointMatcher {
  public:
    explicit KeyPointMatcher(PointTermCounts counts) : counts_(std::move(counts)) {}
    explicit KeyPointMatcher(const Bank& bank) : KeyPointMatcher(count_point_terms(bank)) {}

    std::vector<PointMatch> match(const Question& question, std::string_view answer) const;
    // The letters covered, in order: what the round pre-ticks as suggestions.
    std::vector<std::string> covered(const Question& question, std::string_view answer) const;

  private:
    PointTermCounts counts_;

    double weight(const std::string& term) const;
};

}  // namespace mockround
