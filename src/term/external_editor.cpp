#include "term/external_editor.hpp"

#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

namespace mockround::term {

namespace {

constexpr std::string_view comment = "#| ";

std::string chosen_editor() {
    for (const char* name : {"VISUAL", "EDITOR"})
        if (const char* value = std::getenv(name); value && *value) return value;
    return "vi";
}

// The child: default signals (SIGPIPE and SIGXFSZ are ignored here, and the round's signals
// blocked), then the editor through the shell, as git runs it, so "code --wait" works.
[[noreturn]] void run_editor(const std::string& editor, const std::string& path) {
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, nullptr);
    for (int s : {SIGPIPE, SIGXFSZ, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGWINCH})
        std::signal(s, SIG_DFL);
    const std::string command = editor + " \"$1\"";
    execl("/bin/sh", "sh", "-c", command.c_str(), "sh", path.c_str(), static_cast<char*>(nullptr));
    _exit(127);
}

}  // namespace

std::string editor_file_text(const std::string& question, const std::string& answer) {
    std::string text;
    std::istringstream lines(question);
    for (std::string line; std::getline(lines, line);) text.append(comment).append(line) += '\n';
    text.append(comment).append("Write the answer below; these lines are left out.\n");
    return text + answer;
}

std::string answer_of_editor_file(const std::string& text) {
    std::size_t at = 0;
    while (text.compare(at, comment.size(), comment) == 0) {
        const std::size_t end = text.find('\n', at);
        if (end == std::string::npos) return "";
        at = end + 1;
    }
    return text.substr(at);
}

EditorResult edit_externally(const std::string& question, const std::string& answer) {
    const char* tmp = std::getenv("TMPDIR");
    std::string path = std::string(tmp && *tmp ? tmp : "/tmp") + "/mockround-answer-XXXXXX.md";
    const int fd = mkstemps(path.data(), 3);
    if (fd < 0) return {std::nullopt, std::string("no temporary file: ") + std::strerror(errno)};
    const std::string text = editor_file_text(question, answer);
    const bool written = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
    close(fd);
    EditorResult result;
    const pid_t child = written ? fork() : -1;
    if (child == 0) run_editor(chosen_editor(), path);
    int status = 0;
    if (child < 0)
        result.error = std::string("cannot start the editor: ") + std::strerror(errno);
    else if (waitpid(child, &status, 0) < 0 || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        result.error = chosen_editor() + " did not finish cleanly; the answer is unchanged";
    else {
        std::ifstream in(path, std::ios::binary);
        std::ostringstream read;
        read << in.rdbuf();
        result.text = answer_of_editor_file(read.str());
    }
    unlink(path.c_str());
    return result;
}

}  // namespace mockround::term
