#include "cli/play_round.hpp"

#include <fmt/core.h>
#include <unistd.h>

#include "cli/exit_code.hpp"
#include "store/errors.hpp"
#include "term/glyphs.hpp"
#include "term/line_mode.hpp"
#include "term/round_screen.hpp"
#include "term/summary.hpp"

namespace mockround::cli {

bool interactive() {
    return term::full_screen_terminal(STDIN_FILENO, STDOUT_FILENO);
}

void start_and_save(Round& round, const store::TranscriptStore& store) {
    round.start();
    store.save(round.info_now(), round.questions_now());
}

int play_round(Context& context, Round& round, const store::TranscriptStore& store,
               const std::string& profile_title, term::RoundCompanion* sound) {
    term::SignalWatch signals;
    term::Session session(
        round,
        [&store](const Round& r) -> std::optional<std::string> {
            try {
                store.save(r.info_now(), r.questions_now());
            } catch (const store::FsError& e) {
                // The screen has one line for it: the reason, not a path that pushes it off the
                // edge (the path is printed when the round ends).
                return e.reason().empty() ? std::string(e.what()) : e.reason();
            }
            return std::nullopt;
        },
        sound);
    const bool interviewer = round.info().mode == Mode::interviewer;
    const term::BankView bank{context.bank(), context.matcher()};
    const term::Outcome outcome =
        interactive() ? term::run_round_screen(session, bank, profile_title, interviewer,
                                               context.out_style(), signals)
                      : term::run_line_mode(session, bank, interviewer, signals);
    const std::string& id = round.info().id;
    const std::string path = store.path_of(id).string();
    if (session.save_error())
        warn("the last save failed (" + *session.save_error() + "); " + path +
             " holds the round as last saved");
    switch (outcome) {
        case term::Outcome::finished:
            fmt::print(
                "{}\nTranscript: {}\n",
                term::render_summary(round.info_now(), round.questions_now(), context.out_style()),
                path);
            return exit_ok;
        case term::Outcome::abandoned:
            fmt::print("Round {} abandoned. Transcript: {}\n", id, path);
            return exit_ok;
        case term::Outcome::quit:
            fmt::print("Round {} saved. Continue it with: mockround resume {}\n", id, id);
            return exit_ok;
        case term::Outcome::interrupted:
            warn("interrupted; round " + id + " is saved. Continue it with: mockround resume " +
                 id);
            return exit_interrupted;
        case term::Outcome::hangup:
            break;
    }
    return exit_interrupted;
}

}  // namespace mockround::cli
