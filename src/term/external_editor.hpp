#pragma once
// Long answers and code in the user's own editor ($VISUAL, then $EDITOR, then vi), on a
// temporary file that starts with the question as comment lines.
#include <optional>
#include <string>

namespace mockround::term {

struct EditorResult {
    std::optional<std::string> text;  // the answer written, without the question's comments
    std::string error;                // why there is none
};

// Runs the editor in the foreground and waits for it. The caller hands the terminal over first
// (Terminal::suspend) and takes it back after.
EditorResult edit_externally(const std::string& question, const std::string& answer);

// The file the editor opens, and the answer read back out of it: lines starting with the
// comment marker at the top are the question, not the answer.
std::string editor_file_text(const std::string& question, const std::string& answer);
std::string answer_of_editor_file(const std::string& text);

}  // namespace mockround::term
