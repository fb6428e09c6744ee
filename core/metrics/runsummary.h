#pragma once

#include <QJsonObject>
#include <cmath>

namespace micro::core {

// The headline figures of a stored run, per split, as the runs table and `micro-cli runs`
// show them. One typed reader of the metrics JSON that trainAndStore and adaptAndStore
// write ({"validation": {rows, accuracy, nll, ari?}, "test": {...}}), so a renamed key is
// caught here once instead of showing blanks in every view.
struct SplitSummary
{
    bool present = false;
    int rows = 0;
    double accuracy = NAN;
    double nll = NAN;
    double ari = NAN; // hard assignments vs known groups, when the dataset has them

    static SplitSummary fromJson(const QJsonValue &value)
    {
        SplitSummary s;
        const QJsonObject o = value.toObject();
        s.present = value.isObject() && o.value(QStringLiteral("accuracy")).isDouble();
        s.rows = o.value(QStringLiteral("rows")).toInt();
        s.accuracy = o.value(QStringLiteral("accuracy")).toDouble(NAN);
        s.nll = o.value(QStringLiteral("nll")).toDouble(NAN);
        s.ari = o.value(QStringLiteral("ari")).toDouble(NAN);
        return s;
    }
};

struct RunSummary
{
    SplitSummary validation;
    SplitSummary test;
    int bestEpoch = 0;          // the epoch whose parameters were kept (0: not recorded)
    bool stoppedByUser = false; // Stop-and-keep ended the fit early

    static RunSummary fromMetrics(const QJsonObject &metrics)
    {
        RunSummary s;
        s.validation = SplitSummary::fromJson(metrics.value(QStringLiteral("validation")));
        s.test = SplitSummary::fromJson(metrics.value(QStringLiteral("test")));
        s.bestEpoch = metrics.value(QStringLiteral("best_epoch")).toInt();
        s.stoppedByUser = metrics.value(QStringLiteral("stopped_by_user")).toBool();
        return s;
    }
};

} // namespace micro::core
