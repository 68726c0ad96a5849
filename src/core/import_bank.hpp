#pragma once
// From an imported list to a bank: ids, kinds, levels and minutes guessed by the rules that
// README.md "bank import" documents, and the ids of the previous import of the same list kept.
#include <string>
#include <string_view>
#include <vector>

#include "core/bank.hpp"
#include "core/import_parser.hpp"

namespace mockround {

Kind guess_kind(std::string_view text);
// `headings`: the section and topic titles above the question.
Level guess_level(std::string_view text, Kind kind, std::string_view headings);
int default_minutes(Kind kind);

// Share of distinct words two texts have in common, over the text with more: 1 the same
// words, 0 none.
double word_overlap(std::string_view a, std::string_view b);
// A question reworded keeps its id when at least this share of its words is the same.
inline constexpr double reword_overlap = 0.6;

struct ImportNames {
    std::string prefix;  // of every id: questions and sections are "PREFIX.slug"
    std::string title;   // the section of the questions under no heading
};

struct Reworded {
    std::string id, old_text, new_text;
};

struct ImportResult {
    Bank bank;
    std::vector<std::string> kept;   // ids of questions that are the same words as before
    std::vector<Reworded> reworded;  // ids kept for questions with most of their words the same
    std::vector<std::string> added;  // ids new in this import
    std::vector<Question> removed;   // in the previous import, not in this one
};

// `previous`: the questions of this bank as imported last time (empty the first time). Kept
// and reworded questions keep their id and what was set by hand (kind, level, minutes, guide).
ImportResult build_import(const ImportedList& list, const ImportNames& names,
                          const std::vector<Question>& previous);

}  // namespace mockround
