#pragma once
// Small text rules of `bank import`: cleaning a heading or an item of Markdown, telling a
// question from a title, and the words and slugs ids are made of. Pure functions.
#include <string>
#include <string_view>
#include <vector>

namespace mockround::import_text {

std::string_view trim(std::string_view text);
// Where `text` stops being UTF-8, or npos when it all is.
std::size_t invalid_utf8_at(std::string_view text);
// `[text](url)` -> text, `![alt](url)` -> "", HTML tags dropped.
std::string strip_links_and_tags(std::string_view text);
// Emoji and pictographs (U+2190..U+2BFF, U+1F000.., variation selectors, joiners) off both ends.
std::string strip_symbols(std::string_view text);
// A heading or item as a title: links, tags, emoji, wrapping bold and trailing '#' off.
std::string clean_title(std::string_view text);
// A question as written, without its numbering ("1.", "Q3:", "Question 2 -") or wrapping bold.
std::string clean_question(std::string_view text);
// Numbering alone: "1.", "Q2.", "Question 3:".
bool is_label(std::string_view text);
// Nothing but links (and images, punctuation) once its words are looked for.
bool only_links(std::string_view text);
// Holds a '?', or starts with a question word or an instruction (explain, write, ...) and has
// at least three words or ends with a full stop.
bool reads_as_question(std::string_view text);
// A heading is a question when it holds a '?', or starts like one and has four words or more.
bool heading_reads_as_question(std::string_view text);
// Lowercase ASCII words (letters and digits), code spans' backticks ignored.
std::vector<std::string> words_of(std::string_view text);
// Up to `max_words` words without the filler ones, joined with '-': "fetch-vs-pull".
std::string slug(std::string_view text, std::size_t max_words = 6);
// A title without its leading number ("3. Python" -> "Python"), for ids and comparisons.
std::string_view without_number(std::string_view text);

}  // namespace mockround::import_text
