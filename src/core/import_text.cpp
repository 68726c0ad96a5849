#include "core/import_text.hpp"

#include <algorithm>
#include <array>

namespace mockround::import_text {

namespace {

bool is_space(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}
bool is_alnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}
char lower(char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// The code point starting at `at` and its length in bytes; a stray byte counts as itself.
std::pair<char32_t, std::size_t> code_point(std::string_view text, std::size_t at) {
    const auto b = static_cast<unsigned char>(text[at]);
    std::size_t n = b < 0x80 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
    if (at + n > text.size()) return {b, 1};
    char32_t cp = n == 1 ? b : n == 2 ? (b & 0x1F) : n == 3 ? (b & 0x0F) : (b & 0x07);
    for (std::size_t i = 1; i < n; ++i)
        cp = (cp << 6) | (static_cast<unsigned char>(text[at + i]) & 0x3F);
    return {cp, n};
}

bool is_symbol(char32_t cp) {
    return (cp >= 0x2190 && cp <= 0x2BFF) || cp >= 0x1F000 || cp == 0x200D || cp == 0x20E3 ||
           (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0x2022 || cp == 0x25AA || cp == 0x00B7;
}

// The last code point's start in text[0, end).
std::size_t previous_start(std::string_view text, std::size_t end) {
    std::size_t at = end - 1;
    while (at > 0 && (static_cast<unsigned char>(text[at]) & 0xC0) == 0x80) --at;
    return at;
}

bool starts_with_ci(std::string_view text, std::string_view prefix) {
    if (text.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i)
        if (lower(text[i]) != prefix[i]) return false;
    return true;
}

constexpr std::array<std::string_view, 84> question_words = {
    "what",        "whats",     "why",      "how",         "hows",
    "when",        "where",     "which",    "who",         "whom",
    "whose",       "is",        "are",      "was",         "were",
    "do",          "does",      "did",      "can",         "could",
    "should",      "would",     "will",     "shall",       "may",
    "might",       "explain",   "describe", "write",       "implement",
    "design",      "compare",   "contrast", "define",      "list",
    "name",        "give",      "tell",     "discuss",     "differentiate",
    "distinguish", "create",    "build",    "find",        "show",
    "walk",        "outline",   "suppose",  "imagine",     "given",
    "scenario",    "mention",   "state",    "demonstrate", "illustrate",
    "elaborate",   "identify",  "provide",  "solve",       "reverse",
    "convert",     "print",     "sort",     "merge",       "count",
    "calculate",   "check",     "detect",   "determine",   "estimate",
    "prove",       "derive",    "analyze",  "analyse",     "debug",
    "optimize",    "optimise",  "refactor", "propose",     "recommend",
    "summarize",   "summarise", "justify",  "evaluate"};

constexpr std::array<std::string_view, 30> filler_words = {
    "a",    "an",   "the",  "is", "are",  "of",  "in",   "on",  "to",   "and",
    "or",   "it",   "its",  "do", "does", "you", "your", "how", "what", "for",
    "with", "that", "this", "be", "can",  "we",  "i",    "by",  "from", "as"};

bool word_in(std::string_view word, const auto& list) {
    return std::find(list.begin(), list.end(), word) != list.end();
}

std::size_t skip_bracketed(std::string_view text, std::size_t at, char open, char close) {
    int depth = 0;
    for (std::size_t i = at; i < text.size(); ++i) {
        if (text[i] == open) ++depth;
        if (text[i] == close && --depth == 0) return i;
    }
    return std::string_view::npos;
}

}  // namespace

std::size_t invalid_utf8_at(std::string_view text) {
    for (std::size_t i = 0; i < text.size();) {
        const auto b = static_cast<unsigned char>(text[i]);
        const std::size_t n = b < 0x80         ? 1
                              : (b >> 5) == 6  ? 2
                              : (b >> 4) == 14 ? 3
                              : (b >> 3) == 30 ? 4
                                               : 0;
        if (n == 0 || i + n > text.size()) return i;
        for (std::size_t k = 1; k < n; ++k)
            if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return i;
        i += n;
    }
    return std::string_view::npos;
}

std::string_view trim(std::string_view text) {
    while (!text.empty() && is_space(text.front())) text.remove_prefix(1);
    while (!text.empty() && is_space(text.back())) text.remove_suffix(1);
    return text;
}

namespace {

// At a link or an image starting at `i`: where it ends, its label's text (an image's none)
// added to `label_text`; npos when there is none there.
std::size_t take_link(std::string_view text, std::size_t i, std::string& label_text) {
    const bool image = text[i] == '!' && i + 1 < text.size() && text[i + 1] == '[';
    const std::size_t label = image ? i + 1 : i;
    if (text[label] != '[') return std::string_view::npos;
    const std::size_t close = skip_bracketed(text, label, '[', ']');
    if (close == std::string_view::npos || close + 1 >= text.size() || text[close + 1] != '(')
        return std::string_view::npos;
    const std::size_t end = skip_bracketed(text, close + 1, '(', ')');
    if (end != std::string_view::npos && !image)
        label_text += strip_links_and_tags(text.substr(label + 1, close - label - 1));
    return end;
}

// At an HTML tag starting at `i` ("<b>", "</a>", "<!-- x -->"): where it ends, else npos.
std::size_t tag_end(std::string_view text, std::size_t i) {
    if (text[i] != '<' || i + 1 >= text.size()) return std::string_view::npos;
    const char next = text[i + 1];
    if (next != '/' && next != '!' && !(next >= 'a' && next <= 'z')) return std::string_view::npos;
    return text.find('>', i);
}

}  // namespace

std::string strip_links_and_tags(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        std::size_t end = take_link(text, i, out);
        if (end == std::string_view::npos) end = tag_end(text, i);
        if (end != std::string_view::npos)
            i = end;
        else
            out += text[i];
    }
    return out;
}

std::string strip_symbols(std::string_view text) {
    text = trim(text);
    while (!text.empty()) {
        auto [cp, n] = code_point(text, 0);
        if (!is_symbol(cp)) break;
        text = trim(text.substr(n));
    }
    while (!text.empty()) {
        const std::size_t at = previous_start(text, text.size());
        if (!is_symbol(code_point(text, at).first)) break;
        text = trim(text.substr(0, at));
    }
    return std::string(text);
}

namespace {
std::string_view unwrap_bold(std::string_view text) {
    for (std::string_view mark : {"**", "__"})
        while (text.size() > 4 && text.substr(0, 2) == mark &&
               text.substr(text.size() - 2) == mark &&
               text.substr(2, text.size() - 4).find(mark) == std::string_view::npos)
            text = trim(text.substr(2, text.size() - 4));
    return text;
}
}  // namespace

std::string clean_title(std::string_view text) {
    text = trim(text);
    while (!text.empty() && text.back() == '#') text.remove_suffix(1);
    const std::string plain = strip_links_and_tags(text);
    return strip_symbols(unwrap_bold(trim(strip_symbols(plain))));
}

std::string_view without_number(std::string_view text) {
    text = trim(text);
    std::size_t i = 0;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i == 0 || i == text.size() || (text[i] != '.' && text[i] != ')')) return text;
    return trim(text.substr(i + 1));
}

