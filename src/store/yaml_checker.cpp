#include "store/yaml_checker.hpp"

#include <yaml-cpp/eventhandler.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

namespace mockround::store {

namespace {
bool contains(std::initializer_list<std::string_view> list, std::string_view value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

std::string node_type(const YAML::Node& node) {
    switch (node.Type()) {
        case YAML::NodeType::Map:
            return "a mapping";
        case YAML::NodeType::Sequence:
            return "a list";
        case YAML::NodeType::Null:
            return "nothing";
        case YAML::NodeType::Scalar:
            return "'" + node.Scalar() + "'";
        default:
            return "nothing";
    }
}
// yaml-cpp shares an aliased node instead of copying it, so nested aliases (a "billion
// laughs") cost nothing to load, but any walk over the tree would visit every expansion. This
// counts the nodes the document stands for, aliases expanded, from the parser's events alone.
class ExpansionCounter : public YAML::EventHandler {
  public:
    explicit ExpansionCounter(std::uint64_t limit) : limit_(limit) {}
    std::uint64_t total() const { return total_; }

    void OnDocumentStart(const YAML::Mark&) override {}
    void OnDocumentEnd() override {}
    void OnNull(const YAML::Mark&, YAML::anchor_t anchor) override { leaf(anchor, 1); }
    void OnAlias(const YAML::Mark&, YAML::anchor_t anchor) override {
        auto found = sizes_.find(anchor);
        add(found == sizes_.end() ? 1 : found->second);
    }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                  const std::string&) override {
        leaf(anchor, 1);
    }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                         YAML::EmitterStyle::value) override {
        open_.push_back({anchor, 1});
    }
    void OnSequenceEnd() override { close(); }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t anchor,
                    YAML::EmitterStyle::value) override {
        open_.push_back({anchor, 1});
    }
    void OnMapEnd() override { close(); }

  private:
    struct Open {
        YAML::anchor_t anchor;
        std::uint64_t size;
    };
    std::uint64_t limit_, total_ = 0;
    std::vector<Open> open_;
    std::map<YAML::anchor_t, std::uint64_t> sizes_;

    // Sizes saturate just past the limit, so no sum can overflow.
    std::uint64_t capped(std::uint64_t n) const { return std::min(n, limit_ + 1); }
    void add(std::uint64_t n) {
        if (open_.empty())
            total_ = capped(total_ + n);
        else
            open_.back().size = capped(open_.back().size + n);
    }
    void leaf(YAML::anchor_t anchor, std::uint64_t n) {
        if (anchor) sizes_[anchor] = n;
        add(n);
    }
    void close() {
        if (open_.empty()) return;
        const Open done = open_.back();
        open_.pop_back();
        leaf(done.anchor, done.size);
    }
};

// The names of the anchors (sigil '&') or aliases ('*') the text may hold. Both start a node,
// so they follow a line start, a blank, ':' or a flow indicator, and the name runs to a blank
// or a flow indicator. Text in quotes may add names that are none; no real one is missed.
std::set<std::string_view> names_after(std::string_view text, char sigil) {
    constexpr std::string_view before = " \t\r\n[{,:", ends = " \t\r\n,[]{}";
    std::set<std::string_view> names;
    for (std::size_t at = text.find(sigil); at != std::string_view::npos;
         at = text.find(sigil, at + 1)) {
        if (at > 0 && before.find(text[at - 1]) == std::string_view::npos) continue;
        const std::size_t end = std::min(text.find_first_of(ends, at + 1), text.size());
        if (end > at + 1) names.insert(text.substr(at + 1, end - at - 1));
    }
    return names;
}

// Whether some alias may name an anchor: only then can the text stand for more than it holds,
// and only then is the counting pass worth its time (the shipped bank has `&&` and `*` in
// code, but no alias naming an anchor).
bool may_expand_aliases(const std::string& text) {
    const auto anchors = names_after(text, '&');
    if (anchors.empty()) return false;
    for (const auto& alias : names_after(text, '*'))
        if (anchors.count(alias)) return true;
    return false;
}

std::string megabytes(std::size_t bytes) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f MB", static_cast<double>(bytes) / (1 << 20));
    return buffer;
}

}  // namespace

std::string where(const YAML::Node& node) {
    auto mark = node.Mark();
    return std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
}

YAML::Node YamlChecker::parse(const std::string& text) {
    if (text.size() > max_data_bytes) {
        diagnostics_.push_back({file_, 0, 0,
                                "refused: " + megabytes(text.size()) +
                                    " is more than a data file may hold (" +
                                    megabytes(max_data_bytes) + "); split it into several files"});
        return YAML::Node(YAML::NodeType::Undefined);
    }
    try {
        if (may_expand_aliases(text)) {
            std::istringstream in(text);
            YAML::Parser parser(in);
            ExpansionCounter counter(max_data_nodes);
            // The first document only, as YAML::Load reads; looping over all of them can spin
            // forever in yaml-cpp 0.7 on some malformed input (found by fuzz_transcript).
            parser.HandleNextDocument(counter);
            if (counter.total() > max_data_nodes) {
                diagnostics_.push_back(
                    {file_, 0, 0,
                     "refused: its aliases (*name) expand to more than " +
                         std::to_string(max_data_nodes) +
                         " values, far more than any data file needs; write the values out"});
                return YAML::Node(YAML::NodeType::Undefined);
            }
        }
        return YAML::Load(text);
    } catch (const YAML::ParserException& e) {
        diagnostics_.push_back(
            {file_, e.mark.line + 1, e.mark.column + 1, "invalid YAML: " + e.msg});
    }
    return YAML::Node(YAML::NodeType::Undefined);
}

