#pragma once

#include "metrics/evaluation.h"
#include "model/stage1fitter.h"
#include "plotview.h"

#include <QStringList>
#include <vector>

class QCPTextElement;
class QCPColorScale;
class QCPAxisRect;

namespace micro::ui {

// Mixture weights: for each context (or, without contexts, each known group) a stacked bar
// of the router's mean weight per head on the run's validation rows (a subgroup the router
// has learned shows as a bar dominated by one head), and below, each head's mean weight
// across the epochs of training (head usage: collapse or balance shows here).
class WeightsView : public PlotView
{
    Q_OBJECT
public:
    explicit WeightsView(QWidget *parent = nullptr);

    // `validation` is the run's validation metrics as stored (RunEvaluation::fromJson).
    // Nothing of this run to show (a Stage-2 run, one still training): axes cleared, `reason` as title.
    void showReason(const QString &reason);
    void setMetrics(const micro::core::RunEvaluation &validation, const QString &runName,
                    const std::vector<micro::core::EpochMetrics> &epochs = {});
    QStringList categories() const { return m_categories; }

protected:
    QString csv() const override;

private:
    QCPTextElement *m_title;
    QString m_kind; // "context" or "group"
    QStringList m_categories;
    std::vector<std::vector<double>> m_weights; // categories x heads
    std::vector<micro::core::EpochMetrics> m_epochs;
    QCPAxisRect *m_usage = nullptr;
};

// Head accuracy: heat map of each head's accuracy alone on the rows of each context (or
// known group), the best head per column marked with a star.
class HeadAccuracyView : public PlotView
{
    Q_OBJECT
public:
    explicit HeadAccuracyView(QWidget *parent = nullptr);

    void setMetrics(const micro::core::RunEvaluation &validation, const QString &runName);
    void showReason(const QString &reason);
    std::vector<int> bestHeads() const { return m_best; }

protected:
    QString csv() const override;

private:
    QCPTextElement *m_title;
    QCPColorScale *m_scale = nullptr; // what the cell colours mean (accuracy 0..1, chance white)
    QString m_kind;
    QStringList m_categories;
    std::vector<std::vector<double>> m_accuracy; // heads x categories
    std::vector<int> m_best;
};

} // namespace micro::ui
