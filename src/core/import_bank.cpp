#include "core/import_bank.hpp"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>

#include "core/import_text.hpp"

namespace mockround {

namespace import_build {

namespace {

using import_text::words_of;

std::string lowered(std::string_view text) {
    std::string out(text);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return " " + out + " ";
}

bool has_any(const std::string& text, std::initializer_list<std::string_view> parts) {
    return std::any_of(parts.begin(), parts.end(),
                       [&](std::string_view p) { return text.find(p) != std::string::npos; });
}

bool starts_any(const std::vector<std::string>& words,
                std::initializer_list<std::string_view> firsts) {
    return !words.empty() && std::find(firsts.begin(), firsts.end(), words[0]) != firsts.end();
}

std::string key_of(std::string_view text) {
    std::string key;
    for (const auto& w : words_of(text)) key += w + " ";
    return key;
}

// The distinct words of a text, sorted.
std::vector<std::string> sorted_words(std::string_view text) {
    auto words = words_of(text);
    std::sort(words.begin(), words.end());
    words.erase(std::unique(words.begin(), words.end()), words.end());
    return words;
}

double overlap_of(const std::vector<std::string>& a, const std::vector<std::string>& b) {
    if (a.empty() || b.empty()) return 0;
    std::vector<std::string> common;
    std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(common));
    return static_cast<double>(common.size()) / static_cast<double>(std::max(a.size(), b.size()));
}

// Which previous question each new one is, by the same words, then by most of them.
class IdMatcher {
  public:
    explicit IdMatcher(const std::vector<Question>& previous) : previous_(previous) {
        claimed_.assign(previous.size(), false);
        words_.reserve(previous.size());
        for (std::size_t i = 0; i < previous.size(); ++i) {
            by_key_[key_of(previous[i].text)].push_back(i);
            words_.push_back(sorted_words(previous[i].text));
        }
    }

    std::optional<std::size_t> same(std::string_view text) {
        auto found = by_key_.find(key_of(text));
        if (found == by_key_.end()) return std::nullopt;
        for (std::size_t i : found->second)
            if (!claimed_[i]) return claimed_[i] = true, i;
        return std::nullopt;
    }

    // The unclaimed question sharing the largest share of words, when it is reword_overlap.
    std::optional<std::size_t> reworded(std::string_view text) {
        if (!index_built_) build_index();
        const auto words = sorted_words(text);
        shared_.resize(previous_.size());
        std::vector<std::size_t> touched;
        for (const auto& w : words) {
            auto found = index_.find(w);
            if (found == index_.end()) continue;
            for (std::size_t i : found->second)
                if (!claimed_[i] && shared_[i]++ == 0) touched.push_back(i);
        }
        std::optional<std::size_t> best;
        double best_overlap = reword_overlap;
        for (std::size_t i : touched) {
            const double overlap = static_cast<double>(shared_[i]) /
                                   static_cast<double>(std::max(words.size(), words_[i].size()));
            shared_[i] = 0;
            if (overlap >= best_overlap && (!best || overlap > best_overlap))
                best = i, best_overlap = overlap;
        }
        if (best) claimed_[*best] = true;
        return best;
    }

    std::vector<Question> unclaimed() const {
        std::vector<Question> left;
        for (std::size_t i = 0; i < previous_.size(); ++i)
            if (!claimed_[i]) left.push_back(previous_[i]);
        return left;
    }

  private:
    const std::vector<Question>& previous_;
    std::vector<bool> claimed_;
    std::unordered_map<std::string, std::vector<std::size_t>> by_key_;
    std::vector<std::vector<std::string>> words_;
    std::unordered_map<std::string, std::vector<std::size_t>> index_;
    std::vector<std::uint32_t> shared_;  // per previous question, while one is matched
    bool index_built_ = false;

    void build_index() {
        index_built_ = true;
        for (std::size_t i = 0; i < previous_.size(); ++i)
            if (!claimed_[i])
                for (const auto& w : words_[i]) index_[w].push_back(i);
    }
};

std::string unique(const std::string& id, std::set<std::string>& used) {
    std::string tried = id;
    for (int n = 2; !used.insert(tried).second; ++n) tried = id + "-" + std::to_string(n);
    return tried;
}

class Builder {
  public:
    Builder(const ImportNames& names, const std::vector<Question>& previous)
        : names_(names), previous_(previous), matcher_(previous) {
        for (const auto& q : previous) reserved_.insert(q.id);
    }

    ImportResult build(const ImportedList& list) {
        std::vector<std::optional<std::size_t>> from(list.questions.size());
        // the same words first, so that a reworded one cannot take an unchanged one's id
        for (std::size_t i = 0; i < list.questions.size(); ++i)
            from[i] = matcher_.same(list.questions[i].text);
        for (std::size_t i = 0; i < list.questions.size(); ++i) {
            const bool same = from[i].has_value();
            if (!same) from[i] = matcher_.reworded(list.questions[i].text);
            add(list.questions[i], from[i], same);
        }
        result_.removed = matcher_.unclaimed();
        return std::move(result_);
    }

