#pragma once
// The candidate's screen: the question and the clocks, never the guide, scores or notes.
#include <string>

#include "core/live_view.hpp"
#include "term/style.hpp"

namespace mockround::term {

struct WatchView {
    std::optional<LiveView> live;  // none: no round yet
    std::string status;            // a line under the clock: "the round stopped: ..."
};

std::string render_watch(const WatchView& view, int columns, int rows, const Style& style);
// The same as plain lines without escapes, for a watch whose output is not a terminal that takes
// a full screen; in ASCII without a UTF-8 locale.
std::string describe_watch(const WatchView& view, const Style& style);

}  // namespace mockround::term
