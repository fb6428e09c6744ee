// libFuzzer harness: preference files of every container and row shape. The first byte
// picks the file name's suffix (the container is also sniffed from the content), the rest
// is the file. Errors must be MicroError (a clear message), never a crash or a hang.
#include "fuzzinput.h"
#include "io/preferenceimporter.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace micro::core;
    if (size < 1) return 0;
    static const char *const suffixes[] = {".jsonl", ".json", ".csv", ".tsv", ".jsonl.gz", ".txt"};
    const QString path = micro::fuzz::writeScratch(QLatin1String(suffixes[(data[0] & 0x7f) % 6]), data + 1, size - 1);
    ImportOptions options;
    options.threads = 1;
    if (data[0] & 0x80) options.format = QStringLiteral("ratings");
    try {
        const ImportedComparisons r = readPreferenceFile(path, options);
        for (const Comparison &c : r.comparisons)
            if (c.chosen.isNull() || c.rejected.isNull()) __builtin_trap(); // an import never yields a null text
    } catch (const MicroError &) {
    }
    try {
        previewPreferenceFile(path, options, 5);
    } catch (const MicroError &) {
    }
    return 0;
}
