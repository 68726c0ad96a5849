// The answer editor: wrapping, the cursor, and every editing key.
#include <catch2/catch.hpp>

#include "core/answer_text.hpp"
#include "term/answer_editor.hpp"

using namespace mockround;
using namespace mockround::term;

namespace {

Key key(Key::Type type, std::string text = {}) {
    return {type, std::move(text)};
}

// Typed as a terminal sends it, through the key decoder.
void type_text(AnswerEditor& editor, const std::string& text, std::size_t width = 80) {
    KeyDecoder decoder;
    for (const Key& k : decoder.feed(text.data(), text.size())) editor.apply(k, width);
}

}  // namespace

TEST_CASE("the editor wraps at spaces, breaks long words, and keeps line breaks") {
    AnswerEditor editor("an index speeds reads\n\nabcdefghijkl");
    const EditorLayout layout = editor.layout(10);
    CHECK(layout.lines ==
          std::vector<std::string>{"an index ", "speeds ", "reads", "", "abcdefghij", "kl"});
    CHECK(layout.cursor_line == 5);
    CHECK(layout.cursor_column == 2);
    CHECK(AnswerEditor().layout(10).lines == std::vector<std::string>{""});
}

TEST_CASE("typing, Backspace, Delete and the arrows edit where the cursor is") {
    AnswerEditor editor;
    type_text(editor, "héllo");
    editor.apply(key(Key::left), 80);
    editor.apply(key(Key::left), 80);
    editor.apply(key(Key::backspace), 80);  // the l before the cursor
    CHECK(editor.text() == "hélo");
    editor.apply(key(Key::backspace), 80);  // é: two bytes, one character
    CHECK(editor.text() == "hlo");
    editor.apply(key(Key::delete_char), 80);
    CHECK(editor.text() == "ho");
    editor.apply(key(Key::end), 80);
    type_text(editor, "!");
    CHECK(editor.text() == "ho!");
    editor.apply(key(Key::home), 80);
    type_text(editor, ">");
    CHECK(editor.text() == ">ho!");
}

TEST_CASE("Up and Down move by wrapped line, keeping the column") {
    AnswerEditor editor("first line\nsecond");
    editor.apply(key(Key::up), 80);
    CHECK(editor.cursor() == 6);  // under column 6 of "second": "first |line"
    editor.apply(key(Key::down), 80);
    CHECK(editor.cursor() == editor.text().size());
    AnswerEditor wrapped("aaaa bbbb cccc");  // at width 5: "aaaa ", "bbbb ", "cccc"
    wrapped.apply(key(Key::up), 5);
    CHECK(wrapped.layout(5).cursor_line == 1);
    wrapped.apply(key(Key::up), 5);
    CHECK(wrapped.layout(5).cursor_line == 0);
    wrapped.apply(key(Key::up), 5);  // already on the first line
    CHECK(wrapped.layout(5).cursor_line == 0);
}

TEST_CASE("Ctrl-U clears the line before the cursor, Ctrl-W the word before it") {
    AnswerEditor editor("keep\nthe last  words  ");
    editor.apply(key(Key::kill_word), 80);
    CHECK(editor.text() == "keep\nthe last  ");
    editor.apply(key(Key::kill_word), 80);
    CHECK(editor.text() == "keep\nthe ");
    editor.apply(key(Key::kill_line), 80);
    CHECK(editor.text() == "keep\n");
    editor.apply(key(Key::backspace), 80);
    editor.apply(key(Key::kill_line), 80);
    CHECK(editor.text().empty());
}

TEST_CASE("a paste goes in whole, cleaned, and is cut at the cap with a flag") {
    AnswerEditor editor;
    CHECK(editor.apply(key(Key::paste, "SELECT 1;\r\n\x1b[31m-- done\x07"), 80));
    CHECK(editor.text() == "SELECT 1;\n[31m-- done");
    CHECK_FALSE(editor.cut());
    editor.apply(key(Key::paste, std::string(answer_cap, 'x')), 80);
    CHECK(editor.cut());
    CHECK(editor.text().size() == answer_cap);
    CHECK_FALSE(editor.apply(key(Key::character, "y"), 80));
}

TEST_CASE("keys that do not edit change nothing") {
    AnswerEditor editor("text");
    CHECK_FALSE(editor.apply(key(Key::page_down), 80));
    CHECK_FALSE(editor.apply(key(Key::left), 80));
    CHECK(editor.apply(key(Key::tab), 80));
    CHECK(editor.text() == "tex    t");
}
