// libFuzzer harness: NumPy .npy files read as a float matrix and as an integer vector
// (features and labels of the npy dataset import).
#include "data/npyreader.h"
#include "fuzzinput.h"
#include "util/error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace micro::core;
    const QString path = micro::fuzz::writeScratch(QStringLiteral(".npy"), data, size);
    try {
        const FeatureMatrix m = NpyReader::readFloatMatrix(path);
        if (std::size_t(m.rows) * std::size_t(m.cols) != m.values.size()) __builtin_trap();
    } catch (const MicroError &) {
    }
    try {
        NpyReader::readIntVector(path);
    } catch (const MicroError &) {
    }
    return 0;
}
