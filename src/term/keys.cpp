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

// Length of an escape sequence at the start of `s` (ESC [ ... final, ESC O x, or ESC alone),
// or 0 when it is cut short and its rest comes with the next read. A lone ESC ending a read
// is the Escape key: a key press sends its whole sequence at once.
std::size_t escape_length(std::string_view s) {
    if (s.size() < 2) return 1;
    if (s[1] == 'O') return s.size() >= 3 ? 3 : 0;
    if (s[1] != '[') return 1;
    for (std::size_t i = 2; i < s.size(); ++i)
        if (s[i] >= 0x40 && s[i] <= 0x7E) return i + 1;
    return s.size() < 32 ? 0 : s.size();  // a long unfinished one is noise: dropped
}

constexpr std::string_view paste_start = "\x1b[200~", paste_end = "\x1b[201~";

// The keys a screen uses among the escape sequences: arrows (normal and application cursor
// mode), PgUp/PgDn, Home/End (as xterm, VT220 and rxvt send them) and Delete.
Key::Type escape_key(std::string_view sequence) {
    struct Named {
        std::string_view sequence;
        Key::Type type;
    };
    static constexpr Named named[] = {
        {"\x1b[A", Key::up},          {"\x1bOA", Key::up},    {"\x1b[B", Key::down},
        {"\x1bOB", Key::down},        {"\x1b[C", Key::right}, {"\x1bOC", Key::right},
        {"\x1b[D", Key::left},        {"\x1bOD", Key::left},  {"\x1b[5~", Key::page_up},
        {"\x1b[6~", Key::page_down},  {"\x1b[H", Key::home},  {"\x1bOH", Key::home},
        {"\x1b[1~", Key::home},       {"\x1b[7~", Key::home}, {"\x1b[F", Key::end},
        {"\x1bOF", Key::end},         {"\x1b[4~", Key::end},  {"\x1b[8~", Key::end},
        {"\x1b[3~", Key::delete_char}};
    if (sequence.size() == 1) return Key::escape;
    for (const Named& n : named)
        if (n.sequence == sequence) return n.type;
    return Key::other;
}

Key::Type control_key(unsigned char byte) {
    switch (byte) {
        case '\r':
        case '\n':
            return Key::enter;
        case 0x7F:
        case 0x08:
            return Key::backspace;
        case 0x03:
            return Key::interrupt;
        case 0x1A:
            return Key::suspend;
        case 0x15:
            return Key::kill_line;
        case 0x17:
            return Key::kill_word;
        case 0x01:
            return Key::home;
        case 0x05:
            return Key::end;
        case 0x04:
            return Key::end_of_text;
        case '\t':
            return Key::tab;
        default:
            return Key::other;
    }
}

}  // namespace

std::vector<Key> KeyDecoder::feed(const char* bytes, std::size_t size) {
    pending_.append(bytes, size);
    std::vector<Key> keys;
    std::size_t at = 0;
    while (at < pending_.size()) {
        if (in_paste_) {
            const std::size_t used = take_paste(std::string_view(pending_).substr(at), keys);
            if (used == 0) break;  // only what may start the end marker: wait for the rest
            at += used;
            continue;
        }
        const auto byte = static_cast<unsigned char>(pending_[at]);
        if (byte == 0x1B) {
            const std::size_t length = escape_length(std::string_view(pending_).substr(at));
            if (length == 0) break;
            const std::string_view sequence = std::string_view(pending_).substr(at, length);
            if (sequence == paste_start)
                in_paste_ = true;
            else
                keys.push_back({escape_key(sequence), {}});
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
        if (byte >= 0x20 && byte != 0x7F)
            keys.push_back({Key::character, std::string(1, static_cast<char>(byte))});
        else
            keys.push_back({control_key(byte), {}});
        ++at;
    }
    pending_.erase(0, at);
    return keys;
}

// The pasted text at the start of `bytes`, up to the paste's end, as a Key::paste; a tail that
// may start the end marker waits for the next read. Returns how many bytes were used.
std::size_t KeyDecoder::take_paste(std::string_view bytes, std::vector<Key>& keys) {
    std::size_t text = bytes.find(paste_end), used = text + paste_end.size();
    if (text == std::string_view::npos) {
        std::size_t keep = std::min(bytes.size(), paste_end.size() - 1);
        while (keep > 0 && paste_end.substr(0, keep) != bytes.substr(bytes.size() - keep)) --keep;
        text = used = bytes.size() - keep;
    } else {
        in_paste_ = false;
    }
    if (text > 0) keys.push_back({Key::paste, std::string(bytes.substr(0, text))});
    return used;
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
