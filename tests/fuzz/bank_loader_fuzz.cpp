// libFuzzer: any bytes as a bank file either load or are refused with DataError; nothing else
// (no crash, no sanitizer report, no other exception, no hang).
#include <cstddef>
#include <cstdint>
#include <string>

#include "store/bank_loader.hpp"
#include "store/errors.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    mockround::store::BankLoader loader;
    loader.add_text("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
    try {
        loader.finish();
    } catch (const mockround::store::DataError&) {
    }
    return 0;
}
