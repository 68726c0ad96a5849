#pragma once
// A bank as a bank file (README.md "questions.yaml"), for `bank import`: what the loader reads
// back into the same bank.
#include <filesystem>
#include <string>
#include <string_view>

#include "core/bank.hpp"

namespace mockround::store {

// The file's text: `comment` (lines without '#') at the top, then format 1 with every section,
// topic and question of `bank`, each field a double-quoted YAML string.
std::string bank_yaml(const Bank& bank, std::string_view comment);

// `text` in double quotes, with YAML's escapes for '"', '\\' and control characters.
std::string yaml_quoted(std::string_view text);

}  // namespace mockround::store
