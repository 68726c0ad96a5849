#include "core/bank.hpp"

#include "core/enum_names.hpp"

#include <algorithm>
#include <stdexcept>

namespace mockround {

namespace {
constexpr std::string_view kind_names[] = {"concept", "compare", "scenario", "coding", "design"};
constexpr std::string_view level_names[] = {"fresher", "mid", "senior"};

}  // namespace

std::string_view to_string(Kind kind) {
    return enum_name(kind, kind_names);
}
std::string_view to_string(Level level) {
    return enum_name(level, level_names);
}
std::optional<Kind> parse_kind(std::string_view text) {
    return enum_from_name<Kind>(text, kind_names);
}
std::optional<Level> parse_level(std::string_view text) {
    return enum_from_name<Level>(text, level_names);
}

void Bank::add_section(Section section) {
    if (find_section(section.id)) throw std::logic_error("duplicate section " + section.id);
    sections_.push_back(std::move(section));
}

void Bank::add_topic(const std::string& section_id, Topic topic) {
    auto section = std::find_if(sections_.begin(), sections_.end(),
                                [&](const Section& s) { return s.id == section_id; });
    if (section == sections_.end()) throw std::logic_error("no section " + section_id);
    if (!find_topic(section_id, topic.id)) section->topics.push_back(std::move(topic));
}

void Bank::add_question(Question question) {
    if (index_.count(question.id)) throw std::logic_error("duplicate question " + question.id);
    index_.emplace(question.id, questions_.size());
    questions_.push_back(std::move(question));
}

const Question* Bank::find(std::string_view id) const {
    auto it = index_.find(id);
    return it == index_.end() ? nullptr : &questions_[it->second];
}

const Section* Bank::find_section(std::string_view id) const {
    for (const auto& section : sections_)
        if (section.id == id) return &section;
    return nullptr;
}

const Topic* Bank::find_topic(std::string_view section_id, std::string_view topic_id) const {
    const Section* section = find_section(section_id);
    if (!section) return nullptr;
    for (const auto& topic : section->topics)
        if (topic.id == topic_id) return &topic;
    return nullptr;
}

std::vector<std::string> Bank::twins_of(const Question& question) const {
    std::vector<std::string> twins;
    if (!question.same_as.empty()) twins.push_back(question.same_as);
    for (const auto& other : questions_)
        if (other.same_as == question.id) twins.push_back(other.id);
    return twins;
}

}  // namespace mockround
