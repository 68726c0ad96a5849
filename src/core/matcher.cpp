#include "core/matcher.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <unordered_map>
#include <unordered_set>

namespace mockround {

namespace {

// Words that carry no point of their own, whatever the question. (Hashed: the matcher looks up
// every word of every key point of the bank.)
const std::unordered_set<std::string_view> stopwords = {
    "a",     "about",  "after",   "all",     "also",    "an",     "and",   "any",     "are",
    "as",    "at",     "be",      "because", "been",    "before", "being", "between", "both",
    "but",   "by",     "can",     "could",   "did",     "do",     "does",  "doing",   "done",
    "e",     "each",   "eg",      "either",  "else",    "etc",    "even",  "every",   "for",
    "from",  "g",      "get",     "gets",    "got",     "had",    "has",   "have",    "having",
    "how",   "i",      "ie",      "if",      "in",      "into",   "is",    "it",      "its",
    "just",  "let",    "lets",    "like",    "make",    "makes",  "many",  "may",     "me",
    "might", "more",   "most",    "much",    "must",    "my",     "no",    "not",     "of",
    "on",    "one",    "only",    "or",      "other",   "our",    "out",   "over",    "own",
    "per",   "really", "same",    "should",  "so",      "some",   "such",  "than",    "that",
    "the",   "their",  "them",    "then",    "there",   "these",  "they",  "thing",   "things",
    "this",  "those",  "through", "thus",    "to",      "too",    "under", "up",      "us",
    "use",   "used",   "uses",    "using",   "usually", "very",   "via",   "was",     "way",
    "we",    "well",   "were",    "what",    "when",    "where",  "which", "while",   "who",
    "why",   "will",   "with",    "without", "would",   "yes",    "you",   "your"};

// Abbreviations candidates type, folded into the words key points use.
const std::unordered_map<std::string_view, std::string_view> synonyms = {
    {"args", "arguments"},
    {"arg", "argument"},
    {"async", "asynchronous"},
    {"auth", "authentication"},
    {"config", "configuration"},
    {"db", "database"},
    {"dbs", "databases"},
    {"dict", "dictionary"},
    {"dicts", "dictionaries"},
    {"env", "environment"},
    {"fk", "foreign key"},
    {"fn", "function"},
    {"func", "function"},
    {"idx", "index"},
    {"k8s", "kubernetes"},
    {"msg", "message"},
    {"obj", "object"},
    {"param", "parameter"},
    {"params", "parameters"},
    {"perf", "performance"},
    {"pg", "postgresql"},
    {"pk", "primary key"},
    {"postgres", "postgresql"},
    {"repo", "repository"},
    {"repos", "repositories"},
    {"req", "request"},
    {"resp", "response"},
    {"sync", "synchronous"},
    {"tx", "transaction"},
    {"txn", "transaction"},
    {"txns", "transactions"},
    {"mongo", "mongodb"},
    {"var", "variable"},
    {"vars", "variables"},
    {"w", "with"},
    {"wo", "without"}};

// The last letter first: most words end otherwise, and stem() tries some twenty suffixes.
bool ends_with(std::string_view word, std::string_view suffix) {
    return word.size() >= suffix.size() && word.back() == suffix.back() &&
           word.substr(word.size() - suffix.size()) == suffix;
}

bool is_vowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

// Drops `suffix` when what is left is at least `keep` long.
bool strip(std::string& word, std::string_view suffix, std::size_t keep = 3) {
    if (!ends_with(word, suffix) || word.size() - suffix.size() < keep) return false;
    word.resize(word.size() - suffix.size());
    return true;
}

// Plurals, -ing and -ed: "indexes", "committing", "cached" -> "index", "commit", "cach".
void strip_inflection(std::string& word) {
    if (strip(word, "ies", 2)) {
        word += 'y';
    } else if (ends_with(word, "sses") || ends_with(word, "xes") || ends_with(word, "ches") ||
               ends_with(word, "shes")) {
        strip(word, "es");
    } else if (ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us") &&
               !ends_with(word, "is")) {
        strip(word, "s");
    }
    if (strip(word, "ing") || strip(word, "ed")) {
        const std::size_t n = word.size();
        if (n >= 2 && word[n - 1] == word[n - 2] && !is_vowel(word[n - 1]) && word[n - 1] != 'l' &&
            word[n - 1] != 's')
            word.pop_back();
    }
    if (word.size() > 4 && word.back() == 'e') word.pop_back();
}

// One derivational ending: "replication", "normalize", "transactional" meet their stems.
void strip_derivation(std::string& word) {
    static constexpr std::string_view suffixes[] = {"ization", "isation", "ational", "ation",
                                                    "ional",   "ition",   "ion",     "ment",
                                                    "ness",    "ally",    "ly",      "iz"};
    for (std::string_view suffix : suffixes)
        if (strip(word, suffix, 4)) break;
    strip(word, "at", 4);
}

std::string stem(std::string word) {
    if (word.size() <= 3) return word;
    if (std::any_of(word.begin(), word.end(), [](char c) { return c == '_' || std::isdigit(c); }))
        return word;
    strip_inflection(word);
    strip_derivation(word);
    return word;
}

bool word_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || (c & 0x80);
}

// A term and the word of the text it came from.
struct Token {
    std::string term, surface;
};

void add_word(std::string surface, std::vector<Token>& out) {
    std::string lower = surface;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (stopwords.count(lower)) return;
    const auto synonym = synonyms.find(lower);
    if (synonym == synonyms.end())
        return out.push_back({stem(std::move(lower)), std::move(surface)});
    std::string_view expansion = synonym->second;
    for (std::size_t at = 0; at <= expansion.size();) {
        const std::size_t end = std::min(expansion.find(' ', at), expansion.size());
        out.push_back({stem(std::string(expansion.substr(at, end - at))), surface});
        at = end + 1;
    }
}

std::vector<Token> tokens(std::string_view text) {
    std::vector<Token> out;
    std::string word;
    for (std::size_t i = 0; i <= text.size(); ++i) {
        const char c = i < text.size() ? text[i] : ' ';
        // "0.9" and "http/2" stay whole: a number is one term.
        const bool joins_number = (c == '.' || c == '/') && !word.empty() &&
                                  std::isdigit(static_cast<unsigned char>(word.back())) &&
                                  i + 1 < text.size() &&
                                  std::isdigit(static_cast<unsigned char>(text[i + 1]));
        if (word_char(c) || joins_number) {
            word += c;
        } else if (!word.empty()) {
            add_word(std::move(word), out);
            word.clear();
        }
    }
    return out;
}

std::vector<std::string> distinct_terms(std::string_view text) {
    std::vector<std::string> terms;
    for (auto& token : tokens(text))
        if (std::find(terms.begin(), terms.end(), token.term) == terms.end())
            terms.push_back(std::move(token.term));
    return terms;
}

// Two stems of one word that the stemmer left apart: "consistent" and "consistency".
bool same_root(std::string_view a, std::string_view b) {
    constexpr std::size_t root = 6;
    if (a.size() < root || b.size() < root) return false;
    const std::size_t shared = static_cast<std::size_t>(
        std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first - a.begin());
    return shared >= root && shared + 3 >= std::max(a.size(), b.size());
}

// A point is covered when this share of its weight is in the answer, or for a long point
// enough weight to make its main claim (about three rare terms: a key point often lists
// examples no answer repeats in full), from at least two of its terms (one term alone is
// naming, not explaining), or its only term. Tuned on the `tune` half of
// tests/data/match/answers.yaml only.
constexpr double covered_share = 0.35;
constexpr double enough_weight = 25;
constexpr std::size_t covered_terms = 2;
// A term the question itself says is weak evidence: candidates repeat the question.
constexpr double question_term_factor = 0.5;

}  // namespace

