#include "store/errors.hpp"

#include <cstring>

namespace mockround::store {

std::string Diagnostic::to_string() const {
    if (line == 0) return file + ": " + message;
    return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": " + message;
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
