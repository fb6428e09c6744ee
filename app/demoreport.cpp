#include "demoreport.h"

#include <QCoreApplication>

namespace micro::app {

static QString tr(const char *text)
{
    // lupdate files free tr() calls under the enclosing namespace: same context here.
    return QCoreApplication::translate("micro::app", text);
}

QString formatDemoReport(const micro::core::DemoReport &report)
{
    QString out;
    out += tr("Demo dataset \"%1\": synthetic preferences from groups the prompt reveals.\n").arg(report.datasetName);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(tr("model"), -8)
               .arg(tr("K"), 3)
               .arg(tr("accuracy"), 9)
               .arg(tr("NLL"), 7)
               .arg(tr("ARI"), 6)
               .arg(tr("seconds"), 8);
    for (const auto &r : report.rows)
        out += QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(r.model, -8)
                   .arg(r.k, 3)
                   .arg(r.accuracy, 9, 'f', 4)
                   .arg(r.nll, 7, 'f', 4)
                   .arg(r.ari ? QString::number(*r.ari, 'f', 3) : QStringLiteral("-"), 6)
                   .arg(r.seconds, 8, 'f', 2);
    out += tr("True model: accuracy %1, NLL %2. Any single BT model's expected cross-entropy is at "
              "least %3 (METHOD.md, Theory).\n")
               .arg(report.truth.trueModelAccuracy, 0, 'f', 4)
               .arg(report.truth.trueModelNll, 0, 'f', 4)
               .arg(report.truth.singleModelBound, 0, 'f', 4);
    if (report.cancelled) out += tr("Cancelled before all models were trained.\n");
    return out;
}

} // namespace micro::app