  private:
    const ImportNames& names_;
    const std::vector<Question>& previous_;
    IdMatcher matcher_;
    std::set<std::string> reserved_, used_ids_, section_ids_;
    std::map<std::string, std::string> section_of_title_;
    ImportResult result_;

    std::string section_for(const std::string& title) {
        auto found = section_of_title_.find(title);
        if (found != section_of_title_.end()) return found->second;
        const std::string shown = title.empty() ? names_.title : title;
        std::string slug = import_text::slug(import_text::without_number(shown), 5);
        const std::string id =
            unique(names_.prefix + "." + (slug.empty() ? "general" : slug), section_ids_);
        result_.bank.add_section({id, shown, {}});
        return section_of_title_[title] = id;
    }

    void add(const ImportedQuestion& in, const std::optional<std::size_t>& from, bool same) {
        Question q;
        q.section = section_for(in.section);
        const std::string topic_slug = import_text::slug(in.topic, 5);
        q.topic = topic_slug.empty() ? "general" : topic_slug;
        result_.bank.add_topic(q.section, {q.topic, in.topic.empty() ? "General" : in.topic});
        q.text = in.text;
        q.reference = in.reference;
        q.kind = guess_kind(in.text);
        q.level = guess_level(in.text, q.kind, in.section + " " + in.topic);
        q.minutes = default_minutes(q.kind);
        if (from)
            carry_over(q, *from, same);
        else
            q.id = new_id(in.text), result_.added.push_back(q.id);
        result_.bank.add_question(std::move(q));
    }

    void carry_over(Question& q, std::size_t from, bool same);

    std::string new_id(const std::string& text) {
        std::string slug = import_text::slug(text);
        std::string id = names_.prefix + "." + (slug.empty() ? "question" : slug);
        std::string tried = id;
        for (int n = 2; reserved_.count(tried) || !used_ids_.insert(tried).second; ++n)
            tried = id + "-" + std::to_string(n);
        return tried;
    }
};

void Builder::carry_over(Question& q, std::size_t from, bool same) {
    const Question& old = previous_[from];
    q.id = old.id;
    used_ids_.insert(old.id);
    q.kind = old.kind;
    q.level = old.level;
    q.minutes = old.minutes;
    q.guide = old.guide;
    if (same)
        result_.kept.push_back(q.id);
    else
        result_.reworded.push_back({q.id, old.text, q.text});
}

}  // namespace

}  // namespace import_build

Kind guess_kind(std::string_view text) {
    const std::string t = import_build::lowered(import_text::clean_question(text));
    const auto words = import_text::words_of(t);
    using import_build::has_any, import_build::starts_any;
    if (starts_any(words, {"write", "implement", "code", "reverse", "print"}) ||
        has_any(t, {"write a function", "write a query", "write code", "write a program",
                    "write a script", "write an ", " implement "}))
        return Kind::coding;
    if (starts_any(words, {"design", "architect"}) ||
        has_any(t, {"system design", "how would you design", "architect", "how would you build",
                    "how would you scale", "how do you scale"}))
        return Kind::design;
    if (starts_any(words, {"scenario", "suppose", "imagine", "given", "you", "your"}) ||
        has_any(t, {"what would you do", "what do you do", "how would you handle",
                    "how do you handle", "how would you debug", "in production"}))
        return Kind::scenario;
    if (has_any(t, {"difference", " vs ", " vs. ", "versus", "compare", "differ", "trade-off",
                    "tradeoff", "pros and cons"}))
        return Kind::compare;
    return Kind::conceptual;
}

Level guess_level(std::string_view text, Kind kind, std::string_view headings) {
    const std::string t = import_build::lowered(text);
    const std::string h = import_build::lowered(headings);
    using import_build::has_any;
    const std::initializer_list<std::string_view> senior_words = {
        "internal",  "under the hood", "at scale", "distributed", "advanced",  "senior",
        "architect", "trade-off",      "tradeoff", "in depth",    "deep dive", "expert"};
    if (kind == Kind::design || has_any(t, senior_words) || has_any(h, senior_words))
        return Level::senior;
    if (has_any(h, {"basic", "beginner", "fundamental", "junior", "fresher", "intro"}))
        return Level::fresher;
    const auto words = import_text::words_of(import_text::clean_question(text));
    const bool definition =
        (import_build::starts_any(words, {"define", "name", "list"}) ||
         (words.size() >= 2 && words[0] == "what" && (words[1] == "is" || words[1] == "are")));
    if (kind == Kind::conceptual && definition && words.size() <= 14) return Level::fresher;
    return Level::mid;
}

int default_minutes(Kind kind) {
    switch (kind) {
        case Kind::conceptual:
        case Kind::compare:
            return 3;
        case Kind::scenario:
            return 5;
        case Kind::coding:
            return 6;
        case Kind::design:
            return 8;
    }
    return 3;
}

double word_overlap(std::string_view a, std::string_view b) {
    return import_build::overlap_of(import_build::sorted_words(a), import_build::sorted_words(b));
}

ImportResult build_import(const ImportedList& list, const ImportNames& names,
                          const std::vector<Question>& previous) {
    return import_build::Builder(names, previous).build(list);
}

}  // namespace mockround
