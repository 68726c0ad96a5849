#include "term/line_mode.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>

#include "core/duration.hpp"
#include "core/round_commands.hpp"
#include "term/screen.hpp"

namespace mockround::term {

namespace {

using std::chrono::seconds;

class LineLoop {
  public:
    LineLoop(Session& session, BankView bank, bool interviewer, SignalWatch& signals)
        : session_(session),
          bank_(bank.bank),
          interviewer_(interviewer),
          signals_(signals),
          matcher_(bank.matcher) {}

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
    const KeyPointMatcher& matcher_;
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
            if (interviewer_) say_guide(q);
            say(std::string(interviewer_ ? "notes of the answer" : "answer") +
                ": lines starting with > are typed into it; an empty line ends it (skip, pause, "
                "note TEXT, quit, help)");
        } else {
            if (round().phase() == Phase::self_scoring) {
                say("self-score " + position() + "? the candidate's own score 0-4 (skip: none)");
                return;
            }
            say("guide " + position());
            say_guide(q);
            if (auto line = suggestion_line(bank_.find(q.id), q); !line.empty()) say(line);
            say(std::string("score 0-4? ") + rubric);
        }
    }

    // The key points to tick, then the follow-ups numbered for `asked N`.
    void say_guide(const QuestionRecord& q) {
        const Question* question = bank_.find(q.id);
        for (const auto& line : guide_lines(question, q, Style(false))) say(line);
        auto follow_ups = follow_up_lines(question, q, Style(false), true);
        if (follow_ups.empty()) return;
        if (interviewer_) follow_ups.front() = "Follow-ups (asked N marks one asked)";
        for (const auto& line : follow_ups) say(line);
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
        if (line == "quit") {
            session_.save();
            return Outcome::quit;
        }
        if (line == "repeat") {
            if (!session_.repeat_question())
                refuse("nothing reads aloud: run --speak reads the questions");
            return std::nullopt;
        }
        if (line == "help") {
            say("commands: > TEXT adds a line to the typed answer; an empty line or 'done' ends "
                "the answer; tick LETTERS; + ticks the suggested key points; hint; an empty line "
                "accepts the suggested score; 0-4 scores; asked N (interviewer); skip; undo; "
                "pause; resume; note TEXT; repeat (read the question aloud again); abandon; quit");
            return std::nullopt;
        }
        const std::vector<RoundCommand> commands = parse(line);
        if (commands.empty()) {
            if (!line.empty()) refuse("'" + line + "' is not a command now (send 'help')");
            return std::nullopt;
        }
        const std::optional<int> suggested = suggestion_for(round(), question());
        bool changed = false;
        for (const RoundCommand& c : commands) {
            const CommandResult result = apply_command(
                round(), question(), c, uses_matcher(round(), c) ? &matcher_ : nullptr);
            if (!result.changed) refuse(result.refusal);
            if (!result.notice.empty()) refuse(result.notice);
            changed = changed || result.changed;
            if (!result.changed) break;
        }
        if (!changed) return std::nullopt;
        save();
        if (round().info().status == RoundStatus::abandoned) return Outcome::abandoned;
        confirm(commands.front(), suggested);
        return std::nullopt;
    }

    const Question* question() { return bank_.find(round().current().id); }

    // The round commands a line stands for; none when it is not one.
    std::vector<RoundCommand> parse(const std::string& line) {
        const Phase phase = round().phase();
        const bool digit = line.size() == 1 && line[0] >= '0' && line[0] <= '4';
        // "> text" is answer text and nothing else: no command starts with '>'.
        if (line.rfind('>', 0) == 0) {
            const std::string& so_far = round().current().answer_text;
            const std::string typed = line.substr(line.rfind("> ", 0) == 0 ? 2 : 1);
            return {{CommandType::answer, 0, so_far.empty() ? typed : so_far + "\n" + typed}};
        }
        if (line == "+") return {{CommandType::confirm_suggested}};
        if (line.empty() || line == "done")
            return {{phase == Phase::asking ? CommandType::end_answer
                                            : CommandType::accept_suggestion}};
        if (digit)
            return {{phase == Phase::self_scoring ? CommandType::self_score : CommandType::score,
                     line[0] - '0'}};
        if (line.rfind("tick ", 0) == 0) {
            std::vector<RoundCommand> ticks;
            for (char letter : line.substr(5))
                if (letter != ' ') ticks.push_back({CommandType::tick, 0, std::string(1, letter)});
            return ticks;
        }
        if (line.rfind("asked ", 0) == 0)
            return {{CommandType::follow_up, std::atoi(line.c_str() + 6)}};
        if (line.rfind("note ", 0) == 0) return {{CommandType::note, 0, line.substr(5)}};
        static const std::pair<const char*, CommandType> words[] = {
            {"hint", CommandType::hint},     {"skip", CommandType::skip},
            {"undo", CommandType::undo},     {"pause", CommandType::pause},
            {"resume", CommandType::resume}, {"abandon", CommandType::abandon}};
        for (const auto& [word, type] : words)
            if (line == word) return {{type}};
        return {};
    }

    // One line that says what the command did.
    void confirm(const RoundCommand& command, std::optional<int> suggested) {
        const QuestionRecord& q = round().current();
        switch (command.type) {
            case CommandType::score:
            case CommandType::self_score:
                say(std::string(command.type == CommandType::score ? "scored " : "self-scored ") +
                    std::to_string(command.number));
                break;
            case CommandType::accept_suggestion:
                say("scored " + std::to_string(suggested.value_or(0)));
                break;
            case CommandType::tick:
            case CommandType::confirm_suggested:
                say("covered " + join(q.covered));
                if (auto suggestion = suggestion_line(question(), q); !suggestion.empty())
                    say(suggestion);
                break;
            case CommandType::hint:
                say(q.hint_used ? "hint needed" : "no hint");
                break;
            case CommandType::follow_up:
                say("asked " + join_numbers(q.follow_ups_asked));
                break;
            case CommandType::note:
                say("noted");
                break;
            case CommandType::skip:
                say("skipped");
                break;
            case CommandType::undo:
                say("undone: question " + position() + " again");
                break;
            case CommandType::pause:
            case CommandType::resume:
            case CommandType::toggle_pause:
                say(round().paused() ? "paused" : "resumed");
                break;
            default:
                break;
        }
    }

    static std::string join(const std::vector<std::string>& letters) {
        std::string out;
        for (const auto& letter : letters) out += (out.empty() ? "" : " ") + letter;
        return out.empty() ? "nothing" : out;
    }

    static void refuse(const std::string& why) {
        std::fprintf(stderr, "mockround: %s\n", why.c_str());
    }

    void save() {
        session_.save();
        if (session_.save_error())
            std::fprintf(stderr, "mockround: could not save: %s\n", session_.save_error()->c_str());
    }

    static std::string join_numbers(const std::vector<int>& numbers) {
        std::string out;
        for (int n : numbers) out += (out.empty() ? "" : " ") + std::to_string(n);
        return out.empty() ? "none" : out;
    }
};

}  // namespace

Outcome run_line_mode(Session& session, BankView bank, bool interviewer, SignalWatch& signals) {
    return LineLoop(session, bank, interviewer, signals).run();
}

}  // namespace mockround::term
