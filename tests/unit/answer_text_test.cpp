// A typed answer is cleaned the same way wherever it comes from.
#include <catch2/catch.hpp>

#include "core/answer_text.hpp"

using namespace mockround;

TEST_CASE("an answer keeps its text, tabs and line breaks byte for byte") {
    const std::string text = "A B-tree:\n\tSELECT * FROM t WHERE id = 1;\n  ünïcödé ✓ 𝄞\n";
    const CleanAnswer clean = clean_answer(text);
    CHECK(clean.text == text);
    CHECK_FALSE(clean.cut);
}

TEST_CASE("control characters go, CR LF becomes LF, invalid UTF-8 becomes U+FFFD") {
    CHECK(clean_answer("a\x1b[31mred\x07\x7f").text == "a[31mred");
    CHECK(clean_answer("one\r\ntwo\rthree").text == "one\ntwo\nthree");
    CHECK(clean_answer("bad \xff byte").text == "bad \xEF\xBF\xBD byte");
    CHECK(clean_answer("cut \xE2\x82").text == "cut \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(clean_answer("overlong \xC0\xAF").text == "overlong \xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(clean_answer("surrogate \xED\xA0\x80").text ==
          "surrogate \xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");
}

TEST_CASE("an answer past 64 KiB is cut at a character boundary and says so") {
    std::string long_text(answer_cap - 1, 'x');
    long_text += "é and more";  // é is two bytes: it does not fit in the last one
    const CleanAnswer clean = clean_answer(long_text);
    CHECK(clean.cut);
    CHECK(clean.text == std::string(answer_cap - 1, 'x'));
    CHECK_FALSE(clean_answer(std::string(answer_cap, 'y')).cut);
}
