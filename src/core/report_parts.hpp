#pragma once
// The pieces of the HTML report (core/report.hpp) its two files share: numbers marked for
// machines, tables, and the charts with their tables.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/coverage.hpp"
#include "core/report.hpp"

namespace mockround::report_html {

// "2.50" (decimals 2), or "–" for none.
std::string fixed(std::optional<double> value, int decimals);
std::string percent(std::optional<double> share);  // "42%" or "–"
// <data data-k="key" value="2.0512">shown</data>: the value as `--json` gives it (rounded to 4
// decimals, "" for null).
std::string marked(std::string_view key, std::optional<double> value, std::string_view shown);
std::string marked(std::string_view key, long value);
std::string day_text(Day day);  // "2026-11-24"
// At most `bytes` of `text`, never cutting a UTF-8 character.
std::string_view utf8_prefix(std::string_view text, std::size_t bytes);

struct Table {
    std::vector<std::string> header;             // escaped HTML
    std::vector<std::vector<std::string>> rows;  // HTML
};
std::string table_html(const Table& table);
// The table folded under a summary line, for a chart's numbers.
std::string details(std::string_view summary, const Table& table);

std::string weekly_charts(const ReportInput& input);
std::string coverage_chart(const std::vector<CoverageSection>& sections);
std::string calendar_chart(const std::map<Day, int>& practice, Day today);
std::string kind_chart(const ReportInput& input);
std::string calibration_chart(const std::vector<RoundData>& rounds);

}  // namespace mockround::report_html
