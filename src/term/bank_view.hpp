#pragma once
#include "core/bank.hpp"
#include "core/matcher.hpp"

namespace mockround::term {

// What a round's screens read of the bank: the questions with their guides, and the matcher
// built over those guides' key points.
struct BankView {
    const Bank& bank;
    const KeyPointMatcher& matcher;
};

}  // namespace mockround::term
