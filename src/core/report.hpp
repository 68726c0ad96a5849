#pragma once
// The progress report: one self-contained HTML page (inline CSS and SVG, no script, no network
// reference, readable from file://) drawn from the rounds, the bank and the local calendar.
// Pure: the caller's functions give local days and times. Every number a chart draws is in a
// table beside it (<details>), and each number `stats --json`, `stats --by kind --json` and
// `weak --json` also give is marked <data data-k="KEY" value="JSON VALUE">, so a test (or a
// script) can read them back from the page.
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bank.hpp"
#include "core/stats.hpp"

namespace mockround {

struct ReportCalendar {
    LocalDay local_day;
    std::function<std::string(WallTime)> local_text;  // "2026-11-24 07:12"
    Day today;
};

struct ReportInput {
    const std::vector<RoundData>& rounds;  // oldest first
    const Bank& bank;
    ReportCalendar calendar;
    std::string filters;    // "--since 2026-11-01", or empty
    std::string generated;  // when the report was made, local
};

inline constexpr std::size_t report_recent_rounds = 10;
inline constexpr std::size_t report_weakest = 10;
inline constexpr std::size_t report_answer_chars = 2000;  // of each typed answer shown

std::string render_report(const ReportInput& input);

// Text for HTML content and attribute values: & < > " ' escaped.
std::string html_escape(std::string_view text);

}  // namespace mockround
