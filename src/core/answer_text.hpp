#pragma once
// What a typed answer may hold, however it arrived (keys, a paste, an editor's file, a
// transcript edited by hand): text a person reads back, bounded in size.
#include <cstddef>
#include <string>
#include <string_view>

namespace mockround {

inline constexpr std::size_t answer_cap = std::size_t{64} * 1024;  // bytes of UTF-8

struct CleanAnswer {
    std::string text;
    bool cut = false;  // the text was longer than answer_cap and lost its end
};

// Invalid UTF-8 and noncharacters (U+FFFE...) become U+FFFD, CR LF and lone CR become LF,
// other control characters but tab and LF are dropped, and the text is cut to answer_cap bytes
// at a character boundary.
CleanAnswer clean_answer(std::string_view raw);

}  // namespace mockround
