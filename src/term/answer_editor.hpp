#pragma once
// The multi-line editor a typed answer is written in: word-wrapped to the screen's width, with
// the cursor keys, Home/End, Backspace/Delete, Ctrl-U, Ctrl-W and pastes.
#include <cstddef>
#include <string>
#include <vector>

#include "term/keys.hpp"

namespace mockround::term {

// The editor's text as the screen draws it: the wrapped lines, and where the cursor is.
struct EditorLayout {
    std::vector<std::string> lines;
    std::size_t cursor_line = 0, cursor_column = 0;
};

class AnswerEditor {
  public:
    // The cursor starts at the end of the text, as after resuming.
    explicit AnswerEditor(std::string text = {});

    // Applies an editing key to a text wrapped at `width` (Up/Down move by wrapped line);
    // true when the text changed. Keys that do not edit are left alone.
    bool apply(const Key& key, std::size_t width);
    EditorLayout layout(std::size_t width) const;

    const std::string& text() const { return text_; }
    std::size_t cursor() const { return cursor_; }
    // The last insertion was cut to keep the answer within answer_cap.
    bool cut() const { return cut_; }

  private:
    struct Span {
        std::size_t begin, end;  // bytes of text_ on one wrapped line
    };
    std::string text_;
    std::size_t cursor_;
    bool cut_ = false;

    std::vector<Span> spans(std::size_t width) const;
    std::size_t line_of_cursor(const std::vector<Span>& spans) const;
    void move_vertically(int lines, std::size_t width);
    void insert(std::string_view text);
    void erase_to(std::size_t from);  // erases between `from` and the cursor
};

}  // namespace mockround::term
