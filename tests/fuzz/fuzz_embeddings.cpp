// libFuzzer harness: embedding files (.npy and .safetensors, memory-mapped). Every tensor
// that opens is read at its first and last row, so an extent check that lets a tensor
// reach past the mapping shows up as an ASan report.
#include "fuzzinput.h"
#include "io/embeddingfile.h"
#include "util/error.h"

#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace micro::core;
    if (size < 1) return 0;
    const QString suffix = data[0] & 1 ? QStringLiteral(".safetensors") : QStringLiteral(".npy");
    const QString path = micro::fuzz::writeScratch(suffix, data + 1, size - 1);
    try {
        EmbeddingFile file(path);
        for (const QString &name : file.tensorNames()) {
            try {
                const EmbeddingFile::TensorView t = file.tensor(name);
                if (t.shape.size() < 2 || t.shape.size() > 3 || t.rows() <= 0 || t.cols() <= 0 || t.cols() > 65536)
                    continue;
                std::vector<float> row(std::size_t(t.cols()));
                const qint64 inner = t.shape.size() == 3 ? t.shape[1] - 1 : 0;
                if (inner < 0) continue;
                EmbeddingFile::readRow(t, 0, 0, row.data(), t.cols());
                EmbeddingFile::readRow(t, t.rows() - 1, inner, row.data(), t.cols());
            } catch (const MicroError &) {
            }
        }
    } catch (const MicroError &) {
    }
    return 0;
}
