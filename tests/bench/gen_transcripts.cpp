// For scripts/bench-review: writes N realistic transcripts with the project's own writer
// (render_transcript): shipped questions, 8-12 a round, scores, skips, time-ups and notes,
// rounds spread over two years.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>

#include "core/random.hpp"
#include "store/bank_loader.hpp"
#include "store/local_time.hpp"
#include "store/transcript.hpp"

using namespace mockround;

int main(int argc, char** argv) {
    if (argc != 3) return std::fprintf(stderr, "usage: gen_transcripts DIR N\n"), 2;
    const std::filesystem::path dir = argv[1];
    const long count = std::atol(argv[2]);
    const Bank bank = store::load_bank(MOCKROUND_SOURCE_DIR "/questions.yaml", "/none");
    std::filesystem::create_directories(dir);
    Random rng(7);
    const WallTime start =
        std::chrono::sys_days{std::chrono::year{2025} / 1 / 1} + std::chrono::hours(7);
    for (long n = 0; n < count; ++n) {
        RoundInfo info;
        info.profile = "fresher";
        info.seed = static_cast<std::uint64_t>(n);
        info.status = RoundStatus::completed;
        info.started_at = start + std::chrono::minutes(n * 730 * 24 * 60 / count);
        info.ended_at = info.started_at + std::chrono::minutes(45);
        info.id =
            store::format_local(info.started_at, "%Y-%m-%d-%H%M") + "-fresher-" + std::to_string(n);
        info.round_length = std::chrono::seconds(2700);
        std::vector<QuestionRecord> questions;
        const std::size_t size = 8 + rng.below(5);
        for (std::size_t i = 0; i < size; ++i) {
            const Question& q = bank.questions()[rng.below(bank.questions().size())];
            QuestionRecord r;
            r.id = q.id, r.section = q.section, r.topic = q.topic, r.text = q.text;
            r.budget = std::chrono::seconds(180);
            r.asked_at = info.started_at + std::chrono::minutes(4 * i);
            r.answered = true;
            r.answer = Micros(static_cast<long long>(rng.uniform() * 240e6));
            r.time_up = r.answer > r.budget;
            r.state = rng.below(10) == 0 ? QuestionState::skipped : QuestionState::scored;
            if (r.state == QuestionState::scored) r.score = static_cast<int>(rng.below(5));
            if (rng.below(4) == 0) r.covered = {"a", "c"};
            if (rng.below(5) == 0) r.note = "mixed up the remote-tracking branches";
            info.elapsed += r.answer;
            questions.push_back(std::move(r));
        }
        std::ofstream(dir / (info.id + ".yaml")) << store::render_transcript(info, questions);
    }
    return 0;
}
