#include <catch2/catch.hpp>

#include "store/bank_cache.hpp"
#include "store/bank_loader.hpp"
#include "temp_dir.hpp"

using namespace mockround;
using namespace mockround::store;

TEST_CASE("the bank cache gives back the bank it was built from") {
    TempDir dir;
    const std::filesystem::path shipped = MOCKROUND_SOURCE_DIR "/questions.yaml";
    const Bank bank = load_bank(shipped, "/none");
    const std::string stamp = source_stamp({shipped});
    write_bank_cache(dir.path() / "bank.bin", stamp, {bank, {}, {}, {}});
    auto merged = read_bank_cache(dir.path() / "bank.bin", stamp);
    REQUIRE(merged);
    const Bank* cached = &merged->bank;
    REQUIRE(cached->questions().size() == bank.questions().size());
    REQUIRE(cached->sections().size() == bank.sections().size());
    for (std::size_t i = 0; i < bank.questions().size(); ++i) {
        const Question& a = bank.questions()[i];
        const Question& b = cached->questions()[i];
        INFO(a.id);
        CHECK((a.id == b.id && a.section == b.section && a.topic == b.topic && a.text == b.text &&
               a.kind == b.kind && a.level == b.level && a.minutes == b.minutes &&
               a.same_as == b.same_as && a.guide.key_points == b.guide.key_points &&
               a.guide.follow_ups == b.guide.follow_ups && a.guide.pitfalls == b.guide.pitfalls &&
               a.guide.example.has_value() == b.guide.example.has_value()));
        if (a.guide.example) CHECK(a.guide.example->code == b.guide.example->code);
    }
    CHECK(cached->sections()[3].topics.size() == bank.sections()[3].topics.size());

    // The matcher's counts come back as counted, so a match from the cache weighs terms alike.
    REQUIRE(merged->point_terms);
    const PointTermCounts counted = count_point_terms(bank);
    CHECK(merged->point_terms->points == counted.points);
    CHECK(merged->point_terms->frequency == counted.frequency);
    const Question& q = *bank.find("postgres.index-types");
    const std::string answer = "GIN indexes jsonb and arrays; B-tree handles ranges and equality";
    const auto from_cache = KeyPointMatcher(*merged->point_terms).match(q, answer);
    const auto from_bank = KeyPointMatcher(bank).match(q, answer);
    REQUIRE(from_cache.size() == from_bank.size());
    for (std::size_t i = 0; i < from_bank.size(); ++i)
        CHECK((from_cache[i].covered == from_bank[i].covered &&
               from_cache[i].share == from_bank[i].share));
}

TEST_CASE("a stale or damaged cache is not used") {
    TempDir dir;
    auto source = dir.write("questions.yaml", "format: 1\nsections: []\n");
    Bank bank;
    bank.add_section({"git", "Git", {{"basics", "Basics"}}});
    const std::string stamp = source_stamp({source});
    write_bank_cache(dir.path() / "bank.bin", stamp, {bank, {}, {}, {}});
    CHECK(read_bank_cache(dir.path() / "bank.bin", stamp));

    dir.write("questions.yaml", "format: 1\nsections: []\n# edited, so its size changed\n");
    CHECK_FALSE(read_bank_cache(dir.path() / "bank.bin", source_stamp({source})));

    std::string bytes = read_file(dir.path() / "bank.bin");
    dir.write("bank.bin", bytes.substr(0, bytes.size() - 5));
    CHECK_FALSE(read_bank_cache(dir.path() / "bank.bin", stamp));
    CHECK_FALSE(read_bank_cache(dir.path() / "missing.bin", stamp));
}

TEST_CASE("the bank cache keeps the problems of the user files left out") {
    TempDir dir;
    const std::vector<Diagnostic> skipped = {{"/u/banks/x.yaml", 3, 5, "'kind' must be one of"}};
    write_bank_cache(dir.path() / "bank.bin", "stamp", {Bank{}, skipped, {}, {}});
    auto merged = read_bank_cache(dir.path() / "bank.bin", "stamp");
    REQUIRE(merged);
    REQUIRE(merged->skipped.size() == 1);
    CHECK(merged->skipped[0].to_string() == skipped[0].to_string());
}

