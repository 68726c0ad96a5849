#pragma once
// The bank and profiles in the source tree, loaded once per test run.
#include <string>

#include "store/bank_loader.hpp"
#include "store/profile_loader.hpp"

inline const mockround::Bank& shipped_bank() {
    static const mockround::Bank bank =
        mockround::store::load_bank(MOCKROUND_SOURCE_DIR "/questions.yaml", "/nonexistent");
    return bank;
}

inline mockround::Profile shipped_profile(const std::string& name) {
    mockround::store::ProfileDirs dirs(MOCKROUND_SOURCE_DIR "/profiles", "/nonexistent");
    return mockround::store::load_profile(*dirs.find(name), shipped_bank());
}
