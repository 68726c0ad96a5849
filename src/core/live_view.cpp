#include "core/live_view.hpp"

#include <algorithm>

namespace mockround {

LiveView live_view(const RoundInfo& info, const std::vector<QuestionRecord>& questions,
                   Micros since_saved) {
    LiveView view;
    view.total = questions.size();
    view.ended = info.status != RoundStatus::in_progress;
    view.paused = info.paused;
    const Micros running =
        view.ended || info.paused ? Micros::zero() : std::max(Micros::zero(), since_saved);
    view.round_left =
        std::chrono::duration_cast<Micros>(info.round_length) - info.elapsed - running;
    auto in_hand = std::find_if(questions.begin(), questions.end(), [](const QuestionRecord& q) {
        return q.state == QuestionState::asking;
    });
    if (view.ended || in_hand == questions.end()) return view;
    view.index = static_cast<std::size_t>(in_hand - questions.begin());
    view.question = in_hand->text;
    view.answering = !in_hand->answered;
    const Micros answer = in_hand->answer + (view.answering ? running : Micros::zero());
    view.question_left = std::chrono::duration_cast<Micros>(in_hand->budget) - answer;
    view.time_up = in_hand->time_up || view.question_left <= Micros::zero();
    return view;
}

}  // namespace mockround
