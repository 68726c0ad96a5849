#pragma once
// The interview plan, shared by `mockround plan` and `run --focus plan`.
#include <string>
#include <vector>

#include "cli/context.hpp"
#include "core/study_plan.hpp"
#include "store/plan_file.hpp"

namespace mockround::cli {

// The saved plan (UsageError when none is set: `plan --interview DAY` sets one).
store::PlanSettings saved_plan(Context& context);
// The plan from today to the interview, over the profile's sections and levels, from the rounds
// on disk.
StudyPlan study_plan_for(Context& context, const store::PlanSettings& settings);
// Today's part, reviews first: what `run --focus plan` asks.
std::vector<std::string> todays_plan_ids(Context& context);

}  // namespace mockround::cli
