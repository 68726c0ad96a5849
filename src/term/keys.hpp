#pragma once
// Turns the bytes a terminal sends in raw mode into keys.
#include <string>
#include <string_view>
#include <vector>

namespace mockround::term {

struct Key {
    enum Type {
        character,
        enter,
        backspace,
        escape,
        interrupt,
        suspend,
        kill_line,
        up,
        down,
        page_up,
        page_down,
        left,
        right,
        home,         // also Ctrl-A
        end,          // also Ctrl-E
        delete_char,  // Delete
        kill_word,    // Ctrl-W
        end_of_text,  // Ctrl-D
        tab,
        paste,  // text: what a bracketed paste delivered (maybe one of several parts)
        other
    } type;
    // One character (a whole UTF-8 sequence) for Type::character; the bytes of a paste.
    std::string text;
};

class KeyDecoder {
  public:
    // Keys completed by these bytes; a UTF-8 sequence split across reads waits for its rest.
    std::vector<Key> feed(const char* bytes, std::size_t size);

  private:
    std::string pending_;
    bool in_paste_ = false;  // between ESC [200~ and ESC [201~: bytes are text, never keys

    std::size_t take_paste(std::string_view bytes, std::vector<Key>& keys);
};

// A one-line editor for notes: UTF-8 aware Backspace, Ctrl-U clears.
class LineEditor {
  public:
    explicit LineEditor(std::string initial = {}) : text_(std::move(initial)) {}
    void apply(const Key& key);
    const std::string& text() const { return text_; }

  private:
    std::string text_;
};

}  // namespace mockround::term
