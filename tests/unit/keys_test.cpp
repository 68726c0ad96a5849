// The key decoder, and the redraw timing and big digits of the screens.
#include <catch2/catch.hpp>

#include "core/round.hpp"
#include "fake_clock.hpp"
#include "term/big_digits.hpp"
#include "term/keys.hpp"
#include "term/round_screen.hpp"
#include "term/text.hpp"

using namespace mockround;
using namespace mockround::term;
using namespace std::chrono_literals;

namespace {
std::vector<Key::Type> types(const std::vector<Key>& keys) {
    std::vector<Key::Type> out;
    for (const auto& key : keys) out.push_back(key.type);
    return out;
}

// Two questions of `budget` each in a round of `length`, the first asked.
Round started_round(const FakeClock& clock, std::chrono::seconds budget,
                    std::chrono::seconds length) {
    std::vector<QuestionRecord> questions(2);
    for (auto& q : questions) q.budget = budget;
    RoundInfo info;
    info.round_length = length;
    Round round(info, questions, clock);
    round.start();
    return round;
}

std::vector<Key> decode(std::string_view bytes) {
    KeyDecoder decoder;
    return decoder.feed(bytes.data(), bytes.size());
}
}  // namespace

TEST_CASE("arrows and PgUp/PgDn decode, in both cursor modes") {
    CHECK(types(decode("\x1b[A\x1b[B\x1bOA\x1bOB\x1b[5~\x1b[6~")) ==
          std::vector<Key::Type>{Key::up, Key::down, Key::up, Key::down, Key::page_up,
                                 Key::page_down});
    CHECK(types(decode("\x1b[C\x1b[D\x1b[3~\x1b[H\x1b[F\x1b[1~\x1b[4~\x1b[15~")) ==
          std::vector<Key::Type>{Key::right, Key::left, Key::delete_char, Key::home, Key::end,
                                 Key::home, Key::end, Key::other});
    CHECK(types(decode("\x1b")) == std::vector<Key::Type>{Key::escape});
}

TEST_CASE("characters, Enter, Backspace and control keys decode") {
    const auto keys = decode("j\r\x7f\x03\x1a\x15\x17\x01\x05\x04\t\x02");
    CHECK(types(keys) == std::vector<Key::Type>{Key::character, Key::enter, Key::backspace,
                                                Key::interrupt, Key::suspend, Key::kill_line,
                                                Key::kill_word, Key::home, Key::end,
                                                Key::end_of_text, Key::tab, Key::other});
    CHECK(keys[0].text == "j");
}

TEST_CASE("a bracketed paste is text, never keys, however the reads split it") {
    const std::string bytes = "a\x1b[200~line one\r\nq\x03\x1b[A two\x1b[201~b";
    for (std::size_t split = 0; split <= bytes.size(); ++split) {
        if (split == 2) continue;  // a lone ESC ending a read is the Escape key
        KeyDecoder decoder;
        std::vector<Key> keys = decoder.feed(bytes.data(), split);
        for (const Key& key : decoder.feed(bytes.data() + split, bytes.size() - split))
            keys.push_back(key);
        std::string pasted;
        std::vector<Key::Type> around;
        for (const Key& key : keys) {
            if (key.type == Key::paste)
                pasted += key.text;
            else
                around.push_back(key.type);
        }
        INFO("split at " << split);
        CHECK(pasted == "line one\r\nq\x03\x1b[A two");
        CHECK(around == std::vector<Key::Type>{Key::character, Key::character});
    }
}

TEST_CASE("a UTF-8 character split across reads waits for its rest") {
    KeyDecoder decoder;
    const std::string u = "ü";
    CHECK(decoder.feed(u.data(), 1).empty());
    const auto keys = decoder.feed(u.data() + 1, 1);
    REQUIRE(keys.size() == 1);
    CHECK(keys[0].text == "ü");
}

TEST_CASE("the screen redraws at the next whole second of the running clock") {
    FakeClock clock;
    Round round = started_round(clock, 10s, 100s);
    CHECK(until_next_redraw(round) == Micros(1s));
    clock.advance(300ms);
    CHECK(until_next_redraw(round) == Micros(700ms));
    clock.advance(10s);  // 0.3 s past the question's budget: the overtime counts up
    round.tick();
    CHECK(until_next_redraw(round) == Micros(700ms));
    round.toggle_pause();
    CHECK(until_next_redraw(round) == std::nullopt);
    round.toggle_pause();
    round.end_answer();  // scoring: only the round clock runs, 89.7 s left
    CHECK(until_next_redraw(round) == Micros(700ms));
    round.score(3);
    round.skip();
    CHECK(round.phase() == Phase::done);
    CHECK(until_next_redraw(round) == std::nullopt);
}

TEST_CASE("the round's deadline wakes the screen when it comes before the next second") {
    FakeClock clock;
    Round round = started_round(clock, 600s, 5s);
    clock.advance(2500ms);
    round.end_answer();
    round.score(2);  // the second question's clock starts half a second off the round's
    clock.advance(2300ms);
    CHECK(until_next_redraw(round) == Micros(200ms));
}

TEST_CASE("big digits: five rows, every row as wide as big_digits_width says") {
    for (const std::string clock : {"00:00", "12:34", "+05:59", "-00:07", "99:99"}) {
        const auto rows = big_digits(clock);
        REQUIRE(rows.size() == big_digit_rows);
        for (const auto& row : rows) CHECK(display_width(row) == big_digits_width(clock));
    }
    CHECK(big_digits_width("12:34") == 4 * 6 + 4);
    CHECK(big_digits("8")[0] == "█████ ");
    CHECK(big_digits("1:")[1] == " ██    █  ");
}
