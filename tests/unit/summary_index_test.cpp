#include <catch2/catch.hpp>
#include <cstring>

#include "store/atomic_file.hpp"
#include "store/bank_loader.hpp"
#include "store/summary_index.hpp"
#include "temp_dir.hpp"

using namespace mockround;
using namespace mockround::store;

namespace {

// Values whose bytes are found in the index, next to the byte a test damages.
constexpr std::uint64_t marker_seed = 0x5eed5eed5eed5eedULL;
constexpr std::chrono::seconds marker_budget{0x0b0d6e7};

RoundData sample_round() {
    RoundData round;
    round.info.id = "2026-11-24-0712-fresher";
    round.info.profile = "fresher";
    round.info.seed = marker_seed;
    round.info.status = RoundStatus::completed;
    QuestionRecord q;
    q.id = "git.fetch-vs-pull";
    q.text = "fetch or pull?";
    q.state = QuestionState::scored;
    q.score = 3;
    q.budget = marker_budget;
    round.questions.push_back(q);
    return round;
}

const FileStamp stamp{123, 456};

void save_index(const std::filesystem::path& cache, const RoundData& round) {
    SummaryIndex index(cache);
    index.save_if_changed({{"r.yaml", stamp, &round}});
}

// The index file with the byte `offset` bytes after the round's seed set to `value`.
void damage_after_seed(const std::filesystem::path& file, std::size_t offset, char value) {
    std::string bytes = read_file(file);
    char seed[sizeof marker_seed];
    std::memcpy(seed, &marker_seed, sizeof seed);
    const auto at = bytes.find(std::string(seed, sizeof seed));
    REQUIRE(at != std::string::npos);
    bytes[at + sizeof seed + offset] = value;
    write_atomically(file, bytes);
}

}  // namespace

TEST_CASE("the summary index gives back the round it was saved with") {
    TempDir cache;
    save_index(cache.path(), sample_round());
    SummaryIndex index(cache.path());
    auto found = index.find("r.yaml", stamp);
    REQUIRE(found);
    CHECK(found->info.status == RoundStatus::completed);
    CHECK(found->questions.at(0).state == QuestionState::scored);
    CHECK_FALSE(SummaryIndex(cache.path()).find("r.yaml", FileStamp{124, 456}));
}

TEST_CASE("the summary index keeps a question's answer and its suggested key points") {
    TempDir cache;
    RoundData round = sample_round();
    QuestionRecord& q = round.questions.at(0);
    for (int n = 0; q.answer_text.size() < 5000; ++n)
        q.answer_text += "line " + std::to_string(n) + "\n\t```code```  ünïcödé ✓\n";
    q.suggested = {"a", "c"};
    q.covered = {"c", "d"};
    save_index(cache.path(), round);
    auto found = SummaryIndex(cache.path()).find("r.yaml", stamp);
    REQUIRE(found);
    CHECK(found->questions.at(0).answer_text == q.answer_text);
    CHECK(found->questions.at(0).suggested == q.suggested);
    CHECK(found->questions.at(0).covered == q.covered);
}

TEST_CASE("the summary index keeps a recorded answer's files, length and overruns") {
    TempDir cache;
    RoundData round = sample_round();
    round.questions.at(0).audio = {{"01.opus", "01-2.opus"}, std::chrono::milliseconds(61500), 2};
    save_index(cache.path(), round);
    auto found = SummaryIndex(cache.path()).find("r.yaml", stamp);
    REQUIRE(found);
    const AnswerAudio& audio = found->questions.at(0).audio;
    CHECK(audio.files == std::vector<std::string>{"01.opus", "01-2.opus"});
    CHECK(audio.length == std::chrono::milliseconds(61500));
    CHECK(audio.overruns == 2);
}

TEST_CASE("an enum byte out of range is a damaged entry, parsed afresh, never used") {
    TempDir cache;
    save_index(cache.path(), sample_round());
    // After the seed: the status byte, then the overtime byte.
    const std::size_t offset = GENERATE(0, 1);
    INFO("byte " << offset << " after the seed");
    damage_after_seed(cache.path() / "rounds.idx", offset, char(200));
    SummaryIndex index(cache.path());
    CHECK_FALSE(index.find("r.yaml", stamp));
}

TEST_CASE("a question state byte out of range is a damaged entry") {
    TempDir cache;
    save_index(cache.path(), sample_round());
    std::string bytes = read_file(cache.path() / "rounds.idx");
    // The question's state byte follows its budget.
    const std::int64_t budget = marker_budget.count();
    const auto at = bytes.find(std::string(reinterpret_cast<const char*>(&budget), sizeof budget)) +
                    sizeof budget;
    REQUIRE(bytes[at] == char(QuestionState::scored));
    bytes[at] = char(9);
    write_atomically(cache.path() / "rounds.idx", bytes);
    CHECK_FALSE(SummaryIndex(cache.path()).find("r.yaml", stamp));
}