void YamlChecker::error(const YAML::Node& at, std::string message) {
    YAML::Mark mark = at.IsDefined() ? at.Mark() : YAML::Mark::null_mark();
    if (mark.is_null()) mark = last_mark_;
    diagnostics_.push_back({file_, mark.line + 1, mark.column + 1, std::move(message)});
}

bool YamlChecker::expect_map(const YAML::Node& node, std::string_view what) {
    if (node.IsMap()) return true;
    error(node, std::string(what) + " must be a mapping, not " + node_type(node));
    return false;
}

bool YamlChecker::expect_sequence(const YAML::Node& node, std::string_view what) {
    if (node.IsSequence()) return true;
    error(node, std::string(what) + " must be a list, not " + node_type(node));
    return false;
}

void YamlChecker::check_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                             std::initializer_list<std::string_view> required,
                             std::string_view what) {
    last_mark_ = map.Mark();
    std::set<std::string> seen;
    for (const auto& entry : map) {
        const std::string key = entry.first.Scalar();
        if (!seen.insert(key).second)
            error(entry.first, "duplicate key '" + key + "' in " + std::string(what));
        else if (!contains(allowed, key)) {
            std::string message = "unknown key '" + key + "' in ";
            message.append(what).append(" (expected one of: ");
            for (std::size_t i = 0; i < allowed.size(); ++i)
                message.append(i ? ", " : "").append(allowed.begin()[i]);
            error(entry.first, message + ")");
        }
    }
    check_required(map, required, what);
}

void YamlChecker::check_required(const YAML::Node& map,
                                 std::initializer_list<std::string_view> required,
                                 std::string_view what) {
    last_mark_ = map.Mark();
    for (auto key : required)
        if (!map[std::string(key)])
            error(map, std::string(what) + " is missing '" + std::string(key) + "'");
}

std::optional<std::string> YamlChecker::text(const YAML::Node& map, const char* key) {
    const YAML::Node node = map[key];
    if (!node.IsDefined()) return std::nullopt;
    if (!node.IsScalar() || node.Scalar().empty()) {
        error(node, std::string("'") + key + "' must be text, not " + node_type(node));
        return std::nullopt;
    }
    return node.Scalar();
}

std::optional<long long> YamlChecker::integer(const YAML::Node& map, const char* key, long long min,
                                              long long max) {
    const YAML::Node node = map[key];
    if (!node.IsDefined()) return std::nullopt;
    long long value = 0;
    if (!node.IsScalar() || !YAML::convert<long long>::decode(node, value) || value < min ||
        value > max) {
        error(node, std::string("'") + key + "' must be a whole number from " +
                        std::to_string(min) + " to " + std::to_string(max) + ", not " +
                        node_type(node));
        return std::nullopt;
    }
    return value;
}

std::optional<double> YamlChecker::number(const YAML::Node& scalar, double min) {
    double value = 0;
    if (!scalar.IsScalar() || !YAML::convert<double>::decode(scalar, value) || !(value >= min)) {
        error(scalar, "expected a number of at least " + std::to_string(static_cast<int>(min)) +
                          ", not " + node_type(scalar));
        return std::nullopt;
    }
    return value;
}

std::optional<std::vector<std::string>> YamlChecker::string_list(const YAML::Node& map,
                                                                 const char* key, std::size_t min,
                                                                 std::size_t max) {
    const YAML::Node node = map[key];
    if (!node.IsDefined()) return std::nullopt;
    if (!node.IsSequence() || node.size() < min || node.size() > max) {
        error(node, std::string("'") + key + "' must be a list of " + std::to_string(min) + " to " +
                        std::to_string(max) + " items");
        return std::nullopt;
    }
    std::vector<std::string> items;
    for (const auto& item : node) {
        if (!item.IsScalar() || item.Scalar().find_first_not_of(" \t\n") == std::string::npos) {
            error(item, std::string("'") + key + "' items must be non-empty text");
            return std::nullopt;
        }
        if (std::find(items.begin(), items.end(), item.Scalar()) != items.end()) {
            error(item, std::string("duplicate item in '") + key + "'");
            return std::nullopt;
        }
        items.push_back(item.Scalar());
    }
    return items;
}

void YamlChecker::throw_if_failed() const {
    if (!diagnostics_.empty()) throw DataError(diagnostics_);
}

}  // namespace mockround::store
