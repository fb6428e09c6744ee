#pragma once

#include "model/stage1fitter.h"

#include "plotview.h"

#include <vector>

class QCPGraph;
class QCheckBox;
class QLabel;
class QSlider;

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
    // As TensorBoard: the curves drawn as an exponential moving average with this weight
    // (0: raw, up to 0.95), debiased at the start; exports (CSV) stay raw. Remembered.
    void setSmoothing(double weight);
    double smoothing() const { return m_smoothing; }
    // The NLL axis logarithmic (accuracy stays linear). Remembered.
    void setLogNll(bool on);
    bool logNll() const;

protected:
    QString csv() const override;

private:
    void rebuild();
    void fitAxes();
    void showTitleOrEmptyText();
    void updateMarkers();

    QSlider *m_smoothingSlider = nullptr;
    QLabel *m_smoothingValue = nullptr;
    QCheckBox *m_logBox = nullptr;
    double m_smoothing = 0;
    QCPGraph *m_loss = nullptr;
    QCPGraph *m_valNll = nullptr;
    QCPGraph *m_valAccuracy = nullptr;
    std::vector<micro::core::EpochMetrics> m_epochs;
    QString m_title, m_emptyText;
};

} // namespace micro::ui
