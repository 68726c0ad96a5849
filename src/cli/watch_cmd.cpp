// mockround watch: the candidate's screen for pair practice. Follows the round another
// mockround runs, by reading its transcript; never writes it.
#include <fmt/core.h>
#include <unistd.h>

#include <cerrno>
#include <memory>

#include "cli/commands.hpp"
#include "cli/exit_code.hpp"
#include "core/live_view.hpp"
#include "store/dir_watch.hpp"
#include "store/transcript.hpp"
#include "term/glyphs.hpp"
#include "term/keys.hpp"
#include "term/signals.hpp"
#include "term/terminal.hpp"
#include "term/watch_screen.hpp"

namespace mockround::cli {

namespace {

namespace fs = std::filesystem;
using std::chrono::seconds;

struct Snapshot {
    store::Transcript transcript;
    WallTime saved_at;  // the file's modification time: when its clocks were read
};

std::optional<Snapshot> read_snapshot(const store::TranscriptStore& store, const std::string& id) {
    try {
        const fs::path path = store.path_of(id);
        const auto modified = fs::last_write_time(path);
        Snapshot snapshot{store.load(id), std::chrono::file_clock::to_sys(modified)};
        return snapshot;
    } catch (const std::exception&) {
        return std::nullopt;  // not there yet, or mid-replacement: the next change brings it
    }
}

// Without an id, watch follows the round a live mockround holds open, the newest when there are
// several, and moves on to the next one to start when that round stops; a round on disk that
// no process holds (left with q or Ctrl-C) is never followed. With an id, that round only.
class Watcher {
  public:
    Watcher(Context& context, std::string id)
        : context_(context),
          store_(context.paths().rounds()),
          dir_(store_.dir()),
          id_(std::move(id)),
          following_(id_.empty()),
          screen_(term::full_screen_terminal(STDIN_FILENO, STDOUT_FILENO)) {
        if (screen_) terminal_.emplace(STDIN_FILENO, STDOUT_FILENO);
    }

    int run() {
        reload();
        for (;;) {
            const term::WatchView view = current_view();
            show(view);
            if (view.live && view.live->ended) return finish();
            const auto wake = signals_.wait(wait_fds(), until_next_change(view));
            if (wake.signals &
                (term::signal_interrupt | term::signal_terminate | term::signal_hangup))
                return exit_interrupted;
            if (wake.signals & term::signal_continue && terminal_) terminal_->resume();
            if (screen_ && wake.ready(STDIN_FILENO) && quit_pressed()) return exit_ok;
            if (dir_.changed()) reload();
        }
    }

  private:
    Context& context_;
    store::TranscriptStore store_;
    store::DirWatch dir_;
    std::string id_;
    bool following_;
    bool screen_;
    std::optional<term::Terminal> terminal_;
    term::SignalWatch signals_;
    term::KeyDecoder keys_;
    std::optional<Snapshot> snapshot_;
    std::string last_plain_;

    void reload() {
        if (following_) follow_newest_open_round();
        if (!id_.empty())
            snapshot_ = read_snapshot(store_, id_).value_or(snapshot_.value_or(Snapshot{}));
        if (snapshot_ && snapshot_->transcript.info.id.empty()) snapshot_.reset();
    }

    // Keeps the round it shows until another is opened: one that stopped stays on screen
    // (saying so) until the next starts.
    void follow_newest_open_round() {
        const auto open = store::open_rounds(store_.dir());
        if (open.empty() || open.front() == id_) return;
        id_ = open.front();
        snapshot_.reset();  // until the new round's transcript is there, nothing to show
    }

    term::WatchView current_view() const {
        term::WatchView view;
        if (!snapshot_) return view;
        const auto since = std::chrono::duration_cast<Micros>(std::chrono::system_clock::now() -
                                                              snapshot_->saved_at);
        view.live = live_view(snapshot_->transcript.info, snapshot_->transcript.questions, since);
        if (!view.live->ended && !store::round_is_open(store_.dir(), id_)) {
            view.live = live_view(snapshot_->transcript.info, snapshot_->transcript.questions,
                                  Micros::zero());
            view.status = "The round stopped: no mockround is running it. `mockround resume " +
                          id_ + "` continues it" +
                          (following_ ? "; the next round to start shows here." : ".");
        }
        return view;
    }

    void show(const term::WatchView& view) {
        if (terminal_) {
            const auto size = terminal_->size();
            terminal_->write(
                term::render_watch(view, size.columns, size.rows, context_.out_style()));
            return;
        }
        const std::string plain = term::describe_watch(view, context_.out_style());
        if (plain != last_plain_) fmt::print("{}", plain), std::fflush(stdout);
        last_plain_ = plain;
    }

    std::vector<int> wait_fds() const {
        std::vector<int> fds;
        if (screen_) fds.push_back(STDIN_FILENO);
        if (dir_.fd() >= 0) fds.push_back(dir_.fd());
        return fds;
    }

    // The next whole second of the running clock; the poll interval; a second at most, so a
    // round whose process died is noticed.
    std::optional<Micros> until_next_change(const term::WatchView& view) const {
        Micros wait = seconds(1);
        if (view.live && !view.live->paused && view.status.empty()) {
            const Micros left =
                view.live->answering ? view.live->question_left : view.live->round_left;
            const Micros into =
                left > Micros::zero() ? left % seconds(1) : seconds(1) - (-left) % seconds(1);
            if (into > Micros::zero()) wait = std::min(wait, into);
        }
        if (auto poll = dir_.poll_interval()) wait = std::min<Micros>(wait, *poll);
        return wait;
    }

    bool quit_pressed() {
        char bytes[64];
        const ssize_t n = read(STDIN_FILENO, bytes, sizeof bytes);
        if (n <= 0) return n == 0;
        for (const auto& key : keys_.feed(bytes, static_cast<std::size_t>(n)))
            if (key.type == term::Key::interrupt ||
                (key.type == term::Key::character && key.text == "q"))
                return true;
        return false;
    }

    int finish() {
        terminal_.reset();
        if (screen_) fmt::print("The round {} is over.\n", id_);
        return exit_ok;
    }
};

void check_round_exists(Context& context, const std::string& id) {
    if (!store::valid_round_id(id)) throw UsageError("'" + id + "' is not a round id");
    const store::TranscriptStore store(context.paths().rounds());
    if (store.exists(id)) return;
    throw UsageError("no round " + id + did_you_mean(id, store.ids()) +
                     "; `mockround history` lists them, and `mockround watch` alone follows the "
                     "next round to start");
}

void watch(Context& context, const std::string& id) {
    if (!id.empty()) check_round_exists(context, id);
    context.exit_code = Watcher(context, id).run();
}

}  // namespace

void setup_watch(CLI::App& app, Context& context) {
    auto id = std::make_shared<std::string>();
    CLI::App* sub = app.add_subcommand("watch", "The candidate's screen: follow a round live");
    sub->add_option("id", *id,
                    "Round id (default: the round a running mockround holds, newest first, or "
                    "the next to start)");
    sub->footer(
        "Shows only the question and the clocks: never key points, scores or notes. q quits.\n"
        "Example (two tmux panes): mockround run --interviewer  |  mockround watch");
    sub->callback([&context, id] { watch(context, *id); });
}

}  // namespace mockround::cli
