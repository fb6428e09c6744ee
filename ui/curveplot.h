#pragma once

#include "model/stage1fitter.h"

#include "plotview.h"

#include <vector>

class QCPGraph;

namespace micro::ui {

// Training curves of one run: training loss and validation NLL (left axis) and validation
// accuracy (right axis) against epochs. Zoom and pan with the mouse; legend entries toggle
// their curve; exports to PNG, PDF and CSV.
class CurvePlot : public PlotView
{
    Q_OBJECT
public:
    explicit CurvePlot(QWidget *parent = nullptr);

    void setTitle(const QString &title);
    // Shown instead of the title, with axes and legend hidden, while there are no epochs
    // (a run that has not finished an epoch yet, a Stage-2 run that has none).
    void setEmptyText(const QString &text);
    void setEpochs(const std::vector<micro::core::EpochMetrics> &epochs);
    void appendEpoch(const micro::core::EpochMetrics &epoch); // a live run
    void clear();
    const std::vector<micro::core::EpochMetrics> &epochs() const { return m_epochs; }
    int pointCount() const;

protected:
    QString csv() const override;

private:
    void rebuild();
    void fitAxes();
    void showTitleOrEmptyText();
    void updateMarkers();

    QCPGraph *m_loss = nullptr;
    QCPGraph *m_valNll = nullptr;
    QCPGraph *m_valAccuracy = nullptr;
    std::vector<micro::core::EpochMetrics> m_epochs;
    QString m_title, m_emptyText;
};

} // namespace micro::ui
