#include "core/profile.hpp"

namespace mockround {

std::string_view to_string(Overtime policy) {
    return policy == Overtime::advance ? "advance" : "continue";
}

std::optional<Overtime> parse_overtime(std::string_view text) {
    if (text == "continue") return Overtime::keep_answering;
    if (text == "advance") return Overtime::advance;
    return std::nullopt;
}

}  // namespace mockround