namespace {
// "Q3.", "Q:", "Question 2 -", "Q 12)" at the start; npos when there is none.
std::size_t question_label_end(std::string_view text) {
    std::size_t i = starts_with_ci(text, "question") ? 8 : starts_with_ci(text, "q") ? 1 : 0;
    if (i == 0) return std::string_view::npos;
    while (i < text.size() && text[i] == ' ') ++i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
    if (i < text.size() && (text[i] == '.' || text[i] == ':' || text[i] == ')' || text[i] == '-'))
        return i + 1;
    return std::string_view::npos;
}
}  // namespace

bool is_label(std::string_view text) {
    text = trim(text);
    return !text.empty() &&
           (question_label_end(text) == text.size() || without_number(text).empty());
}

std::string clean_question(std::string_view text) {
    text = trim(text);
    for (std::string_view box : {"[ ] ", "[x] ", "[X] "})  // a task list's check box
        if (text.substr(0, 4) == box) text = trim(text.substr(4));
    text = unwrap_bold(text);
    for (;;) {
        const std::size_t label = question_label_end(text);
        std::string_view next =
            label == std::string_view::npos ? without_number(text) : trim(text.substr(label));
        next = unwrap_bold(next);
        if (next.size() == text.size() || next.empty()) break;
        text = next;
    }
    if (text.size() > 2 && text.substr(0, 2) == "**") {
        // "**Q1. What is X?** more": the bold is the question's label only
        const std::size_t close = text.find("**", 2);
        if (close != std::string_view::npos && close + 2 == text.size())
            text = trim(text.substr(2, close - 2));
    }
    return strip_symbols(text);
}

bool only_links(std::string_view text) {
    if (text.find("](") == std::string_view::npos) return false;
    std::string outside, labels;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const std::size_t end = take_link(text, i, labels);
        if (end != std::string_view::npos)
            i = end;
        else
            outside += text[i];
    }
    return words_of(strip_links_and_tags(outside)).empty();
}

bool reads_as_question(std::string_view text) {
    const std::string clean = clean_question(text);
    if (clean.find('?') != std::string::npos) return true;
    const auto words = words_of(clean);
    if (words.empty() || !word_in(words.front(), question_words)) return false;
    if (words.back() == "questions") return false;  // "Scenario-Based Questions": a title
    return words.size() >= 3 || clean.back() == '.';
}

bool heading_reads_as_question(std::string_view text) {
    const std::string clean = clean_question(text);
    if (clean.find('?') != std::string::npos) return true;
    const auto words = words_of(clean);
    if (words.size() < 4 || words.back() == "questions") return false;
    return word_in(words.front(), question_words);
}

std::vector<std::string> words_of(std::string_view text) {
    std::vector<std::string> words;
    std::string word;
    for (char c : text) {
        if (is_alnum(c)) {
            word += lower(c);
        } else if (c != '`' && c != '\'' && !word.empty()) {
            words.push_back(std::move(word));
            word.clear();
        }
    }
    if (!word.empty()) words.push_back(std::move(word));
    return words;
}

std::string slug(std::string_view text, std::size_t max_words) {
    std::string out;
    std::size_t taken = 0;
    const auto words = words_of(text);
    for (const auto& word : words) {
        if (word_in(word, filler_words)) continue;
        if (taken++ == max_words) break;
        out += (out.empty() ? "" : "-") + word;
    }
    if (out.empty() && !words.empty()) out = words.front();
    return out.substr(0, 60);
}

}  // namespace mockround::import_text
