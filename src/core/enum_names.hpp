#pragma once
// Enums spelled in files as words: one table of names per enum, in the enum's order.
#include <cstddef>
#include <optional>
#include <string_view>

namespace mockround {

template <typename Enum, std::size_t N>
std::optional<Enum> enum_from_name(std::string_view text, const std::string_view (&names)[N]) {
    for (std::size_t i = 0; i < N; ++i)
        if (names[i] == text) return static_cast<Enum>(i);
    return std::nullopt;
}

template <typename Enum, std::size_t N>
std::string_view enum_name(Enum value, const std::string_view (&names)[N]) {
    return names[static_cast<std::size_t>(value)];
}

}  // namespace mockround
