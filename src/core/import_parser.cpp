#include "core/import_parser.hpp"

#include <algorithm>
#include <unordered_map>

#include "core/import_text.hpp"

namespace mockround {

namespace import_parse {

namespace {

using namespace import_text;

enum class Origin { item, heading, bold, paragraph, summary };

struct Heading {
    int level = 0;
    std::string title;
};

struct Candidate {
    bool active = false;
    std::string text;
    int line = 0;
    Origin origin = Origin::item;
    std::size_t column = 0;  // where an item's text starts: deeper lines belong to it
};

std::size_t indent_of(std::string_view raw) {
    std::size_t n = 0;
    for (char c : raw) {
        if (c == ' ')
            ++n;
        else if (c == '\t')
            n += 4;
        else
            break;
    }
    return n;
}

// `raw` without up to `columns` columns of its indent (a tab is four).
std::string_view dedent(std::string_view raw, std::size_t columns) {
    std::size_t i = 0;
    for (std::size_t column = 0; i < raw.size() && column < columns; ++i) {
        if (raw[i] == ' ')
            ++column;
        else if (raw[i] == '\t')
            column += 4;
        else
            break;
    }
    return raw.substr(i);
}

bool starts_with(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

bool is_fence(std::string_view s) {
    return starts_with(s, "```") || starts_with(s, "~~~");
}

// Level of an ATX heading ("## Title"), 0 when the line is none.
int heading_level(std::string_view s) {
    int level = 0;
    while (level < static_cast<int>(s.size()) && s[static_cast<std::size_t>(level)] == '#') ++level;
    if (level == 0 || level > 6) return 0;
    return static_cast<std::size_t>(level) == s.size() || s[static_cast<std::size_t>(level)] == ' '
               ? level
               : 0;
}

// "**What is X?**" or "__What is X?__" (but not "__init__ and __new__": Python's names).
bool bold_line(std::string_view s) {
    if (starts_with(s, "**")) return s.find("**", 3) != std::string_view::npos;
    if (!starts_with(s, "__")) return false;
    const std::size_t close = s.find("__", 3);
    return close != std::string_view::npos && s.substr(2, close - 2).find(' ') != s.npos;
}

bool looks_like_markdown(const std::vector<std::string_view>& lines) {
    return std::any_of(lines.begin(), lines.end(), [](std::string_view raw) {
        const std::string_view s = trim(raw);
        return heading_level(s) > 0 || is_fence(s) || starts_with(s, "<details") ||
               starts_with(s, "<summary") || bold_line(s);
    });
}

// The length of a list marker ("- ", "12. ", "-" alone) at the start of `s`; 0 when none.
std::size_t list_marker(std::string_view s) {
    if (s.empty()) return 0;
    std::size_t n = 0;
    if (s[0] == '-' || s[0] == '*' || s[0] == '+') {
        n = 1;
    } else {
        while (n < s.size() && n < 9 && s[n] >= '0' && s[n] <= '9') ++n;
        if (n == 0 || n == s.size() || (s[n] != '.' && s[n] != ')')) return 0;
        ++n;
    }
    if (n == s.size()) return n;
    return s[n] == ' ' || s[n] == '\t' ? n + 1 : 0;
}

bool rule_line(std::string_view s) {
    return s.size() >= 3 &&
           std::all_of(s.begin(), s.end(), [&](char c) { return c == s[0] || c == ' '; }) &&
           (s[0] == '-' || s[0] == '*' || s[0] == '_' || s[0] == '=');
}

bool terminal(std::string_view text) {
    text = trim(text);
    return !text.empty() && std::string_view("?.!)").find(text.back()) != std::string_view::npos;
}

bool answer_label(std::string_view s) {
    const auto words = words_of(s.substr(0, 12));
    return !words.empty() && (words[0] == "answer" || words[0] == "a" || words[0] == "ans") &&
           s.find(':') != std::string_view::npos && s.find(':') < 12;
}

bool toc_title(const std::string& title) {
    const auto words = words_of(title);
    std::string key;
    for (const auto& w : words) key += (key.empty() ? "" : " ") + w;
    return key == "table of contents" || key == "contents" || key == "toc" || key == "index";
}

std::string key_of(std::string_view title) {
    std::string key;
    for (const auto& w : words_of(without_number(title))) key += (key.empty() ? "" : " ") + w;
    return key;
}

// In the plain-text shape an item may hold several: "A? - B? - C" (a page's list flattened).
std::vector<std::string_view> pieces(std::string_view s, bool plain) {
    std::vector<std::string_view> out;
    if (!plain) return {s};
    for (std::size_t at; (at = s.find(" - ")) != std::string_view::npos; s = s.substr(at + 3))
        out.push_back(trim(s.substr(0, at)));
    if (s.size() >= 2 && s.substr(s.size() - 2) == " -") {
        out.push_back(trim(s.substr(0, s.size() - 2)));
        out.emplace_back();
    } else {
        out.push_back(s);
    }
    return out;
}

class Parser {
  public:
    explicit Parser(std::string_view text) {
        for (std::size_t at = 0; at <= text.size();) {
            std::size_t end = text.find('\n', at);
            if (end == std::string_view::npos) end = text.size();
            std::string_view line = text.substr(at, end - at);
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            lines_.push_back(line);
            at = end + 1;
        }
        markdown_ = looks_like_markdown(lines_);
        out_.markdown = markdown_;
        contexts_.emplace_back();
    }

    ImportedList run() {
        for (std::size_t i = 0; i < lines_.size(); ++i) line(lines_[i], static_cast<int>(i) + 1);
        if (in_fence_) close_fence();
        finalize();
        resolve_headings();
        mark_tables_of_contents();
        std::stable_sort(
            out_.skipped.begin(), out_.skipped.end(),
            [](const SkippedLine& a, const SkippedLine& b) { return a.line < b.line; });
        return std::move(out_);
    }

  private:
    std::vector<std::string_view> lines_;
    bool markdown_ = false;
    ImportedList out_;
    std::vector<Heading> chain_;                  // the headings in force, outermost first
    std::vector<std::vector<Heading>> contexts_;  // every chain a question was under
    std::vector<std::size_t> context_of_;         // per question
    std::vector<Origin> origin_of_;               // per question
    std::vector<std::pair<std::string, int>> heading_keys_;  // every heading's words, line
    std::vector<int> non_question_levels_;
    Candidate cand_;
    bool growing_ = false;  // the last line went into the candidate: the next may continue it
    int open_ = -1;         // the question that text below goes to, -1 when none
    Origin open_origin_ = Origin::item;
    std::size_t open_column_ = 0;
    std::size_t body_indent_ = 0;  // the indent of the first line of the text under it
    bool has_body_ = false;
    int bare_run_ = 0;  // list questions in a row without text under them
    bool after_blank_ = false;
    int toc_level_ = 0;  // under a "Table of Contents" heading of this level
    bool in_fence_ = false, in_details_ = false;
    std::string fence_mark_;
    std::vector<std::string_view> fence_lines_;
    int fence_line_ = 0;
    std::size_t fence_indent_ = 0;

    void skip(int line, std::string_view text, std::string reason) {
        out_.skipped.push_back({line, std::string(trim(text)), std::move(reason)});
    }

    void line(std::string_view raw, int n) {
        if (in_fence_) return fence_line(raw);
        const std::string_view s = trim(raw);
        if (s.empty()) return blank();
        const bool was_blank = after_blank_;
        after_blank_ = false;
        if (in_details_ || starts_with(s, "<details")) return details_line(raw, s, n, was_blank);
        if (markdown_ && is_fence(s)) return open_fence(raw, s, n);
        if (markdown_ && heading_level(s) > 0) return heading(s, n);
        if (continuation(s, n)) return;
        finalize();
        if (!markdown_ && plain_heading(s, n)) return;
        if (decoration(raw, s, n)) return;
        if (list_marker(s) > 0) return list_item(raw, s, n, was_blank);
        paragraph(raw, s, n, was_blank);
    }

    void blank() {
        if (markdown_) finalize();
        growing_ = false;
        after_blank_ = true;
    }

    bool continuation(std::string_view s, int n) {
        if (!cand_.active || !growing_ || terminal(cand_.text) || list_marker(s) > 0 ||
            (markdown_ && (s[0] == '|' || s[0] == '<' || bold_line(s))))
            return false;
        auto parts = pieces(s, !markdown_);
        cand_.text += (cand_.text.empty() ? "" : "\n") + std::string(parts.front());
        for (std::size_t i = 1; i < parts.size(); ++i)
            start(parts[i], n, Origin::item, cand_.column);
        return true;
    }

    void start(std::string_view text, int n, Origin origin, std::size_t column) {
        finalize();
        cand_ = {true, std::string(text), n, origin, column};
        growing_ = true;
    }

    void finalize() {
        if (!cand_.active) return;
        cand_.active = growing_ = false;
        std::string rest;  // "**What is X?** The answer": the answer after the bold question
        std::string text = clean_question(split_bold(cand_.text, rest));
        if (text.empty()) return;
        const bool question = cand_.origin == Origin::heading ? heading_reads_as_question(text)
                                                              : reads_as_question(text);
        if (!question || toc_level_ > 0) {
            skip(cand_.line, text, toc_level_ > 0 ? "table of contents" : "not a question");
            open_ = -1;
            return;
        }
        open_ = static_cast<int>(out_.questions.size());
        out_.questions.push_back({"", "", std::move(text), "", cand_.line});
        context_of_.push_back(contexts_.size() - 1);
        origin_of_.push_back(cand_.origin);
        open_origin_ = cand_.origin;
        open_column_ = cand_.column;
        has_body_ = false;
        bare_run_ = cand_.origin == Origin::item ? bare_run_ + 1 : 0;
        if (!rest.empty()) reference(rest, cand_.line, false);
    }

    static std::string_view split_bold(std::string_view text, std::string& rest) {
        if (!starts_with(text, "**")) return text;
        const std::size_t close = text.find("**", 2);
        if (close == std::string_view::npos || close + 2 >= text.size()) return text;
        const std::string_view inner = trim(text.substr(2, close - 2));
        if (is_label(inner) || !reads_as_question(inner)) return text;
        rest = std::string(trim(text.substr(close + 2)));
        return inner;
    }

    void reference(std::string_view raw, int n, bool was_blank) {
        if (open_ < 0) return skip(n, raw, "not a question");
        std::string& body = out_.questions[static_cast<std::size_t>(open_)].reference;
        const std::size_t indent = indent_of(raw);
        if (body.empty()) body_indent_ = indent;
        std::string_view text = dedent(raw, body_indent_);
        if (answer_label(trim(text)) && !has_body_) {
            text = trim(text.substr(text.find(':') + 1));
            if (starts_with(text, "**")) text = trim(text.substr(2));
            if (text.empty()) return;
        }
        if (!body.empty()) body += was_blank ? "\n\n" : "\n";
        body += text;
        has_body_ = true;
        bare_run_ = 0;
    }

    void heading(std::string_view s, int n) {
        finalize();
        const int level = heading_level(s);
        const std::string title = clean_title(s.substr(static_cast<std::size_t>(level)));
        if (title.empty()) return;
        heading_keys_.emplace_back(key_of(clean_question(title)), n);
        if (heading_reads_as_question(title)) {
            start(title, n, Origin::heading, 0);
            return finalize();
        }
        enter_heading(level, title);
    }

    void enter_heading(int level, const std::string& title) {
        open_ = -1;
        bare_run_ = 0;
        while (!chain_.empty() && chain_.back().level >= level) chain_.pop_back();
        chain_.push_back({level, title});
        contexts_.push_back(chain_);
        non_question_levels_.push_back(level);
        if (toc_level_ > 0 && level <= toc_level_) toc_level_ = 0;
        if (toc_title(title)) toc_level_ = level;
    }

    // The plain-text shape: "3. MongoDB" is a section, "🔹 Querying" a topic.
    bool plain_heading(std::string_view s, int n) {
        if (reads_as_question(s)) return false;
        const bool numbered = without_number(s).size() < s.size();
        const std::string title = strip_symbols(s);
        if (!numbered && title.size() == s.size()) return false;
        heading_keys_.emplace_back(key_of(title), n);
        enter_heading(numbered ? 1 : 2, numbered ? std::string(s) : title);
        return true;
    }

    // Tables, badges, link lists, HTML, rules and page footers.
    bool decoration(std::string_view raw, std::string_view s, int n) {
        if (rule_line(s)) return true;
        if (s[0] == '|') {
            if (open_ >= 0)
                reference(raw, n, false);
            else
                skip(n, s, "table");
            return true;
        }
        if (only_links(s)) {
            const bool keep = open_ >= 0 && s.find("(#") == s.npos && s.find("![") == s.npos;
            if (keep)
                reference(raw, n, false);
            else
                skip(n, s,
                     s.find("![") != s.npos ? "badge or image"
                     : s.find("(#") != s.npos
                         ? (list_marker(s) > 0 || toc_level_ > 0 ? "table of contents"
                                                                 : "link to a heading")
                         : "link list");
            return true;
        }
        if (s[0] == '<' && words_of(strip_links_and_tags(s)).empty()) {
            skip(n, s, "HTML");
            return true;
        }
        if (starts_with(s, "Top comments (")) {
            skip(n, s, "page footer");
            return true;
        }
        return false;
    }

    void list_item(std::string_view raw, std::string_view s, int n, bool was_blank) {
        const std::size_t indent = indent_of(raw);
        const std::size_t marker = list_marker(s);
        const std::string_view content = trim(s.substr(marker));
        if (markdown_ && open_ >= 0) {
            const bool nested = open_origin_ == Origin::item && indent >= open_column_;
            const bool under = open_origin_ != Origin::item && !reads_as_question(content);
            if (nested || under) return reference(raw, n, was_blank);
        }
        if (toc_level_ > 0) return skip(n, content, "table of contents");
        if (only_links(content))
            return skip(n, content,
                        content.find("(#") != content.npos ? "table of contents" : "link list");
        const auto parts = pieces(content, !markdown_);
        for (const auto& part : parts) start(part, n, Origin::item, indent + marker);
    }

    void paragraph(std::string_view raw, std::string_view s, int n, bool was_blank) {
        if (markdown_ && bold_line(s) && bold_question(s, n)) return;
        const bool labelled = clean_question(s).size() < s.size() && !answer_label(s) &&
                              (s[0] == 'Q' || s[0] == 'q') && reads_as_question(s);
        if (labelled || (!markdown_ && s.find('?') != s.npos && reads_as_question(s)))
            return start(s, n, Origin::paragraph, 0);
        if (toc_level_ > 0) return skip(n, s, "table of contents");
        const bool after_list = markdown_ && was_blank && open_ >= 0 &&
                                open_origin_ == Origin::item && !has_body_ && bare_run_ >= 2 &&
                                indent_of(raw) < open_column_;
        if (after_list) {
            open_ = -1;
            return skip(n, s, "text after a list");
        }
        reference(raw, n, was_blank);
    }

    // "**What is X?**", "**Q1.** What is X?", "**1. What is X?** The answer...".
    bool bold_question(std::string_view s, int n) {
        const std::string mark(s.substr(0, 2));
        const std::size_t close = s.find(mark, 3);
        const std::string_view inner = trim(s.substr(2, close - 2));
        const std::string_view rest = trim(s.substr(close + 2));
        const bool label_only = is_label(inner) && !rest.empty();
        const std::string_view question = label_only ? rest : inner;
        if (answer_label(inner) || !reads_as_question(question)) return false;
        start(question, n, Origin::bold, 0);
        finalize();
        if (!label_only && !rest.empty() && open_ >= 0) reference(rest, n, false);
        return true;
    }

    void details_line(std::string_view raw, std::string_view s, int n, bool was_blank) {
        if (!in_details_) {
            finalize();
            in_details_ = true;
            s = trim(s.substr(std::min(s.size(), s.find('>') + 1)));
            if (s.empty()) return;
        }
        if (starts_with(s, "<summary")) return summary(s, n);
        const std::size_t end = s.find("</details>");
        if (end == std::string_view::npos) return reference(raw, n, was_blank);
        in_details_ = false;
        if (!trim(s.substr(0, end)).empty()) reference(s.substr(0, end), n, was_blank);
    }

    void summary(std::string_view s, int n) {
        std::size_t end = s.find("</summary>");
        if (end == std::string_view::npos) end = s.size();
        const std::string inner = clean_title(s.substr(0, end));
        const std::string_view rest = end < s.size() ? trim(s.substr(end + 10)) : "";
        if (reads_as_question(inner) && !answer_label(inner)) {
            start(inner, n, Origin::summary, 0);
            finalize();
        } else if (open_ < 0) {
            skip(n, s, "not a question");
        }
        if (!rest.empty()) details_line(rest, rest, n, false);
    }

    void open_fence(std::string_view raw, std::string_view s, int n) {
        finalize();
        in_fence_ = true;
        fence_mark_ = std::string(s.substr(0, 3));
        fence_lines_ = {raw};
        fence_line_ = n;
        fence_indent_ = indent_of(raw);
    }

    void fence_line(std::string_view raw) {
        fence_lines_.push_back(raw);
        const std::string_view s = trim(raw);
        if (starts_with(s, fence_mark_) && s.find_first_not_of(fence_mark_[0]) == s.npos)
            close_fence();
    }

    void close_fence() {
        in_fence_ = false;
        if (open_ < 0) return skip(fence_line_, fence_lines_.front(), "code with no question");
        std::string block;
        for (const auto& raw : fence_lines_)
            block += (block.empty() ? "" : "\n") + std::string(dedent(raw, fence_indent_));
        auto& q = out_.questions[static_cast<std::size_t>(open_)];
        std::string& target = has_body_ ? q.reference : q.text;
        target += (target.empty() ? "" : "\n\n") + block;
        bare_run_ = 0;
    }

    // Sections from the outermost headings, topics from those under them; a document title
    // (the one heading of the outermost level, with deeper headings under it) is neither.
    void resolve_headings() {
        if (non_question_levels_.empty()) return;
        const int top = *std::min_element(non_question_levels_.begin(), non_question_levels_.end());
        const bool title =
            std::count(non_question_levels_.begin(), non_question_levels_.end(), top) == 1 &&
            std::any_of(context_of_.begin(), context_of_.end(),
                        [&](std::size_t c) { return contexts_[c].size() >= 2; });
        for (std::size_t i = 0; i < out_.questions.size(); ++i) {
            std::vector<const Heading*> chain;
            for (const auto& h : contexts_[context_of_[i]])
                if (!title || h.level != top) chain.push_back(&h);
            auto& q = out_.questions[i];
            if (!chain.empty()) q.section = chain[0]->title;
            for (std::size_t j = 1; j < chain.size(); ++j)
                q.topic += (q.topic.empty() ? "" : " / ") + chain[j]->title;
        }
    }

    // A list item naming a heading further down is an entry of a table of contents.
    void mark_tables_of_contents() {
        std::unordered_map<std::string, int> last_line;
        for (const auto& [key, line] : heading_keys_)
            if (!key.empty()) last_line[key] = std::max(last_line[key], line);
        const auto listed = [&](std::string_view text, int line) {
            const auto found = last_line.find(key_of(text));
            return found != last_line.end() && found->second > line;
        };
        for (auto& skipped : out_.skipped)
            if (skipped.reason == "not a question" && listed(skipped.text, skipped.line))
                skipped.reason = "table of contents";
        std::vector<ImportedQuestion> kept;
        for (std::size_t i = 0; i < out_.questions.size(); ++i) {
            auto& q = out_.questions[i];
            if (origin_of_[i] == Origin::item && q.reference.empty() && listed(q.text, q.line))
                skip(q.line, q.text, "table of contents");
            else
                kept.push_back(std::move(q));
        }
        out_.questions = std::move(kept);
    }
};

}  // namespace

}  // namespace import_parse

ImportedList parse_question_list(std::string_view text) {
    return import_parse::Parser(text).run();
}

}  // namespace mockround
