#include "store/config_loader.hpp"

#include "core/schedule.hpp"
#include "store/bank_loader.hpp"
#include "store/yaml_checker.hpp"

namespace mockround::store {

namespace {

std::optional<bool> flag(YamlChecker& check, const YAML::Node& map, const char* key) {
    const YAML::Node node = map[key];
    if (!node) return std::nullopt;
    bool value = false;
    if (node.IsScalar() && YAML::convert<bool>::decode(node, value)) return value;
    check.error(node, std::string("'") + key + "' must be true or false");
    return std::nullopt;
}

// The review schedule's desired retention (core/schedule.hpp's range).
std::optional<double> retention(YamlChecker& check, const YAML::Node& map) {
    const YAML::Node node = map["retention"];
    if (!node) return std::nullopt;
    double value = 0;
    if (node.IsScalar() && YAML::convert<double>::decode(node, value) && value >= min_retention &&
        value <= max_retention)
        return value;
    check.error(node, "'retention' must be the desired retention, a number from 0.7 to 0.99");
    return std::nullopt;
}

}  // namespace

Settings load_settings(const std::filesystem::path& file) {
    std::error_code error;
    if (!std::filesystem::exists(file, error)) return {};
    YamlChecker check(file.string());
    const YAML::Node root = check.parse(read_file(file));
    Settings settings;
    if (root && !root.IsNull() && check.expect_map(root, "the settings")) {
        check.check_keys(root, {"speak", "record", "voice", "rate", "device", "retention"}, {},
                         "the settings");
        settings.speak = flag(check, root, "speak");
        settings.record = flag(check, root, "record");
        settings.voice = check.text(root, "voice");
        settings.device = check.text(root, "device");
        if (const auto rate = check.integer(root, "rate", 80, 450))
            settings.rate = static_cast<int>(*rate);
        settings.retention = retention(check, root);
    }
    check.throw_if_failed();
    return settings;
}

}  // namespace mockround::store
