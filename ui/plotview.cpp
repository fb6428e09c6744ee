#include "plotview.h"

#include "qcustomplotinclude.h"

#include "util/textfiles.h"

namespace micro::ui {

PlotView::PlotView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {}

bool PlotView::exportPng(const QString &path) const
{
    return m_plot->savePng(path, 1200, 800, 1.0);
}

bool PlotView::exportPdf(const QString &path) const
{
    return m_plot->savePdf(path, 1200, 800);
}

bool PlotView::exportCsv(const QString &path) const
{
    return micro::core::writeFileAtomically(path, csv().toUtf8());
}

bool PlotView::exportTo(const QString &path) const
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) return exportPdf(path);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) return exportCsv(path);
    return exportPng(path);
}

QColor PlotView::seriesColour(int i)
{
    static const QColor palette[] = {
        QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),   QColor(214, 39, 40),  QColor(148, 103, 189),
        QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34), QColor(23, 190, 207)};
    return palette[((i % 10) + 10) % 10];
}

} // namespace micro::ui
