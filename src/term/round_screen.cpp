#include "term/round_screen.hpp"

#include <unistd.h>

#include <cerrno>
#include <csignal>

#include "core/round_commands.hpp"
#include "term/answer_editor.hpp"
#include "term/external_editor.hpp"
#include "term/keys.hpp"
#include "term/screen.hpp"
#include "term/terminal.hpp"

namespace mockround::term {

namespace {

using std::chrono::seconds;

// Time until `left` (counting down, possibly negative) shows a different whole second.
Micros until_tick(Micros left) {
    const Micros second = seconds(1);
    const Micros into = left > Micros::zero() ? left % second : second - (-left) % second;
    return into == Micros::zero() ? second : into;
}

class ScreenLoop {
  public:
    ScreenLoop(Session& session, BankView bank, const std::string& title, bool interviewer,
               const Style& style, SignalWatch& signals)
        : session_(session),
          view_{session.round(), bank.bank, title, interviewer, Overlay::none, {}, {}},
          style_(style),
          signals_(signals),
          terminal_(STDIN_FILENO, STDOUT_FILENO),
          matcher_(bank.matcher) {}

    Outcome run() {
        // Resumed while answering: back in the answer, the cursor at its end.
        if (round().phase() == Phase::asking && !round().current().answer_text.empty())
            open_answer();
        draw();
        while (round().phase() != Phase::done) {
            const auto wake = signals_.wait(STDIN_FILENO, next_wake());
            if (auto outcome = on_signals(wake.signals)) return *outcome;
            if (wake.input)
                if (auto outcome = on_input()) return *outcome;
            const TickEvents events = session_.tick();
            if (events.question_time_up || events.round_time_up) terminal_.write("\a");
            draw();
        }
        return Outcome::finished;
    }

  private:
    Session& session_;
    ScreenView view_;
    const Style& style_;
    SignalWatch& signals_;
    Terminal terminal_;
    KeyDecoder decoder_;
    LineEditor editor_;
    AnswerEditor answer_;
    std::size_t answer_question_ = 0;  // the question answer_ was opened on
    const KeyPointMatcher& matcher_;

    Round& round() { return session_.round(); }

    std::optional<Micros> next_wake() const {
        std::optional<Micros> wake;
        for (const auto& at : {until_next_redraw(session_.round()), session_.until_save(),
                               session_.until_companion_changes()})
            if (at && (!wake || *at < *wake)) wake = at;
        return wake;
    }

    void draw() {
        if (view_.overlay == Overlay::answer && round().current_index() != answer_question_)
            view_.overlay = Overlay::none;  // the question it was for is over
        view_.save_error = session_.save_error();
        view_.sound = session_.companion_status();
        view_.note_draft = editor_.text();
        view_.editor = &answer_;
        const auto size = terminal_.size();
        terminal_.write(render_screen(view_, size.columns, size.rows, style_));
    }

    // The width the answer is wrapped to on screen, for the editor's Up and Down.
    std::size_t answer_width() {
        return static_cast<std::size_t>(std::max(2, terminal_.size().columns - 5));
    }

    void suspend_process() {
        round().pause();
        session_.save();
        terminal_.suspend();
        kill(0, SIGSTOP);  // SIGTSTP is ours to handle; SIGSTOP stops for real until `fg`
        terminal_.resume();
    }

    std::optional<Outcome> on_signals(unsigned signals) {
        if (signals & (signal_interrupt | signal_terminate | signal_hangup)) {
            session_.save();
            return signals & signal_hangup ? Outcome::hangup : Outcome::interrupted;
        }
        if (signals & signal_stop) suspend_process();
        if (signals & signal_continue) terminal_.resume();
        return std::nullopt;
    }

    std::optional<Outcome> on_input() {
        char bytes[256];
        const ssize_t n = read(STDIN_FILENO, bytes, sizeof bytes);
        if (n == 0 || (n < 0 && errno != EINTR && errno != EAGAIN)) {
            session_.save();  // the terminal is gone
            return Outcome::hangup;
        }
        for (const Key& key : decoder_.feed(bytes, n > 0 ? static_cast<std::size_t>(n) : 0))
            if (auto outcome = on_key(key)) return outcome;
        return std::nullopt;
    }

    std::optional<Outcome> on_key(const Key& key) {
        if (key.type == Key::interrupt) {
            session_.save();
            return Outcome::interrupted;
        }
        if (key.type == Key::suspend) {
            suspend_process();
            return std::nullopt;
        }
        view_.notice.clear();
        switch (view_.overlay) {
            case Overlay::note:
                return on_note_key(key);
            case Overlay::answer:
                return on_answer_key(key);
            case Overlay::quit_confirm:
                return on_quit_key(key);
            case Overlay::abandon_confirm:
                return on_abandon_key(key);
            case Overlay::help:
                view_.overlay = Overlay::none;
                return std::nullopt;
            case Overlay::none:
                break;
        }
        if (on_scroll_key(key)) return std::nullopt;
        const std::string c = key.type == Key::character ? key.text : "";
        if (c == "q")
            view_.overlay = Overlay::quit_confirm;
        else if (c == "?")
            view_.overlay = Overlay::help;
        else if (c == "r" && !session_.repeat_question())
            view_.notice = "nothing reads aloud: run --speak reads the questions";
        else if (c == "n" && round().phase() != Phase::self_scoring && !round().paused())
            open_note();
        else if ((c == "w" || c == "v") && can_write())
            c == "w" ? open_answer() : edit_answer_externally();
        else if (auto command = command_for(key, c))
            act(*command);
        return std::nullopt;
    }

    bool can_write() {
        const Phase phase = round().phase();
        if ((phase == Phase::asking || phase == Phase::scoring) && !round().paused()) return true;
        view_.notice = round().paused() ? "paused: p resumes" : "no answer to write now";
        return false;
    }

