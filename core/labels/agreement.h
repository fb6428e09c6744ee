#pragma once

#include "label.h"

#include <QStringList>
#include <vector>

namespace micro::core {

// Agreement of two annotators on the items both labelled under the same context (skips
// left out; chosen / rejected / tie are the categories).
struct ContextAgreement
{
    QString context;
    int items = 0;      // labelled by both
    double percent = 0; // share of identical labels, 0..1
    double kappa = 0;   // Cohen's kappa; NaN when chance agreement is 1 (no variation)
};

std::vector<ContextAgreement> agreement(const std::vector<Label> &labels, const QString &annotatorA,
                                        const QString &annotatorB);

// Annotators who labelled anything, sorted.
QStringList annotators(const std::vector<Label> &labels);

} // namespace micro::core
