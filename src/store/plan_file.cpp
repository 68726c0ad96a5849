#include "store/plan_file.hpp"

#include <yaml-cpp/yaml.h>

#include <system_error>

#include "store/atomic_file.hpp"
#include "store/errors.hpp"

namespace mockround::store {

std::filesystem::path plan_file(const std::filesystem::path& data_dir) {
    return data_dir / "plan.yaml";
}

std::optional<PlanSettings> load_plan_settings(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return std::nullopt;
    const auto broken = [&](const std::string& why) {
        return DataError(
            {{file.string(), 0, 0, why + " (`mockround plan --interview DAY` sets it anew)"}});
    };
    try {
        const YAML::Node root = YAML::LoadFile(file.string());
        PlanSettings s;
        s.interview = root["interview"].as<std::string>();
        s.profile = root["profile"].as<std::string>();
        s.per_day = root["per_day"].as<int>();
        if (s.per_day < 1) throw broken("per_day must be at least 1");
        return s;
    } catch (const YAML::Exception& e) {
        throw broken(std::string("not a plan: ") + e.what());
    }
}

void save_plan_settings(const std::filesystem::path& file, const PlanSettings& settings) {
    std::error_code ec;  // a directory that cannot be made fails the write, with its reason
    std::filesystem::create_directories(file.parent_path(), ec);
    write_atomically(file,
                     "# mockround plan --interview: the interview day, profile and pace\n"
                     "interview: \"" +
                         settings.interview + "\"\nprofile: \"" + settings.profile +
                         "\"\nper_day: " + std::to_string(settings.per_day) + "\n");
}

}  // namespace mockround::store
