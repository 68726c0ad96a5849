// libFuzzer: the key decoder takes any bytes a terminal (or a paste) sends. Every key is whole,
// nothing waits but the start of a UTF-8 character, and bytes split across reads decode as they
// do in one read (escape sequences aside: a lone ESC at the end of a read is the Esc key).
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "core/answer_text.hpp"
#include "term/answer_editor.hpp"
#include "term/keys.hpp"

namespace {

using mockround::term::Key;
using mockround::term::KeyDecoder;

void check_key(const Key& key) {
    if (key.type == Key::paste) {  // a paste's bytes, whatever they are, never empty
        if (key.text.empty()) std::abort();
        return;
    }
    if (key.type != Key::character) {
        if (!key.text.empty()) std::abort();
        return;
    }
    if (key.text.empty() || key.text.size() > 4) std::abort();
    const auto lead = static_cast<unsigned char>(key.text[0]);
    if (key.text.size() == 1 && lead < 0x20) std::abort();
}

bool same(const std::vector<Key>& a, const std::vector<Key>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].type != b[i].type || a[i].text != b[i].text) return false;
    return true;
}

// Any keys leave the answer editor with clean text and a cursor on one of its wrapped lines.
void check_answer_editor(const std::vector<Key>& keys, std::size_t width) {
    mockround::term::AnswerEditor editor;
    for (const Key& key : keys) {
        editor.apply(key, width);
        if (editor.cursor() > editor.text().size()) std::abort();
    }
    if (mockround::clean_answer(editor.text()).text != editor.text()) std::abort();
    const auto layout = editor.layout(width);
    if (layout.cursor_line >= layout.lines.size() || layout.cursor_column > width) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const char* bytes = reinterpret_cast<const char*>(data);
    KeyDecoder whole;
    const std::vector<Key> keys = whole.feed(bytes, size);
    for (const Key& key : keys) check_key(key);
    check_answer_editor(keys, size ? 1 + data[0] % 40 : 1);
    const char none[1] = {};
    if (!whole.feed(none, 0).empty()) std::abort();  // nothing completes out of nothing

    if (std::string(bytes, size).find('\x1b') != std::string::npos || size == 0) return 0;
    KeyDecoder pieces;
    std::vector<Key> split;
    const std::size_t step = 1 + data[0] % 7;
    for (std::size_t at = 0; at < size; at += step) {
        const auto part = pieces.feed(bytes + at, std::min(step, size - at));
        split.insert(split.end(), part.begin(), part.end());
    }
    if (!same(keys, split)) std::abort();

    mockround::term::LineEditor editor;
    for (const Key& key : keys) editor.apply(key);
    for (const Key& key : keys)
        if (key.type == Key::character) editor.apply({Key::backspace, {}});
    return 0;
}
