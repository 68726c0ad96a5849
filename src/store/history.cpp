#include "store/history.hpp"

#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>

#include "store/bank_loader.hpp"
#include "store/summary_index.hpp"
#include "store/transcript.hpp"

namespace mockround::store {

namespace fs = std::filesystem;

namespace {

struct Slot {
    fs::path path;
    FileStamp stamp;
    std::optional<RoundData> round;
    std::optional<Diagnostic> problem;
    bool fresh = false;  // parsed now, not taken from the index
};

void parse_slot(Slot& slot) {
    try {
        slot.round = parse_transcript(slot.path.string(), read_file(slot.path));
        slot.fresh = true;
    } catch (const DataError& e) {
        slot.problem = e.diagnostics().empty() ? Diagnostic{slot.path.string(), 0, 0, e.what()}
                                               : e.diagnostics().front();
    } catch (const std::exception& e) {
        slot.problem = Diagnostic{slot.path.string(), 0, 0, e.what()};
    }
}

// Parsing is most of the work on a cold start and each file stands alone: share it out.
void parse_all(std::vector<Slot*>& pending) {
    const unsigned workers = std::clamp<unsigned>(std::thread::hardware_concurrency(), 1, 8);
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i; (i = next++) < pending.size();) parse_slot(*pending[i]);
    };
    std::vector<std::thread> threads;
    if (pending.size() > 16)
        for (unsigned n = 1; n < workers; ++n) threads.emplace_back(work);
    work();
    for (auto& t : threads) t.join();
}

}  // namespace

History load_history(const fs::path& rounds_dir, const fs::path& cache_dir) {
    std::vector<Slot> slots;
    for (const auto& path : yaml_files_in(rounds_dir))
        if (valid_round_id(path.stem().string()))
            slots.push_back({path, stamp_of(path), std::nullopt, std::nullopt, false});
    SummaryIndex index(cache_dir);
    std::vector<Slot*> pending;
    for (auto& slot : slots) {
        slot.round = index.find(slot.path.filename().string(), slot.stamp);
        if (!slot.round) pending.push_back(&slot);
    }
    parse_all(pending);

    History history;
    history.rounds.reserve(slots.size());  // entries below point into it
    std::vector<SummaryIndex::Entry> entries;
    for (auto& slot : slots) {
        if (slot.problem) {
            history.skipped.push_back(*slot.problem);
        } else if (slot.round) {
            if (slot.fresh) index.mark_changed();
            history.rounds.push_back(std::move(*slot.round));
            entries.push_back({slot.path.filename().string(), slot.stamp, &history.rounds.back()});
        }
    }
    index.save_if_changed(entries);
    std::stable_sort(
        history.rounds.begin(), history.rounds.end(), [](const RoundData& a, const RoundData& b) {
            return std::tie(a.info.started_at, a.info.id) < std::tie(b.info.started_at, b.info.id);
        });
    return history;
}

}  // namespace mockround::store
