#pragma once
// Reads fields out of yaml-cpp nodes while collecting every problem with its line and column,
// so a loader reports all errors of a file at once instead of stopping at the first.
#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/errors.hpp"

namespace mockround::store {

class YamlChecker {
  public:
    explicit YamlChecker(std::string file) : file_(std::move(file)) {}

    // Parses the whole file; a syntax error becomes a diagnostic and an undefined node. So does
    // a file too big to be data (max_data_bytes) or whose aliases expand past max_data_nodes.
    YAML::Node parse(const std::string& text);
    static constexpr std::size_t max_data_bytes = 8 << 20;
    static constexpr std::uint64_t max_data_nodes = 1'000'000;

    void error(const YAML::Node& at, std::string message);
    bool expect_map(const YAML::Node& node, std::string_view what);
    bool expect_sequence(const YAML::Node& node, std::string_view what);
    // Reports `required` keys that are missing.
    void check_required(const YAML::Node& map, std::initializer_list<std::string_view> required,
                        std::string_view what);
    // Reports keys not in `allowed`, duplicate keys and `required` keys that are missing.
    void check_keys(const YAML::Node& map, std::initializer_list<std::string_view> allowed,
                    std::initializer_list<std::string_view> required, std::string_view what);

    // Each returns nullopt when the value is missing (check_keys reports required ones) or of
    // the wrong type (reported here).
    std::optional<std::string> text(const YAML::Node& map, const char* key);
    std::optional<long long> integer(const YAML::Node& map, const char* key, long long min,
                                     long long max);
    std::optional<double> number(const YAML::Node& scalar, double min);
    std::optional<std::vector<std::string>> string_list(const YAML::Node& map, const char* key,
                                                        std::size_t min, std::size_t max);

    bool ok() const { return diagnostics_.empty(); }
    const std::string& file() const { return file_; }
    std::vector<Diagnostic>& diagnostics() { return diagnostics_; }
    // Throws DataError with everything collected, if anything was.
    void throw_if_failed() const;

  private:
    std::string file_;
    std::vector<Diagnostic> diagnostics_;
    YAML::Mark last_mark_;  // where to point when a node has no mark of its own
};

// "line:column" of a node (1-based), for messages that point at another place.
std::string where(const YAML::Node& node);

}  // namespace mockround::store
