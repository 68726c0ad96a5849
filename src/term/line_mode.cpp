#include "term/line_mode.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "core/duration.hpp"
#include "core/scoring.hpp"
#include "term/screen.hpp"

namespace mockround::term {

namespace {

using std::chrono::seconds;

class LineLoop {
  public:
    LineLoop(Session& session, const Bank& bank, bool interviewer, SignalWatch& signals)
        : session_(session), bank_(bank), interviewer_(interviewer), signals_(signals) {}

    Outcome run() {
        announce();
        while (round().phase() != Phase::done) {
            auto wake = signals_.wait(STDIN_FILENO, until_deadline());
            if (wake.signals & (signal_interrupt | signal_terminate | signal_hangup)) {
                session_.save();
                return wake.signals & signal_hangup ? Outcome::hangup : Outcome::interrupted;
            }
            if (wake.input)
                if (auto outcome = read_commands()) return *outcome;
            const TickEvents events = session_.tick();
            if (events.question_time_up) say("time-up " + position());
            if (events.round_time_up) say("round-time-up: finish this question");
            announce();
        }
        return Outcome::finished;
    }

  private:
    Session& session_;
    const Bank& bank_;
    bool interviewer_;
    SignalWatch& signals_;
    std::string buffer_;
    std::size_t announced_index_ = SIZE_MAX;
    Phase announced_phase_ = Phase::done;

    Round& round() { return session_.round(); }

    static void say(const std::string& line) {
        std::fputs((line + "\n").c_str(), stdout);
        std::fflush(stdout);
    }

    std::string position() {
        return std::to_string(round().current_index() + 1) + "/" +
               std::to_string(round().questions().size());
    }

    std::optional<Micros> until_deadline() {
        if (round().paused() || round().phase() == Phase::done) return std::nullopt;
        std::optional<Micros> wait;
        if (round().phase() == Phase::asking && !round().current().time_up)
            wait = round().question_remaining();
        if (!round().round_time_over())
            wait = wait ? std::min(*wait, round().round_remaining()) : round().round_remaining();
        return wait;
    }

    // Prints the question or the guide when the round moved to a new one.
    void announce() {
        if (round().phase() == Phase::done) return;
        if (round().current_index() == announced_index_ && round().phase() == announced_phase_)
            return;
        announced_index_ = round().current_index();
        announced_phase_ = round().phase();
        const QuestionRecord& q = round().current();
        if (round().phase() == Phase::asking) {
            say("question " + position() + " " + q.id + " budget " + format_clock(q.budget) +
                " left " + format_clock(std::chrono::ceil<seconds>(round().question_remaining())));
            std::string line;
            for (char c : q.text + "\n")
                if (c == '\n')
                    say("  " + line), line.clear();
                else
                    line += c;
            say("answer, then send an empty line (skip, pause, note TEXT, quit, help)");
        } else {
            if (round().phase() == Phase::self_scoring) {
                say("self-score " + position() + "? the candidate's own score 0-4 (skip: none)");
                return;
            }
            say("guide " + position());
            for (const auto& line : guide_lines(bank_.find(q.id), q, Style(false))) say(line);
            if (auto line = suggestion_line(bank_.find(q.id), q); !line.empty()) say(line);
            say(std::string("score 0-4? ") + rubric);
        }
    }

    std::optional<Outcome> read_commands() {
        char bytes[4096];
        const ssize_t n = read(STDIN_FILENO, bytes, sizeof bytes);
        if (n < 0 && errno == EINTR) return std::nullopt;
        if (n <= 0) {  // end of input: keep the round to resume later
            session_.save();
            return Outcome::quit;
        }
        buffer_.append(bytes, static_cast<std::size_t>(n));
        for (std::size_t end; (end = buffer_.find('\n')) != std::string::npos;) {
            std::string line = buffer_.substr(0, end);
            buffer_.erase(0, end + 1);
            if (!line.empty() && line.back() == '\r') line.pop_back();
            if (auto outcome = command(line)) return outcome;
            session_.tick();
            announce();
            if (round().phase() == Phase::done) return Outcome::finished;
        }
        return std::nullopt;
    }

