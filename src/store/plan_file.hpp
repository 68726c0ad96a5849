#pragma once
// The interview plan that `mockround plan --interview DATE` sets:
// $XDG_DATA_HOME/mockround/plan.yaml with the interview day, the profile and the questions a day.
// `run --focus plan` and a later `plan` without --interview read it back.
#include <filesystem>
#include <optional>
#include <string>

namespace mockround::store {

struct PlanSettings {
    std::string interview;  // YYYY-MM-DD, a local day
    std::string profile;
    int per_day = 10;
};

std::filesystem::path plan_file(const std::filesystem::path& data_dir);
// None when there is no file; DataError when it cannot be read as one.
std::optional<PlanSettings> load_plan_settings(const std::filesystem::path& file);
void save_plan_settings(const std::filesystem::path& file,
                        const PlanSettings& settings);  // FsError

}  // namespace mockround::store
