#include "core/round_commands.hpp"

#include "core/answer_text.hpp"
#include "core/scoring.hpp"

#include <algorithm>

namespace mockround {

namespace {

bool interviewer(const Round& round) {
    return round.info().mode == Mode::interviewer;
}

// Key points and follow-ups are marked while scoring, and by an interviewer while listening.
bool can_mark(const Round& round) {
    return round.phase() == Phase::scoring ||
           (interviewer(round) && round.phase() == Phase::asking);
}

std::size_t key_point_count(const Question* question) {
    return question ? std::min(tickable_key_points, question->guide.key_points.size()) : 0;
}

CommandResult changed() {
    return {true, {}, {}};
}

CommandResult refused(std::string why) {
    return {false, std::move(why), {}};
}

CommandResult tick(Round& round, const Question* question, const std::string& letter) {
    if (!can_mark(round)) return refused("key points are ticked after the answer ends");
    const std::size_t count = key_point_count(question);
    if (count == 0) return refused("this question has no key points to tick");
    if (letter.size() != 1 || letter[0] < 'a' || letter[0] >= 'a' + static_cast<int>(count))
        return refused("key points are a-" + std::string(1, static_cast<char>('a' + count - 1)));
    round.toggle_covered(letter);
    return changed();
}

CommandResult follow_up(Round& round, const Question* question, int number) {
    if (!interviewer(round)) return refused("follow-ups are marked by an interviewer");
    if (!can_mark(round)) return refused("no follow-up can be marked now");
    const int count = question ? static_cast<int>(question->guide.follow_ups.size()) : 0;
    if (number < 1 || number > count)
        return refused(count == 0 ? "this question has no follow-ups"
                                  : "follow-ups are 1-" + std::to_string(count));
    round.toggle_follow_up(number);
    return changed();
}

CommandResult score(Round& round, int value, Phase phase) {
    if (value < 0 || value > max_score) return refused("a score is 0 to 4");
    if (round.phase() != phase)
        return refused(phase == Phase::scoring ? "a score comes after the answer ends"
                                               : "there is no self-score to give now");
    phase == Phase::scoring ? round.score(value) : round.self_score(value);
    return changed();
}

CommandResult pause(Round& round, bool paused) {
    if (round.paused() == paused) return refused(paused ? "already paused" : "not paused");
    round.toggle_pause();
    return changed();
}

// The key points the matcher finds in the answer, among those a round can tick.
void suggest(Round& round, const Question* question, const KeyPointMatcher* matcher) {
    if (!question || round.phase() != Phase::scoring) return;
    if (!matcher || round.current().answer_text.empty()) return round.set_suggested({});
    std::vector<std::string> letters = matcher->covered(*question, round.current().answer_text);
    const std::size_t count = key_point_count(question);
    letters.erase(std::remove_if(letters.begin(), letters.end(),
                                 [&](const std::string& l) {
                                     return static_cast<std::size_t>(l[0] - 'a') >= count;
                                 }),
                  letters.end());
    round.set_suggested(std::move(letters));
}

CommandResult answer(Round& round, const Question* question, const std::string& text,
                     const KeyPointMatcher* matcher) {
    if (round.phase() != Phase::asking && round.phase() != Phase::scoring)
        return refused("the answer is written while answering or scoring");
    CleanAnswer clean = clean_answer(text);
    round.set_answer(std::move(clean.text));
    suggest(round, question, matcher);
    CommandResult result = changed();
    if (clean.cut) result.notice = "the answer is cut at 64 KiB";
    return result;
}

CommandResult in_play(Round& round, const Question* question, const RoundCommand& command,
                      const KeyPointMatcher* matcher) {
    switch (command.type) {
        case CommandType::end_answer:
            if (round.phase() != Phase::asking) return refused("the answer has already ended");
            round.end_answer();
            suggest(round, question, matcher);
            return changed();
        case CommandType::answer:
            return answer(round, question, command.text, matcher);
        case CommandType::confirm_suggested:
            if (round.phase() != Phase::scoring)
                return refused("suggestions come after the answer");
            if (round.current().suggested.empty()) return refused("no key point is suggested");
            round.confirm_suggested();
            return changed();
        case CommandType::score:
            return score(round, command.number, Phase::scoring);
        case CommandType::self_score:
            return score(round, command.number, Phase::self_scoring);
        case CommandType::accept_suggestion: {
            const auto suggested = suggestion_for(round, question);
            if (!suggested) return refused("no score to accept: score 0-4");
            round.score(*suggested);
            return changed();
        }
        case CommandType::tick:
            return tick(round, question, command.text);
        case CommandType::follow_up:
            return follow_up(round, question, command.number);
        case CommandType::hint:
            if (!can_mark(round)) return refused("a hint is marked after the answer ends");
            round.toggle_hint();
            return changed();
        case CommandType::skip:
            round.skip();
            return changed();
        case CommandType::undo:
            return round.undo() ? changed() : refused("nothing to undo");
        default:
            return refused("not a command now");
    }
}

}  // namespace

bool uses_matcher(const Round& round, const RoundCommand& command) {
    if (command.type == CommandType::answer) return true;
    return command.type == CommandType::end_answer && !round.current().answer_text.empty();
}

std::optional<int> suggestion_for(const Round& round, const Question* question) {
    if (round.phase() != Phase::scoring || key_point_count(question) == 0) return std::nullopt;
    const QuestionRecord& q = round.current();
    return suggested_score(q.covered.size(), question->guide.key_points.size(), q.hint_used);
}

CommandResult apply_command(Round& round, const Question* question, const RoundCommand& command,
                            const KeyPointMatcher* matcher) {
    if (round.phase() == Phase::done) return refused("the round is over");
    switch (command.type) {
        case CommandType::toggle_pause:
            return pause(round, !round.paused());
        case CommandType::pause:
            return pause(round, true);
        case CommandType::resume:
            return pause(round, false);
        case CommandType::abandon:
            round.abandon();
            return changed();
        case CommandType::note:
            round.set_note(command.text);
            return changed();
        default:
            break;
    }
    if (round.paused()) return refused("paused: resume first");
    return in_play(round, question, command, matcher);
}

}  // namespace mockround
