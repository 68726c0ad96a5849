#pragma once
// A question's Markdown as it should be read aloud: code spans read as their words (no
// "backtick"), emphasis marks dropped, the abbreviations a listener stumbles on spelt out.
#include <string>
#include <string_view>

namespace mockround {

std::string spoken_text(std::string_view markdown);

}  // namespace mockround
