// libFuzzer: any text `bank import` accepts (UTF-8 without NUL) parses without a crash, and the
// bank file written from it loads back as the same questions, references included.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/import_bank.hpp"
#include "core/import_parser.hpp"
#include "core/import_text.hpp"
#include "store/bank_loader.hpp"
#include "store/bank_writer.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace mockround;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (text.find('\0') != text.npos || import_text::invalid_utf8_at(text) != text.npos) return 0;
    const ImportedList list = parse_question_list(text);
    if (list.questions.empty()) return 0;
    const Bank bank = build_import(list, {"fz", "fuzz"}, {}).bank;
    store::BankLoader loader;
    loader.add_text("fuzz.yaml", store::bank_yaml(bank, "fuzz"));
    const Bank back = loader.finish();  // a DataError escapes: libFuzzer reports it
    if (back.questions().size() != bank.questions().size()) std::abort();
    for (std::size_t i = 0; i < bank.questions().size(); ++i) {
        const Question& a = bank.questions()[i];
        const Question* b = back.find(a.id);
        if (!b || b->text != a.text || b->reference != a.reference) std::abort();
    }
    return 0;
}
