#pragma once

#include "plotview.h"

#include <QJsonObject>
#include <QStringList>
#include <vector>

class QCPTextElement;

namespace micro::ui {

// Mixture weights: for each context (or, without contexts, each known group) a stacked bar
// of the router's mean weight per head on the run's validation rows. A subgroup the router
// has learned shows as a bar dominated by one head.
class WeightsView : public PlotView
{
    Q_OBJECT
public:
    explicit WeightsView(QWidget *parent = nullptr);

    // `validation` is the run's validation metrics (RunEvaluation::toJson()).
    void setMetrics(const QJsonObject &validation, const QString &runName);
    QStringList categories() const { return m_categories; }

protected:
    QString csv() const override;

private:
    QCPTextElement *m_title;
    QString m_kind; // "context" or "group"
    QStringList m_categories;
    std::vector<std::vector<double>> m_weights; // categories x heads
};

// Head accuracy: heat map of each head's accuracy alone on the rows of each context (or
// known group), the best head per column marked with a star.
class HeadAccuracyView : public PlotView
{
    Q_OBJECT
public:
    explicit HeadAccuracyView(QWidget *parent = nullptr);

    void setMetrics(const QJsonObject &validation, const QString &runName);
    std::vector<int> bestHeads() const { return m_best; }

protected:
    QString csv() const override;

private:
    QCPTextElement *m_title;
    QString m_kind;
    QStringList m_categories;
    std::vector<std::vector<double>> m_accuracy; // heads x categories
    std::vector<int> m_best;
};

} // namespace micro::ui
