#include "term/keys.hpp"

#include <string_view>

namespace mockround::term {

namespace {

std::size_t utf8_length(unsigned char lead) {
    if (lead < 0x80) return 1;
    if ((lead & 0xE0) == 0xC0) return 2;
    if ((lead & 0xF0) == 0xE0) return 3;
    if ((lead & 0xF8) == 0xF0) return 4;
    return 1;  // a stray continuation byte: taken alone
}

// Length of an escape sequence at the start of `s` (ESC [ ... final, ESC O x, or ESC alone).
std::size_t escape_length(const std::string& s) {
    if (s.size() < 2) return 1;
    if (s[1] == 'O' && s.size() >= 3) return 3;
    if (s[1] != '[') return 1;
    for (std::size_t i = 2; i < s.size(); ++i)
        if (s[i] >= 0x40 && s[i] <= 0x7E) return i + 1;
    return s.size();
}

// The keys a screen uses among the escape sequences: arrows (normal and application cursor
// mode) and PgUp/PgDn.
Key::Type escape_key(std::string_view sequence) {
    if (sequence.size() == 1) return Key::escape;
    if (sequence == "\x1b[A" || sequence == "\x1bOA") return Key::up;
    if (sequence == "\x1b[B" || sequence == "\x1bOB") return Key::down;
    if (sequence == "\x1b[5~") return Key::page_up;
    if (sequence == "\x1b[6~") return Key::page_down;
    return Key::other;
}

}  // namespace

std::vector<Key> KeyDecoder::feed(const char* bytes, std::size_t size) {
    pending_.append(bytes, size);
    std::vector<Key> keys;
    std::size_t at = 0;
    while (at < pending_.size()) {
        const auto byte = static_cast<unsigned char>(pending_[at]);
        if (byte == 0x1B) {
            const std::size_t length = escape_length(pending_.substr(at));
            keys.push_back({escape_key(std::string_view(pending_).substr(at, length)), {}});
            at += length;
            continue;
        }
        if (byte >= 0x80) {
            const std::size_t length = utf8_length(byte);
            if (at + length > pending_.size()) break;  // the rest comes with the next read
            keys.push_back({Key::character, pending_.substr(at, length)});
            at += length;
            continue;
        }
        switch (byte) {
            case '\r':
            case '\n':
                keys.push_back({Key::enter, {}});
                break;
            case 0x7F:
            case 0x08:
                keys.push_back({Key::backspace, {}});
                break;
            case 0x03:
                keys.push_back({Key::interrupt, {}});
                break;
            case 0x1A:
                keys.push_back({Key::suspend, {}});
                break;
            case 0x15:
                keys.push_back({Key::kill_line, {}});
                break;
            default:
                if (byte >= 0x20)
                    keys.push_back({Key::character, std::string(1, static_cast<char>(byte))});
                else
                    keys.push_back({Key::other, {}});
        }
        ++at;
    }
    pending_.erase(0, at);
    return keys;
}

void LineEditor::apply(const Key& key) {
    if (key.type == Key::character) {
        text_ += key.text;
    } else if (key.type == Key::backspace) {
        while (!text_.empty() && (static_cast<unsigned char>(text_.back()) & 0xC0) == 0x80)
            text_.pop_back();
        if (!text_.empty()) text_.pop_back();
    } else if (key.type == Key::kill_line) {
        text_.clear();
    }
}

}  // namespace mockround::term
