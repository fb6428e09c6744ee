#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QCustomPlot;

namespace micro::ui {

// A view built on one QCustomPlot: exports the figure (PNG, PDF with legend and axis
// labels as shown) and its data (CSV, from csv()). Every analysis view derives from it.
class PlotView : public QWidget
{
    Q_OBJECT
public:
    explicit PlotView(QWidget *parent = nullptr);

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path) const;
    bool exportCsv(const QString &path) const;
    // Chooses the format by the file's ending (.pdf, .csv, else PNG).
    bool exportTo(const QString &path) const;

    // The colour of series i (heads, groups, runs), the same in every view.
    static QColor seriesColour(int i);

protected:
    virtual QString csv() const = 0;

    QCustomPlot *m_plot;
};

} // namespace micro::ui
