#pragma once

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

protected:
    virtual QString csv() const = 0;
    static QString csvField(QString value); // quoted when it holds a comma, quote or newline

    QCustomPlot *m_plot;
};

} // namespace micro::ui
