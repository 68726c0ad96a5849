#pragma once
// The question bank as the rest of the program sees it: sections, topics and questions,
// already validated. Knows nothing of YAML or files.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mockround {

enum class Kind { conceptual, compare, scenario, coding, design };
enum class Level { fresher, mid, senior };

std::string_view to_string(Kind kind);
std::string_view to_string(Level level);
std::optional<Kind> parse_kind(std::string_view text);
std::optional<Level> parse_level(std::string_view text);

struct Example {
    std::string lang;  // python, sql, mongodb, bash, text
    std::string code;
};

// What a strong answer covers; empty until the bank carries guides.
struct Guide {
    std::vector<std::string> key_points;
    std::vector<std::string> follow_ups;
    std::vector<std::string> pitfalls;
    std::optional<Example> example;
};

struct Question {
    std::string id;
    std::string section;  // section id
    std::string topic;    // topic id
    std::string text;     // Markdown
    Kind kind = Kind::conceptual;
    Level level = Level::fresher;
    int minutes = 3;
    std::string same_as;    // id of the same question asked elsewhere in the bank, or empty
    std::string reference;  // an answer written with the question (Markdown), or empty
    Guide guide;
};

struct Topic {
    std::string id;
    std::string title;
};

struct Section {
    std::string id;
    std::string title;
    std::vector<Topic> topics;
};

class Bank {
  public:
    void add_section(Section section);
    // Adds a topic to an existing section unless one with that id is there already.
    void add_topic(const std::string& section_id, Topic topic);
    void add_question(Question question);

    const std::vector<Section>& sections() const { return sections_; }
    const std::vector<Question>& questions() const { return questions_; }
    const Question* find(std::string_view id) const;
    const Section* find_section(std::string_view id) const;
    const Topic* find_topic(std::string_view section_id, std::string_view topic_id) const;
    // Every id linked to this question by same_as, in either direction, itself excluded.
    std::vector<std::string> twins_of(const Question& question) const;

  private:
    std::vector<Section> sections_;
    std::vector<Question> questions_;
    std::map<std::string, std::size_t, std::less<>> index_;
};

}  // namespace mockround
