#include "store/bank_writer.hpp"

#include <map>
#include <utility>
#include <vector>

namespace mockround::store {

namespace {
std::string hex_escape(unsigned char byte) {
    const char* digits = "0123456789abcdef";
    return std::string("\\x") + digits[byte >> 4] + digits[byte & 0xF];
}
}  // namespace

std::string yaml_quoted(std::string_view text) {
    std::string out = "\"";
    out.reserve(text.size() + 2);
    for (char c : text) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\')
            out += '\\', out += c;
        else if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (byte < 0x20 || byte == 0x7F)
            out += hex_escape(byte);
        else
            out += c;
    }
    return out + '"';
}

namespace {

void write_list(std::string& out, const char* key, const std::vector<std::string>& items) {
    if (items.empty()) return;
    out += std::string("            ") + key + ":\n";
    for (const auto& item : items) out += "              - " + yaml_quoted(item) + "\n";
}

void write_question(std::string& out, const Question& q) {
    out += "          - id: " + q.id + "\n";
    out += "            text: " + yaml_quoted(q.text) + "\n";
    out += "            kind: " + std::string(to_string(q.kind)) +
           "\n            level: " + std::string(to_string(q.level)) +
           "\n            minutes: " + std::to_string(q.minutes) + "\n";
    if (!q.reference.empty()) out += "            reference: " + yaml_quoted(q.reference) + "\n";
    if (!q.same_as.empty()) out += "            same_as: " + q.same_as + "\n";
    write_list(out, "key_points", q.guide.key_points);
    write_list(out, "follow_ups", q.guide.follow_ups);
    write_list(out, "pitfalls", q.guide.pitfalls);
    if (q.guide.example)
        out += "            example:\n              lang: " + yaml_quoted(q.guide.example->lang) +
               "\n              code: " + yaml_quoted(q.guide.example->code) + "\n";
}

}  // namespace

std::string bank_yaml(const Bank& bank, std::string_view comment) {
    std::string out;
    for (std::size_t at = 0; at < comment.size();) {
        std::size_t end = comment.find('\n', at);
        if (end == std::string_view::npos) end = comment.size();
        out += "# " + std::string(comment.substr(at, end - at)) + "\n";
        at = end + 1;
    }
    std::map<std::pair<std::string, std::string>, std::vector<const Question*>> under;
    for (const auto& q : bank.questions()) under[{q.section, q.topic}].push_back(&q);
    out += "format: 1\nsections:\n";
    for (const auto& section : bank.sections()) {
        out += "  - id: " + section.id + "\n    title: " + yaml_quoted(section.title) +
               "\n    topics:\n";
        for (const auto& topic : section.topics) {
            out += "      - id: " + topic.id + "\n        title: " + yaml_quoted(topic.title) +
                   "\n        questions:\n";
            for (const auto* q : under[{section.id, topic.id}]) write_question(out, *q);
        }
    }
    return out;
}

}  // namespace mockround::store
