#pragma once

#include "routing/stage2adapter.h"
#include "training.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <cmath>
#include <vector>

namespace micro::core {

class ProjectStore;

// Stage 2 on a stored Stage-1 run: labelled pairs come from `labelsDataset` (the parent's
// own dataset or another with the same feature dimensions and contexts). Its rows are
// split with the parent's validation share and seed: up to `budget` pairs per context are
// drawn from the training side, the validation side scores before and after.
struct AdaptRequest
{
    enum class Method
    {
        Micro,
        HyRe
    };
    qint64 parentRunId = 0;
    QString labelsDataset;
    Method method = Method::Micro;
    Stage2Config config;
};

struct AdaptOutcome
{
    qint64 runId = 0;          // the child run
    QJsonObject report;        // per-context accuracy before/after (and HyRe's weights)
    double accuracyBefore = 0; // on the validation rows
    double accuracyAfter = 0;
    bool hasTest = false; // the labels' dataset has a stored test split
    double testAccuracyBefore = 0;
    double testAccuracyAfter = 0;
    // As stored with the child run: {"validation": {...}, "test": {...}, "before": {...}},
    // each split with its per-context figures.
    QJsonObject metrics;
    bool cancelled = false;
};

// Creates a child run holding the adapted model (or HyRe's per-context weights as a router
// over the context one-hot), its per-row assignments, the report as metrics and, per
// context, the online Hedge replay of its labelled pairs as routing history.
AdaptOutcome adaptAndStore(ProjectStore &store, const AdaptRequest &request, const CancelToken *cancel = nullptr);

// Accuracy against the labelled budget per context, for several seeds (METHOD.md,
// evaluation protocol); stored with the parent run.
struct BudgetCurveRequest
{
    qint64 parentRunId = 0;
    QString labelsDataset;
    std::vector<int> budgets{1, 2, 4, 8, 16, 32, 50};
    int seeds = 5;
    Stage2Config config;
};

struct BudgetPoint
{
    int budget = 0;
    double microMean = 0, microStd = 0; // validation rows
    double hyreMean = 0, hyreStd = 0;
    // Test rows (NaN when the dataset has no stored test split), overall and per context
    // (in BudgetCurve::contexts order).
    double microTestMean = NAN, microTestStd = NAN;
    double hyreTestMean = NAN, hyreTestStd = NAN;
    std::vector<double> microTestByContext, hyreTestByContext;
};

struct BudgetCurve
{
    std::vector<BudgetPoint> points;
    QStringList contexts;
    double stage1Accuracy = 0; // validation
    double stage1TestAccuracy = NAN;
    std::vector<double> stage1TestByContext;
    qint64 storedId = 0;
    bool cancelled = false;
    QJsonObject toJson() const; // as stored with the parent run
    // Read back from the project (the storage id and cancellation are not part of it).
    static BudgetCurve fromJson(const QJsonObject &json);
    bool hasTest() const; // test figures were stored (the dataset has a test split)
};

BudgetCurve budgetCurveAndStore(ProjectStore &store, const BudgetCurveRequest &request,
                                const std::function<void(double)> &progress = {}, const CancelToken *cancel = nullptr);

} // namespace micro::core
