#include "plotview.h"

#include "qcustomplotinclude.h"

#include <QSaveFile>

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
    const QByteArray bytes = csv().toUtf8();
    QSaveFile file(path); // written whole or not at all
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

bool PlotView::exportTo(const QString &path) const
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return exportPdf(path);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return exportCsv(path);
    return exportPng(path);
}

QString PlotView::csvField(QString value)
{
    if (value.contains(QLatin1Char(',')) || value.contains(QLatin1Char('"')) || value.contains(QLatin1Char('\n')))
        value = QLatin1Char('"') + value.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
    return value;
}

} // namespace micro::ui
