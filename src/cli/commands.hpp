#pragma once
// Each subcommand lives in its own file and adds itself to the app here.
#include <CLI/CLI.hpp>

#include "cli/context.hpp"

namespace mockround::cli {

void setup_bank(CLI::App& app, Context& context);
// `bank import`, added by setup_bank under `bank`.
void setup_bank_import(CLI::App& bank, Context& context);
void setup_profiles(CLI::App& app, Context& context);
void setup_run(CLI::App& app, Context& context);
void setup_resume(CLI::App& app, Context& context);
void setup_watch(CLI::App& app, Context& context);
void setup_history(CLI::App& app, Context& context);
void setup_show(CLI::App& app, Context& context);
void setup_stats(CLI::App& app, Context& context);
void setup_weak(CLI::App& app, Context& context);
void setup_compare(CLI::App& app, Context& context);
void setup_export(CLI::App& app, Context& context);
void setup_audio(CLI::App& app, Context& context);
void setup_play(CLI::App& app, Context& context);
void setup_plan(CLI::App& app, Context& context);
void setup_report(CLI::App& app, Context& context);

}  // namespace mockround::cli