    void open_answer() {
        answer_ = AnswerEditor(round().current().answer_text);
        answer_question_ = round().current_index();
        view_.overlay = Overlay::answer;
    }

    // Every change is saved within a second; Ctrl-D ends the answer, Esc leaves the editor.
    std::optional<Outcome> on_answer_key(const Key& key) {
        if (key.type == Key::escape) {
            view_.overlay = Overlay::none;
        } else if (key.type == Key::end_of_text) {
            view_.overlay = Overlay::none;
            if (round().phase() == Phase::asking) act({CommandType::end_answer});
        } else if (answer_.apply(key, answer_width())) {
            const auto result = apply_command(round(), question(),
                                              {CommandType::answer, 0, answer_.text()}, &matcher_);
            if (result.changed) session_.save_soon();
            if (answer_.cut()) view_.notice = "the paste was cut: an answer holds at most 64 KiB";
        }
        return std::nullopt;
    }

    // $VISUAL or $EDITOR on the answer; the clocks keep running meanwhile.
    void edit_answer_externally() {
        terminal_.suspend();
        const EditorResult result =
            edit_externally(round().current().text, round().current().answer_text);
        terminal_.resume();
        if (!result.text) {
            view_.notice = result.error;
            return;
        }
        const auto command = RoundCommand{CommandType::answer, 0, *result.text};
        const auto outcome = apply_command(round(), question(), command, &matcher_);
        if (outcome.changed) session_.save();
        view_.notice = outcome.notice.empty() ? outcome.refusal : outcome.notice;
        if (round().phase() == Phase::asking) open_answer();
    }

    const Question* question() const { return view_.bank.find(session_.round().current().id); }

    // The round command a key stands for in the round's present phase, if any.
    std::optional<RoundCommand> command_for(const Key& key, const std::string& c) const {
        const Phase phase = session_.round().phase();
        const bool digit = c.size() == 1 && c[0] >= '0' && c[0] <= '4';
        const auto follow_up =
            c.size() == 1 ? std::string_view(follow_up_keys).find(c[0]) : std::string_view::npos;
        if (c == "p") return RoundCommand{CommandType::toggle_pause};
        if (c == "s") return RoundCommand{CommandType::skip};
        if (c == "u") return RoundCommand{CommandType::undo};
        if (c == "h") return RoundCommand{CommandType::hint};
        if (c == "+") return RoundCommand{CommandType::confirm_suggested};
        if (digit)
            return RoundCommand{
                phase == Phase::self_scoring ? CommandType::self_score : CommandType::score,
                c[0] - '0'};
        if (follow_up != std::string_view::npos)
            return RoundCommand{CommandType::follow_up, static_cast<int>(follow_up) + 1};
        if (c.size() == 1 && c[0] >= 'a' && c[0] <= 'f')
            return RoundCommand{CommandType::tick, 0, c};
        if (key.type == Key::enter || c == " ")
            return RoundCommand{phase == Phase::asking ? CommandType::end_answer
                                                       : CommandType::accept_suggestion};
        return std::nullopt;
    }

    void open_note() {
        editor_ = LineEditor(round().current().note);
        view_.overlay = Overlay::note;
    }

    // Down/Up, j/k, PgDn/PgUp scroll the body; a new question or phase starts at its top.
    bool on_scroll_key(const Key& key) {
        const auto size = terminal_.size();
        const auto scroll = scrolled_by_key(view_, key, size.columns, size.rows, style_);
        if (scroll) view_.scroll = *scroll;
        return scroll.has_value();
    }

    std::optional<Outcome> on_note_key(const Key& key) {
        if (key.type == Key::enter) {
            act({CommandType::note, 0, editor_.text()});
            view_.overlay = Overlay::none;
        } else if (key.type == Key::escape) {
            view_.overlay = Overlay::none;
        } else {
            editor_.apply(key);
        }
        return std::nullopt;
    }

    std::optional<Outcome> on_quit_key(const Key& key) {
        view_.overlay = Overlay::none;
        if (key.type == Key::character && key.text == "q") {
            session_.save();
            return Outcome::quit;
        }
        if (key.type == Key::character && key.text == "a") view_.overlay = Overlay::abandon_confirm;
        return std::nullopt;
    }

    // Abandoning ends the round for good, so it takes a second, different key.
    std::optional<Outcome> on_abandon_key(const Key& key) {
        view_.overlay = Overlay::none;
        if (key.type != Key::character || key.text != "y") return std::nullopt;
        act({CommandType::abandon});
        return Outcome::abandoned;
    }

    void act(const RoundCommand& command) {
        const CommandResult result = apply_command(
            round(), question(), command, uses_matcher(round(), command) ? &matcher_ : nullptr);
        if (result.changed) session_.save();
        view_.notice = result.notice.empty() ? result.refusal : result.notice;
    }
};

}  // namespace

std::optional<Micros> until_next_redraw(const Round& round) {
    if (round.phase() == Phase::done || round.paused()) return std::nullopt;
    // Follow one clock only, so the screen wakes once a second, not once per clock.
    std::optional<Micros> wait;
    if (round.phase() == Phase::asking) wait = until_tick(round.question_remaining());
    if (round.round_time_over()) return wait;
    const Micros round_left = round.round_remaining();
    if (!wait) return until_tick(round_left);
    return std::min(*wait, round_left);
}

Outcome run_round_screen(Session& session, BankView bank, const std::string& profile_title,
                         bool interviewer, const Style& style, SignalWatch& signals) {
    return ScreenLoop(session, bank, profile_title, interviewer, style, signals).run();
}

}  // namespace mockround::term
