#include "core/answer_text.hpp"

#include <algorithm>

namespace mockround {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

// The length of the well-formed UTF-8 sequence at the start of `s` (RFC 3629: no overlong
// forms, no surrogates, nothing past U+10FFFF), or 0 when it is not one.
std::size_t sequence_length(std::string_view s) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the bounds of the second byte
    if (lead >= 0xC2 && lead <= 0xDF)
        length = 2;
    else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0) low = 0xA0;
        if (lead == 0xED) high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0) low = 0x90;
        if (lead == 0xF4) high = 0x8F;
    }
    if (length == 0 || s.size() < length) return 0;
    if (byte(1) < low || byte(1) > high) return 0;
    for (std::size_t i = 2; i < length; ++i)
        if (byte(i) < 0x80 || byte(i) > 0xBF) return 0;
    return length;
}

// U+FDD0..U+FDEF and the last two code points of every plane: yaml-cpp writes them as U+FFFD,
// so one kept would make the answer read back from a transcript differ from the one typed.
bool noncharacter(std::string_view sequence) {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(sequence[i]); };
    if (sequence.size() == 3 && byte(0) == 0xEF)
        return (byte(1) == 0xB7 && byte(2) >= 0x90 && byte(2) <= 0xAF) ||
               (byte(1) == 0xBF && byte(2) >= 0xBE);
    return sequence.size() == 4 && (byte(1) & 0x0F) == 0x0F && byte(2) == 0xBF && byte(3) >= 0xBE;
}

bool kept_control(char c) {
    return c == '\n' || c == '\t';
}

}  // namespace

CleanAnswer clean_answer(std::string_view raw) {
    CleanAnswer out;
    out.text.reserve(std::min(raw.size(), answer_cap));
    for (std::size_t i = 0; i < raw.size();) {
        std::string_view piece;
        std::size_t used = sequence_length(raw.substr(i));
        if (used == 0 || noncharacter(raw.substr(i, used))) {
            piece = replacement, used = std::max<std::size_t>(used, 1);
        } else if (raw[i] == '\r') {
            piece = "\n";
            if (i + 1 < raw.size() && raw[i + 1] == '\n') used = 2;
        } else if (used == 1 && (static_cast<unsigned char>(raw[i]) < 0x20 || raw[i] == 0x7F) &&
                   !kept_control(raw[i])) {
            piece = {};
        } else {
            piece = raw.substr(i, used);
        }
        if (out.text.size() + piece.size() > answer_cap) {
            out.cut = true;
            break;
        }
        out.text.append(piece);
        i += used;
    }
    return out;
}

}  // namespace mockround
