#include "term/answer_editor.hpp"

#include <algorithm>

#include "core/answer_text.hpp"

namespace mockround::term {

namespace {

bool continuation(char c) {
    return (static_cast<unsigned char>(c) & 0xC0) == 0x80;
}

std::size_t next_char(const std::string& text, std::size_t at) {
    if (at >= text.size()) return text.size();
    ++at;
    while (at < text.size() && continuation(text[at])) ++at;
    return at;
}

std::size_t previous_char(const std::string& text, std::size_t at) {
    if (at == 0) return 0;
    --at;
    while (at > 0 && continuation(text[at])) --at;
    return at;
}

std::size_t columns(const std::string& text, std::size_t from, std::size_t to) {
    std::size_t count = 0;
    for (std::size_t at = from; at < to; at = next_char(text, at)) ++count;
    return count;
}

// The longest prefix of `text` of at most `room` bytes that ends on a character boundary.
std::string_view fitting(std::string_view text, std::size_t room) {
    if (text.size() <= room) return text;
    while (room > 0 && continuation(text[room])) --room;
    return text.substr(0, room);
}

}  // namespace

AnswerEditor::AnswerEditor(std::string text) : text_(std::move(text)), cursor_(text_.size()) {}

std::vector<AnswerEditor::Span> AnswerEditor::spans(std::size_t width) const {
    width = std::max<std::size_t>(1, width);
    std::vector<Span> out;
    std::size_t begin = 0;
    while (true) {
        const std::size_t line_end = std::min(text_.find('\n', begin), text_.size());
        std::size_t row = begin, used = 0, after_space = std::string::npos;
        for (std::size_t at = begin; at < line_end; at = next_char(text_, at)) {
            if (used == width) {  // full: break after the row's last space, else here
                const std::size_t cut = after_space != std::string::npos ? after_space : at;
                out.push_back({row, cut});
                row = cut, used = columns(text_, cut, at), after_space = std::string::npos;
            }
            if (text_[at] == ' ') after_space = next_char(text_, at);
            ++used;
        }
        out.push_back({row, line_end});
        if (line_end == text_.size()) return out;
        begin = line_end + 1;
    }
}

std::size_t AnswerEditor::line_of_cursor(const std::vector<Span>& spans) const {
    std::size_t line = 0;
    for (std::size_t i = 0; i < spans.size() && spans[i].begin <= cursor_; ++i) line = i;
    return line;
}

EditorLayout AnswerEditor::layout(std::size_t width) const {
    EditorLayout layout;
    const std::vector<Span> all = spans(width);
    for (const Span& span : all) {
        std::string line = text_.substr(span.begin, span.end - span.begin);
        std::replace(line.begin(), line.end(), '\t', ' ');  // one column, as counted
        layout.lines.push_back(std::move(line));
    }
    layout.cursor_line = line_of_cursor(all);
    layout.cursor_column = columns(text_, all[layout.cursor_line].begin, cursor_);
    return layout;
}

void AnswerEditor::move_vertically(int lines, std::size_t width) {
    const std::vector<Span> all = spans(width);
    const std::size_t line = line_of_cursor(all);
    const std::size_t column = columns(text_, all[line].begin, cursor_);
    const auto target = static_cast<std::size_t>(
        std::clamp<long>(static_cast<long>(line) + lines, 0, static_cast<long>(all.size()) - 1));
    if (target == line) return;
    const Span span = all[target];
    std::size_t at = span.begin;
    for (std::size_t c = 0; c < column && at < span.end; ++c) at = next_char(text_, at);
    // A wrapped line's end is the next line's start: stay on this line.
    const bool wrapped = target + 1 < all.size() && all[target + 1].begin == span.end;
    if (wrapped && at == span.end && at > span.begin) at = previous_char(text_, at);
    cursor_ = at;
}

void AnswerEditor::insert(std::string_view text) {
    const std::string clean = clean_answer(text).text;
    const std::string_view kept = fitting(clean, answer_cap - std::min(answer_cap, text_.size()));
    cut_ = kept.size() < clean.size();
    text_.insert(cursor_, kept);
    cursor_ += kept.size();
}

void AnswerEditor::erase_to(std::size_t from) {
    const std::size_t begin = std::min(from, cursor_), end = std::max(from, cursor_);
    text_.erase(begin, end - begin);
    cursor_ = begin;
}

bool AnswerEditor::apply(const Key& key, std::size_t width) {
    const std::string before = text_;
    const std::size_t line_start = cursor_ == 0 ? 0 : text_.rfind('\n', cursor_ - 1) + 1;
    switch (key.type) {
        case Key::character:
        case Key::paste:
            insert(key.text);
            break;
        case Key::enter:
            insert("\n");
            break;
        case Key::tab:
            insert("    ");
            break;
        case Key::backspace:
            erase_to(previous_char(text_, cursor_));
            break;
        case Key::delete_char:
            erase_to(next_char(text_, cursor_));
            break;
        case Key::kill_line:  // Ctrl-U: the line up to the cursor
            erase_to(line_start);
            break;
        case Key::kill_word: {  // Ctrl-W: the word before the cursor, and spaces after it
            std::size_t from = cursor_;
            while (from > line_start && text_[from - 1] == ' ') --from;
            while (from > line_start && text_[from - 1] != ' ') from = previous_char(text_, from);
            erase_to(from);
            break;
        }
        case Key::left:
            cursor_ = previous_char(text_, cursor_);
            break;
        case Key::right:
            cursor_ = next_char(text_, cursor_);
            break;
        case Key::up:
        case Key::down:
            move_vertically(key.type == Key::up ? -1 : 1, width);
            break;
        case Key::home:
            cursor_ = line_start;
            break;
        case Key::end:
            cursor_ = std::min(text_.find('\n', cursor_), text_.size());
            break;
        default:
            break;
    }
    return text_ != before;
}

}  // namespace mockround::term
