#pragma once
// The way to an interview date (mockround plan): day by day until the interview, which questions
// to do (the reviews due, then new ones while they can still be reviewed once before the
// interview), and the retention predicted on the interview day per section, as things stand and
// if the plan is followed. Pure: the days come in; every planned review is assumed Good (3).
#include <string>
#include <vector>

#include "core/schedule.hpp"
#include "core/stats.hpp"

namespace mockround {

struct PlanQuestion {
    std::string id, section;
    ReviewState state;  // reps 0: never reviewed (new)
};

struct StudyPlanInput {
    Day today, interview;  // local days; practice happens on today .. interview - 1
    int per_day = 10;      // questions a day at most, reviews first
    FsrsParams params;
};

struct PlanDay {
    Day day;
    std::vector<std::string> reviews;  // due that day, the least likely recalled first
    std::vector<std::string> fresh;    // introduced that day
};

struct SectionForecast {
    std::string section;
    int questions = 0;
    double now = 0;      // mean retrievability on the interview day if nothing more is done
    double planned = 0;  // the same if the plan is followed
};

struct StudyPlan {
    std::vector<PlanDay> days;
    std::vector<SectionForecast> sections;  // in the order the questions first name them
    SectionForecast overall;                // section "all"
    Day last_new_day;  // new questions only until this day (their first review still fits), or
                       // today
};

// The time of day a planned review or the interview is taken at: noon of the day.
WallTime noon_of(Day day);
// `questions` in the order new ones should come (bank order); sections are taken in turn.
StudyPlan plan_study(std::vector<PlanQuestion> questions, const StudyPlanInput& input);

}  // namespace mockround
