#include "store/errors.hpp"

#include <cstring>
#include <utility>

namespace mockround::store {

std::string Diagnostic::to_string() const {
    if (line == 0) return file + ": " + message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
}

const Diagnostic& first_problem_of(const std::string& file, const std::vector<Diagnostic>& all) {
    const Diagnostic* first = nullptr;
    for (const auto& d : all)
        if (d.file == file &&
            (!first || std::pair(d.line, d.column) < std::pair(first->line, first->column)))
            first = &d;
    if (!first) throw std::invalid_argument("no problem of " + file);
    return *first;
}

namespace {
std::string join(const std::vector<Diagnostic>& diagnostics) {
    std::string text;
    for (const auto& d : diagnostics) {
        if (!text.empty()) text += '\n';
        text += d.to_string();
    }
    return text;
}
}  // namespace

DataError::DataError(std::vector<Diagnostic> diagnostics)
    : std::runtime_error(join(diagnostics)), diagnostics_(std::move(diagnostics)) {}

void throw_fs_error(const std::string& what, const std::string& path, int error) {
    throw FsError(what + " " + path + ": " + std::strerror(error), std::strerror(error));
}

}  // namespace mockround::store
