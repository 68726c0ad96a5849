// For scripts/bench-round: how long saving a transcript takes (render + atomic write with
// fsync), against a bare write+fsync+rename of the same bytes, in one run.
#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "store/transcript.hpp"

using namespace mockround;
using Steady = std::chrono::steady_clock;

namespace {

store::Transcript realistic_round() {
    store::Transcript t;
    t.info.id = "2026-11-24-0712-fresher";
    t.info.profile = "fresher";
    t.info.started_at = std::chrono::system_clock::now();
    t.info.round_length = std::chrono::minutes(45);
    for (int i = 0; i < 14; ++i) {
        QuestionRecord q;
        q.id = "postgres.question-" + std::to_string(i);
        q.section = "postgres";
        q.topic = "transactions-concurrency";
        q.text =
            "What is the difference between `READ COMMITTED` and `REPEATABLE READ`? When would "
            "you pick each, and what anomalies does each allow?";
        q.budget = std::chrono::minutes(3);
        q.state = i < 7 ? QuestionState::scored : QuestionState::pending;
        q.asked_at = t.info.started_at;
        q.answer = std::chrono::seconds(100 + i);
        if (i < 7)
            q.score = i % 5, q.note = "mentioned MVCC snapshots; forgot serialization failures";
        t.questions.push_back(q);
    }
    return t;
}

void bare_save(const std::string& dir, const std::string& text) {
    const std::string temp = dir + "/bare.tmp", path = dir + "/bare.yaml";
    const int fd = open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (write(fd, text.data(), text.size()) != static_cast<ssize_t>(text.size()))
        std::perror("write");
    fsync(fd);
    close(fd);
    rename(temp.c_str(), path.c_str());
}

double percentile(std::vector<double> v, double p) {
    std::sort(v.begin(), v.end());
    return v[static_cast<std::size_t>(p * static_cast<double>(v.size() - 1))];
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) return std::fprintf(stderr, "usage: save_bench DIR [N]\n"), 2;
    const std::string dir = argv[1];
    const int n = argc > 2 ? std::atoi(argv[2]) : 500;
    store::TranscriptStore store(dir);
    store::Transcript t = realistic_round();
    const std::string text = store::render_transcript(t.info, t.questions);
    std::vector<double> ours, bare;
    for (int i = 0; i < n; ++i) {
        auto start = Steady::now();
        store.save(t.info, t.questions);
        auto middle = Steady::now();
        bare_save(dir, text);
        auto end = Steady::now();
        ours.push_back(std::chrono::duration<double, std::milli>(middle - start).count());
        bare.push_back(std::chrono::duration<double, std::milli>(end - middle).count());
    }
    std::printf("save (render + atomic write, fsync): p50 %.2f ms  p99 %.2f ms\n",
                percentile(ours, 0.5), percentile(ours, 0.99));
    std::printf("bare write+fsync+rename:             p50 %.2f ms  p99 %.2f ms\n",
                percentile(bare, 0.5), percentile(bare, 0.99));
    std::printf("transcript size: %zu bytes\n", text.size());
}