std::vector<std::string> match_terms(std::string_view text) {
    std::vector<std::string> terms;
    for (auto& token : tokens(text)) terms.push_back(std::move(token.term));
    return terms;
}

PointTermCounts count_point_terms(const Bank& bank) {
    PointTermCounts counts;
    for (const Question& q : bank.questions())
        for (const auto& point : q.guide.key_points) {
            ++counts.points;
            for (auto& term : distinct_terms(point)) ++counts.frequency[std::move(term)];
        }
    return counts;
}

std::vector<std::string> key_point_terms(const Question& question) {
    std::vector<std::string> terms;
    for (const auto& point : question.guide.key_points)
        for (auto& term : distinct_terms(point))
            if (std::find(terms.begin(), terms.end(), term) == terms.end())
                terms.push_back(std::move(term));
    return terms;
}

double KeyPointMatcher::weight(const std::string& term) const {
    const auto found = counts_.frequency.find(term);
    const int frequency = found == counts_.frequency.end() ? 0 : found->second;
    return std::log((counts_.points + 1.0) / (frequency + 1.0)) + 1.0;
}

std::vector<PointMatch> KeyPointMatcher::match(const Question& question,
                                               std::string_view answer) const {
    const std::vector<Token> said = tokens(answer);
    const std::vector<std::string> asked = distinct_terms(question.text);
    std::vector<PointMatch> matches;
    const auto& points = question.guide.key_points;
    for (std::size_t i = 0; i < points.size(); ++i) {
        PointMatch m{std::string(1, static_cast<char>('a' + i)), false, 0, {}};
        double total = 0, found = 0;
        std::size_t terms = 0, matched = 0;
        for (const auto& term : distinct_terms(points[i])) {
            const bool in_question = std::find(asked.begin(), asked.end(), term) != asked.end();
            const double w = weight(term) * (in_question ? question_term_factor : 1.0);
            total += w;
            ++terms;
            const auto hit = std::find_if(said.begin(), said.end(), [&](const Token& t) {
                return t.term == term || same_root(t.term, term);
            });
            if (hit == said.end()) continue;
            found += w;
            ++matched;
            if (std::find(m.evidence.begin(), m.evidence.end(), hit->surface) == m.evidence.end())
                m.evidence.push_back(hit->surface);
        }
        m.share = total > 0 ? found / total : 0;
        m.covered = terms > 0 && found >= std::min(covered_share * total, enough_weight) &&
                    matched >= std::min(covered_terms, terms);
        matches.push_back(std::move(m));
    }
    return matches;
}

std::vector<std::string> KeyPointMatcher::covered(const Question& question,
                                                  std::string_view answer) const {
    std::vector<std::string> letters;
    for (const auto& m : match(question, answer))
        if (m.covered) letters.push_back(m.letter);
    return letters;
}

}  // namespace mockround
