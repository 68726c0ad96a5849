#pragma once
// Reads the interview-question lists people share as Markdown (or as plain text pasted from a
// web page) into sections, topics and questions, and says which lines it left out and why.
// Pure: text in, questions out; README.md "bank import" documents the shapes it knows.
#include <string>
#include <string_view>
#include <vector>

namespace mockround {

struct ImportedQuestion {
    std::string section;    // title of the heading it is under, "" when none
    std::string topic;      // title of the sub-heading(s) under that, "" when none
    std::string text;       // as written (Markdown): list marker, numbering and wrapping bold off
    std::string reference;  // what is written under it (an answer), "" when nothing
    int line = 0;           // 1-based, where it starts
};

struct SkippedLine {
    int line = 0;
    std::string text;
    std::string reason;  // "table of contents", "link list", "badge or image", "not a question"...
};

struct ImportedList {
    std::vector<ImportedQuestion> questions;  // in the order of the file
    std::vector<SkippedLine> skipped;         // in the order of the file
    bool markdown = false;                    // false: the plain-text shape (no Markdown blocks)
};

ImportedList parse_question_list(std::string_view text);

}  // namespace mockround
