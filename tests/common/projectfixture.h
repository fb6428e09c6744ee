#pragma once

// A project file holding one synthetic dataset named "d": the starting point of most
// tests that train, cancel or inspect runs.
#include "data/synthgenerator.h"
#include "store/projectstore.h"

#include <QString>

namespace micro::test {

inline QString makeSyntheticProject(const QString &path, int n, int dim = 32, int routerDim = 16)
{
    micro::core::ProjectStore store(path, micro::core::ProjectStore::OpenMode::CreateIfMissing);
    micro::core::SynthConfig c;
    c.n = n;
    c.dim = dim;
    c.routerDim = routerDim;
    store.saveDataset(micro::core::generateSynthetic(c, QStringLiteral("d")));
    return path;
}

} // namespace micro::test
