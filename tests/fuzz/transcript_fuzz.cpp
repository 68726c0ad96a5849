// libFuzzer: any bytes as a transcript either read or are refused with DataError; what reads
// is written back and read again to the same text, so nothing (a note above all) changes on
// its way through a save.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "store/errors.hpp"
#include "store/transcript.hpp"

using namespace mockround::store;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    Transcript first;
    try {
        first =
            parse_transcript("fuzz.yaml", std::string(reinterpret_cast<const char*>(data), size));
    } catch (const DataError&) {
        return 0;
    }
    const std::string written = render_transcript(first.info, first.questions);
    Transcript second;
    try {
        second = parse_transcript("written.yaml", written);
    } catch (const DataError& e) {
        std::fprintf(stderr, "a transcript we wrote does not read back:\n%s\n%s\n", e.what(),
                     written.c_str());
        std::abort();
    }
    if (render_transcript(second.info, second.questions) != written) {
        std::fprintf(stderr, "a transcript changed on its way through a save:\n%s\n",
                     written.c_str());
        std::abort();
    }
    return 0;
}
