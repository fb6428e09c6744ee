#pragma once

#include "model/stage1fitter.h"

#include <QWidget>
#include <vector>

class QCustomPlot;
class QCPGraph;

namespace micro::ui {

// Training curves of one run: training loss and validation NLL (left axis) and validation
// accuracy (right axis) against epochs. Zoom and pan with the mouse; legend entries toggle
// their curve; exports to PNG, PDF and CSV.
class CurvePlot : public QWidget
{
    Q_OBJECT
public:
    explicit CurvePlot(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    void setEpochs(const std::vector<micro::core::EpochMetrics> &epochs);
    void appendEpoch(const micro::core::EpochMetrics &epoch); // a live run
    void clear();
    const std::vector<micro::core::EpochMetrics> &epochs() const { return m_epochs; }
    int pointCount() const;

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path) const;
    bool exportCsv(const QString &path) const;

private:
    void rebuild();
    void fitAxes();

    QCustomPlot *m_plot = nullptr;
    QCPGraph *m_loss = nullptr;
    QCPGraph *m_valNll = nullptr;
    QCPGraph *m_valAccuracy = nullptr;
    std::vector<micro::core::EpochMetrics> m_epochs;
};

} // namespace micro::ui
