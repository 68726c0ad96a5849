// libFuzzer: any bytes as a profile either load, checked against a small bank, or are refused
// with DataError.
#include <cstddef>
#include <cstdint>
#include <string>

#include "store/bank_loader.hpp"
#include "store/errors.hpp"
#include "store/profile_loader.hpp"

namespace {
const mockround::Bank& bank() {
    static const mockround::Bank bank = [] {
        mockround::store::BankLoader loader;
        loader.add_text("bank.yaml", R"(format: 1
sections:
  - id: git
    title: Git
    topics:
      - id: basics
        title: Basics
        questions:
          - {id: git.a, text: A?, kind: concept, level: fresher, minutes: 3}
  - id: postgres
    title: PostgreSQL
    topics:
      - id: basics
        title: Basics
        questions:
          - {id: postgres.a, text: B?, kind: design, level: senior, minutes: 8}
)");
        return loader.finish();
    }();
    return bank;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    try {
        mockround::store::parse_profile(
            "fuzz", "fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size), bank());
    } catch (const mockround::store::DataError&) {
    }
    return 0;
}