TEST_CASE("a bank file added beside the others makes the cache stale") {
    TempDir dir;
    const auto a = dir.write("banks/a.yaml", "format: 1\nsections: []\n");
    write_bank_cache(dir.path() / "bank.bin", source_stamp({a}), {Bank{}, {}, {}, {}});
    const auto b = dir.write("banks/b.yml", "format: 1\nsections: []\n");
    CHECK_FALSE(read_bank_cache(dir.path() / "bank.bin",
                                source_stamp(config_files_in(dir.path() / "banks"))));
    CHECK(config_files_in(dir.path() / "banks") == std::vector{a, b});
}

TEST_CASE("one question read from the cache matches as the whole bank does") {
    TempDir dir;
    const std::filesystem::path shipped = MOCKROUND_SOURCE_DIR "/questions.yaml";
    const Bank bank = load_bank(shipped, "/none");
    const std::vector<Diagnostic> skipped = {{"/u/banks/x.yaml", 3, 5, "'kind' must be one of"}};
    write_bank_cache(dir.path() / "bank.bin", "stamp", {bank, skipped, {}, {}});
    const KeyPointMatcher whole_bank(bank);
    for (const Question& q : bank.questions()) {
        INFO(q.id);
        auto cached = read_cached_question(dir.path() / "bank.bin", "stamp", q.id);
        REQUIRE(cached);
        const Question& c = cached->question;
        CHECK((c.text == q.text && c.section == q.section && c.topic == q.topic &&
               c.kind == q.kind && c.level == q.level && c.minutes == q.minutes &&
               c.same_as == q.same_as && c.reference == q.reference &&
               c.guide.key_points == q.guide.key_points &&
               c.guide.follow_ups == q.guide.follow_ups && c.guide.pitfalls == q.guide.pitfalls &&
               c.guide.example.has_value() == q.guide.example.has_value()));
        CHECK(cached->skipped.size() == 1);
        // An answer that makes half the points: the verdicts and shares must be the same.
        std::string answer;
        for (std::size_t i = 0; i < q.guide.key_points.size(); i += 2)
            answer += q.guide.key_points[i] + "\n";
        const auto from_cache = KeyPointMatcher(cached->point_terms).match(q, answer);
        const auto from_bank = whole_bank.match(q, answer);
        REQUIRE(from_cache.size() == from_bank.size());
        for (std::size_t i = 0; i < from_bank.size(); ++i)
            CHECK((from_cache[i].covered == from_bank[i].covered &&
                   from_cache[i].share == from_bank[i].share &&
                   from_cache[i].evidence == from_bank[i].evidence));
    }
    CHECK_FALSE(read_cached_question(dir.path() / "bank.bin", "stamp", "git.no-such-question"));
    CHECK_FALSE(
        read_cached_question(dir.path() / "bank.bin", "other sources", "git.git-vs-github"));
    CHECK_FALSE(read_cached_question(dir.path() / "missing.bin", "stamp", "git.git-vs-github"));

    // Cut anywhere, the cache gives the question whole or not at all.
    const std::string bytes = read_file(dir.path() / "bank.bin");
    const Question& last = bank.questions().back();
    for (std::size_t keep = 0; keep < bytes.size(); keep += bytes.size() / 97) {
        dir.write("cut.bin", bytes.substr(0, keep));
        if (auto cut = read_cached_question(dir.path() / "cut.bin", "stamp", last.id))
            CHECK(cut->question.guide.key_points == last.guide.key_points);
    }
}

TEST_CASE("the bank cache keeps each question's reference answer and the file it came from") {
    TempDir dir;
    Bank bank;
    bank.add_section({"mine.react", "React", {}});
    bank.add_topic("mine.react", {"general", "General"});
    Question q;
    q.id = "mine.react";
    q.section = "mine.react";
    q.topic = "general";
    q.text = "What is React?";
    q.reference = "A library for user interfaces.\n\n```jsx\n<App />\n```";
    bank.add_question(q);
    q.id = "mine.hooks";
    q.reference.clear();
    bank.add_question(q);
    const std::map<std::string, std::string> files{{"mine.react", "/banks/mine.yaml"},
                                                   {"mine.hooks", "/banks/other.yaml"}};
    write_bank_cache(dir.path() / "bank.bin", "stamp", {bank, {}, {}, files});
    auto merged = read_bank_cache(dir.path() / "bank.bin", "stamp");
    REQUIRE(merged);
    CHECK(merged->bank.questions()[0].reference == bank.questions()[0].reference);
    CHECK(merged->bank.questions()[1].reference.empty());
    CHECK(merged->file_of == files);
}
