// Text layout for the terminal: widths, cuts, wraps, frames, the ASCII glyphs.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <optional>

#include "frame.hpp"
#include "term/glyphs.hpp"
#include "term/text.hpp"

using namespace mockround;
using namespace mockround::term;

namespace {
// Puts the variables back as they were, so other tests see the environment they started with.
class SavedEnv {
  public:
    explicit SavedEnv(std::vector<std::string> names) {
        for (auto& name : names) {
            const char* value = std::getenv(name.c_str());
            saved_.emplace_back(std::move(name),
                                value ? std::optional<std::string>(value) : std::nullopt);
        }
    }
    ~SavedEnv() {
        for (const auto& [name, value] : saved_)
            value ? setenv(name.c_str(), value->c_str(), 1) : unsetenv(name.c_str());
    }

  private:
    std::vector<std::pair<std::string, std::optional<std::string>>> saved_;
};
}  // namespace

TEST_CASE("display width counts code points and no colour escapes") {
    CHECK(display_width("") == 0);
    CHECK(display_width("abc") == 3);
    CHECK(display_width("█░·›…") == 5);
    CHECK(display_width("\x1b[1mbold\x1b[0m") == 4);
    CHECK(display_width(Style(true, true).green("ok") + "!") == 3);
}

TEST_CASE("truncate cuts to the width with an ellipsis and keeps colour closed") {
    CHECK(term::truncate("hello", 5) == "hello");
    CHECK(term::truncate("hello world", 5) == "hell…");
    CHECK(term::truncate("hello world", 5, "...") == "he...");
    CHECK(term::truncate("hello", 0) == "");
    CHECK(term::truncate("hello", 2, "...") == "..");
    CHECK(term::truncate("█████████", 3) == "██…");
    const std::string cut = term::truncate("\x1b[1mbold text\x1b[0m", 6);
    CHECK(display_width(cut) == 6);
    CHECK(test::plain(cut) == "bold …");
    CHECK(cut.find("\x1b[0m") != std::string::npos);  // bold does not run on into the next line
    for (std::size_t width = 0; width < 20; ++width)
        CHECK(display_width(term::truncate("\x1b[2m·a long dimmed line·\x1b[0m", width)) <= width);
}

TEST_CASE("wrap keeps lines within the width, its own breaks; continuations hang") {
    const std::string text = "one two three four five six seven\n  - a list item that wraps here";
    for (std::size_t width = 10; width < 40; ++width)  // the longest word with its indent: 10
        for (const auto& line : wrap(text, width)) CHECK(display_width(line) <= width);
    const auto lines = wrap(text, 12);
    CHECK(lines == std::vector<std::string>{"one two", "  three four", "  five six", "  seven",
                                            "  - a list", "    item", "    that", "    wraps",
                                            "    here"});
    CHECK(wrap("a\n\nb", 20) == std::vector<std::string>{"a", "", "b"});
}

TEST_CASE("a frame never has more lines than rows nor a line wider than the width") {
    const std::vector<std::string> lines{"first line", "second · line", "█ third line is long"};
    const Style style(false, true);
    for (int rows = 0; rows < 5; ++rows)
        for (std::size_t width = 1; width < 25; ++width) {
            const auto drawn = test::frame_lines(frame_of(lines, width, rows, style));
            CHECK(drawn.size() == std::min<std::size_t>(3, static_cast<std::size_t>(rows)));
            for (const auto& line : drawn) CHECK(display_width(line) <= width);
        }
}

TEST_CASE("without UTF-8 the glyphs are the ASCII ones stats uses") {
    CHECK(to_ascii("▁▂▃▄▅▆▇█") == "_.-:=+*#");
    CHECK(to_ascii("·░▒▓") == ".-+#");
    CHECK(to_ascii("a › b ─ c … d → e") == "a > b - c ... d -> e");
    CHECK(to_ascii("plain ascii, ünïcode letters kept") == "plain ascii, ünïcode letters kept");
    const Style ascii(false, false), unicode(false, true);
    CHECK(ascii.glyphs("█ ·") == "# .");
    CHECK(unicode.glyphs("█ ·") == "█ ·");
    CHECK(ascii.ellipsis() == "...");
    const auto drawn = test::frame_lines(frame_of({"a long line with a cut"}, 10, 1, ascii));
    CHECK(drawn == std::vector<std::string>{"a long ..."});
}

TEST_CASE("the locale decides UTF-8 as setlocale would: LC_ALL, then LC_CTYPE, then LANG") {
    const SavedEnv saved({"LC_ALL", "LC_CTYPE", "LANG"});
    const auto with = [](const char* all, const char* ctype, const char* lang) {
        for (auto [name, value] : {std::pair{"LC_ALL", all}, {"LC_CTYPE", ctype}, {"LANG", lang}})
            value ? setenv(name, value, 1) : unsetenv(name);
        return utf8_locale();
    };
    CHECK(with(nullptr, nullptr, "en_US.UTF-8"));
    CHECK_FALSE(with("C", nullptr, "en_US.UTF-8"));
    CHECK_FALSE(with(nullptr, nullptr, "C"));
    CHECK(with(nullptr, "C.utf8", "C"));
    CHECK_FALSE(with(nullptr, nullptr, nullptr));
    CHECK(with("", "", "de_DE.utf8"));
}

TEST_CASE("TERM unset, empty or dumb takes no escapes") {
    const SavedEnv saved({"TERM"});
    const auto with = [](const char* term) {
        term ? setenv("TERM", term, 1) : unsetenv("TERM");
        return dumb_terminal();
    };
    CHECK(with("dumb"));
    CHECK(with(""));
    CHECK(with(nullptr));
    CHECK_FALSE(with("xterm-256color"));
    CHECK_FALSE(color_enabled(ColorMode::automatic, 1));  // stdout of a test is no terminal
    CHECK(color_enabled(ColorMode::always, 1));
}

TEST_CASE("a fenced code block is shown as code, its backticks kept") {
    const Style colour(true);
    const auto lines = highlight(
        {"What does this print?", "```js", "console.log(`a`);", "```", "Then `x`."}, colour);
    REQUIRE(lines.size() == 5);
    CHECK(lines[1] == colour.dim("```js"));
    CHECK(lines[2] == colour.cyan("console.log(`a`);"));
    CHECK(lines[3] == colour.dim("```"));
    CHECK(lines[4] == colour.markdown("Then `x`."));
}
