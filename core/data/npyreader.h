#pragma once

#include "featurematrix.h"

#include <QString>
#include <vector>

namespace micro::core {

// Minimal reader for NumPy .npy files (format versions 1-3) as written by numpy.save:
// float32 matrices in C order and integer label vectors. Anything else is refused with
// MicroError(BadFormat) naming the file and what was found.
class NpyReader
{
public:
    struct Header
    {
        QString descr; // e.g. "<f4"
        bool fortranOrder = false;
        std::vector<long long> shape;
        qint64 dataOffset = 0;
    };

    static Header readHeader(const QString &path);
    // A 2-D float32 C-order array (a 1-D array is read as N x 1).
    static FeatureMatrix readFloatMatrix(const QString &path);
    // A 1-D integer array (int32/int64, little endian).
    static std::vector<int> readIntVector(const QString &path);
};

} // namespace micro::core
