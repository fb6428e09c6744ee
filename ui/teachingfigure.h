#pragma once

#include "plotview.h"

#include <QColor>
#include <QFont>
#include <QString>
#include <QVector>
#include <cmath>
#include <vector>

class QCPMarginGroup;
class QCPTextElement;

namespace micro::ui {

// The figure area of teaching mode: a titled bar chart or one or more stacked line panels
// sharing an x axis. Every font follows the widget's font, so a larger font on the view
// (presentation mode) enlarges titles, axes and legends too. Exports PNG, PDF and the
// plotted numbers as CSV (PlotView).
// `font` with its size times `factor` (point or pixel sized alike): presentation mode.
QFont scaledFont(QFont font, double factor);

class TeachingFigure : public PlotView
{
    Q_OBJECT
public:
    struct Series
    {
        QString name;
        QVector<double> x, y; // x ascending
        QColor colour;
        Qt::PenStyle style = Qt::SolidLine;
        bool markers = true;
    };
    struct Panel
    {
        QString yLabel;
        std::vector<Series> series;
        double yMin = NAN, yMax = NAN; // NaN: fit to the data
        Qt::Alignment legendAlignment = Qt::AlignRight | Qt::AlignTop;
    };
    struct Bar
    {
        QString label;
        double value = 0;
        double error = 0;  // half-width of the error bar (0: none)
        QString valueText; // printed above the bar
        QColor colour;
    };

    explicit TeachingFigure(QWidget *parent = nullptr);

    // A figure with only a line of text (nothing computed yet, or what went wrong).
    void showMessage(const QString &text);
    void showBars(const QString &title, const QString &valueLabel, const std::vector<Bar> &bars, double yMin,
                  double yMax);
    // Panels stacked top to bottom over a whole-number x axis (epochs, rounds).
    void showPanels(const QString &title, const QString &xLabel, double xMin, double xMax,
                    const std::vector<Panel> &panels);

    // A straight line at height y across [x0, x1], drawn as a series so it has a legend entry
    // and a place in the CSV.
    static Series level(const QString &name, double y, double x0, double x1, const QColor &colour,
                        Qt::PenStyle style = Qt::DashLine);

protected:
    QString csv() const override;
    void changeEvent(QEvent *event) override;

private:
    void startFigure(const QString &title);
    void applyFonts();

    QCPTextElement *m_title = nullptr;
    QCPMarginGroup *m_margins = nullptr;
    QString m_csv;
};

} // namespace micro::ui
