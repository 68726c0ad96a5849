#pragma once
// Turns the bytes a terminal sends in raw mode into keys.
#include <string>
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
        other
    } type;
    std::string text;  // one character (a whole UTF-8 sequence) for Type::character
};

class KeyDecoder {
  public:
    // Keys completed by these bytes; a UTF-8 sequence split across reads waits for its rest.
    std::vector<Key> feed(const char* bytes, std::size_t size);

  private:
    std::string pending_;
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