    std::optional<Outcome> command(const std::string& line) {
        Round& r = round();
        if (line == "quit") {
            session_.save();
            return Outcome::quit;
        }
        if (line == "help") {
            say("commands: an empty line or 'done' ends the answer; tick LETTERS; hint; an empty "
                "line accepts the suggested score; 0-4 scores; asked N (interviewer); skip; pause; "
                "resume; note TEXT; abandon; quit");
            return std::nullopt;
        }
        if (line == "pause" || line == "resume") {
            if ((line == "pause") != r.paused()) act([&] { r.toggle_pause(); });
            say(r.paused() ? "paused" : "resumed");
            return std::nullopt;
        }
        if (line == "abandon") {
            act([&] { r.abandon(); });
            return Outcome::abandoned;
        }
        if (r.paused()) return refuse("paused: send 'resume' first");
        const bool digit = line.size() == 1 && line[0] >= '0' && line[0] <= '4';
        const bool ticking =
            r.phase() == Phase::scoring || (interviewer_ && r.phase() == Phase::asking);
        const Question* question = bank_.find(r.current().id);
        if (r.phase() == Phase::self_scoring && digit) {
            act([&] { r.self_score(line[0] - '0'); });
            say("self-scored " + line);
        } else if (ticking && line.rfind("tick ", 0) == 0) {
            for (char letter : line.substr(5))
                if (letter >= 'a' && question &&
                    letter < 'a' + static_cast<int>(question->guide.key_points.size()))
                    act([&] { r.toggle_covered(std::string(1, letter)); });
            say("covered " + join(r.current().covered));
            if (auto suggestion = suggestion_line(question, r.current()); !suggestion.empty())
                say(suggestion);
        } else if (ticking && line == "hint") {
            act([&] { r.toggle_hint(); });
            say(r.current().hint_used ? "hint needed" : "no hint");
        } else if (ticking && interviewer_ && line.rfind("asked ", 0) == 0) {
            const int number = std::atoi(line.c_str() + 6);
            if (!question || number < 1 ||
                number > static_cast<int>(question->guide.follow_ups.size()))
                return refuse("asked N: N is a follow-up's number");
            act([&] { r.toggle_follow_up(number); });
        } else if (line.empty() && r.phase() == Phase::scoring && question &&
                   !question->guide.key_points.empty()) {
            const int score =
                suggested_score(r.current().covered.size(), question->guide.key_points.size(),
                                r.current().hint_used);
            act([&] { r.score(score); });
            say("scored " + std::to_string(score));
        } else if (line.rfind("note ", 0) == 0) {
            act([&] { r.set_note(line.substr(5)); });
            say("noted");
        } else if (line == "skip") {
            act([&] { r.skip(); });
            say("skipped");
        } else if ((line.empty() || line == "done") && r.phase() == Phase::asking) {
            act([&] { r.end_answer(); });
        } else if (line.size() == 1 && line[0] >= '0' && line[0] <= '4' &&
                   r.phase() == Phase::scoring) {
            act([&] { r.score(line[0] - '0'); });
            say("scored " + line);
        } else if (!line.empty()) {
            return refuse("'" + line + "' is not a command now (send 'help')");
        }
        return std::nullopt;
    }

    static std::string join(const std::vector<std::string>& letters) {
        std::string out;
        for (const auto& letter : letters) out += (out.empty() ? "" : " ") + letter;
        return out.empty() ? "nothing" : out;
    }

    std::optional<Outcome> refuse(const std::string& why) {
        std::fprintf(stderr, "mockround: %s\n", why.c_str());
        return std::nullopt;
    }

    template <typename Action>
    void act(Action action) {
        action();
        session_.save();
        if (session_.save_error())
            std::fprintf(stderr, "mockround: could not save: %s\n", session_.save_error()->c_str());
    }
};

}  // namespace

Outcome run_line_mode(Session& session, const Bank& bank, bool interviewer, SignalWatch& signals) {
    return LineLoop(session, bank, interviewer, signals).run();
}

}  // namespace mockround::term
