#include "plotview.h"

#include "qcustomplotinclude.h"

#include "util/textfiles.h"

#include <QEvent>
#include <QMouseEvent>
#include <QToolTip>
#include <cmath>

namespace micro::ui {

PlotView::PlotView(QWidget *parent) : QWidget(parent), m_plot(new QCustomPlot(this))
{
    // Every replot takes its colours from the palette, so a theme change (and axis rects a
    // view rebuilds) follow the window's light or dark look.
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { stylePlot(); });
    // Hovering shows the exact values under the pointer, as a tooltip.
    m_plot->setMouseTracking(true);
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *event) {
        const QString text = valueAt(event->position());
        if (text.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    });
}

void PlotView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void PlotView::stylePlot()
{
    applyPalette(m_plot, palette());
}

void PlotView::applyPalette(QCustomPlot *plot, const QPalette &p)
{
    const QColor text = p.color(QPalette::Text), base = p.color(QPalette::Base);
    const bool dark = base.lightness() < 128;
    plot->setBackground(base);
    const QColor grid = dark ? QColor(85, 85, 90) : QColor(200, 200, 200);
    for (QCPAxisRect *rect : plot->axisRects()) {
        rect->setBackground(base);
        for (QCPAxis *axis : rect->axes()) {
            axis->setBasePen(QPen(text));
            axis->setTickPen(QPen(text));
            axis->setSubTickPen(QPen(text));
            axis->setTickLabelColor(text);
            axis->setLabelColor(text);
            axis->grid()->setPen(QPen(grid, 1, Qt::DotLine));
            axis->grid()->setZeroLinePen(QPen(grid));
        }
    }
    // Text over the plot's background follows the theme; figures printed on heat-map cells
    // (marked kOnCell) keep black, which the light cell colours were chosen for.
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *label = qobject_cast<QCPItemText *>(plot->item(i)); label && !label->property(kOnCell).toBool())
            label->setColor(text);
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (auto *bars = qobject_cast<QCPErrorBars *>(plot->plottable(i)))
            bars->setPen(QPen(text, bars->pen().widthF()));
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *title = qobject_cast<QCPTextElement *>(element)) title->setTextColor(text);
        auto *legend = qobject_cast<QCPLegend *>(element);
        if (!legend) continue;
        legend->setBrush(base);
        legend->setTextColor(text);
        for (int i = 0; i < legend->itemCount(); ++i) {
            auto *item = qobject_cast<QCPPlottableLegendItem *>(legend->item(i));
            // A curve hidden from its legend entry stays greyed out.
            if (item) item->setTextColor(item->plottable() && !item->plottable()->visible() ? Qt::gray : text);
        }
    }
}

QString PlotView::valueAt(const QPointF &pixel) const
{
    constexpr double kReach = 12.0; // pixels
    double best = kReach * kReach;
    QString text;
    for (int i = 0; i < m_plot->graphCount(); ++i) {
        const QCPGraph *g = m_plot->graph(i);
        if (!g->visible() || g->data()->isEmpty() || !g->keyAxis() || !g->valueAxis()) continue;
        // Only the points near the pointer's key: the data is sorted by key.
        const double key =
            g->keyAxis()->pixelToCoord(g->keyAxis()->orientation() == Qt::Horizontal ? pixel.x() : pixel.y());
        const double span = std::abs(g->keyAxis()->pixelToCoord(kReach) - g->keyAxis()->pixelToCoord(0));
        auto it = g->data()->findBegin(key - span, true);
        const auto end = g->data()->findEnd(key + span, true);
        for (; it != end; ++it) {
            const QPointF p = g->coordsToPixels(it->key, it->value);
            const double d = (p.x() - pixel.x()) * (p.x() - pixel.x()) + (p.y() - pixel.y()) * (p.y() - pixel.y());
            if (d <= best) {
                best = d;
                const QString name = g->name().isEmpty() ? QString() : g->name() + QLatin1Char('\n');
                text =
                    name + QStringLiteral("%1: %2\n%3: %4")
                               .arg(g->keyAxis()->label().isEmpty() ? QStringLiteral("x") : g->keyAxis()->label())
                               .arg(it->key, 0, 'g', 6)
                               .arg(g->valueAxis()->label().isEmpty() ? QStringLiteral("y") : g->valueAxis()->label())
                               .arg(it->value, 0, 'g', 6);
            }
        }
    }
    return text;
}

bool PlotView::exportPng(const QString &path, const ExportSize &size) const
{
    return m_plot->savePng(path, size.width, size.height, size.dpi / 96.0, -1, size.dpi, QCP::ruDotsPerInch);
}

bool PlotView::exportPdf(const QString &path, const ExportSize &size) const
{
    return m_plot->savePdf(path, size.width, size.height);
}

bool PlotView::exportCsv(const QString &path) const
{
    return micro::core::writeFileAtomically(path, csv().toUtf8());
}

bool PlotView::exportTo(const QString &path, const ExportSize &size) const
{
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) return exportPdf(path, size);
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) return exportCsv(path);
    return exportPng(path, size);
}

QString PlotView::shownTitle() const
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    if (layout->rowCount() > 0)
        if (auto *title = qobject_cast<QCPTextElement *>(layout->element(0, 0))) return title->text();
    return {};
}

void PlotView::useIntegerTicks(QCPAxis *axis)
{
    auto ticker = QSharedPointer<QCPAxisTickerFixed>::create();
    ticker->setTickStep(1.0);
    ticker->setScaleStrategy(QCPAxisTickerFixed::ssMultiples); // 1, 2, 5, 10, ... never 0.5
    axis->setTicker(ticker);
}

void PlotView::putLegendBelow(QCustomPlot *plot, QCPLegend *legend, QCPAxisRect *rect)
{
    QCPLayoutInset *inset = rect->insetLayout();
    for (int i = 0; i < inset->elementCount(); ++i)
        if (inset->elementAt(i) == legend) {
            inset->take(legend);
            inset->simplify();
            break;
        }
    QCPLayoutGrid *layout = plot->plotLayout();
    int rectRow = -1;
    for (int r = 0; r < layout->rowCount() && rectRow < 0; ++r)
        if (layout->element(r, 0) == rect) rectRow = r;
    if (rectRow < 0) return;
    layout->insertRow(rectRow + 1);
    layout->addElement(rectRow + 1, 0, legend);
    legend->setLayer(QStringLiteral("legend"));      // only once the legend belongs to the plot
    layout->setRowStretchFactor(rectRow + 1, 0.001); // as tall as its text, the rest to the axes
    legend->setFillOrder(QCPLegend::foColumnsFirst);
    legend->setWrap(6);
    legend->setBorderPen(Qt::NoPen);
    legend->setMargins(QMargins(4, 0, 4, 2));
}

QColor PlotView::seriesColour(int i)
{
    static const QColor palette[] = {
        QColor(31, 119, 180), QColor(255, 127, 14),  QColor(44, 160, 44),   QColor(214, 39, 40),  QColor(148, 103, 189),
        QColor(140, 86, 75),  QColor(227, 119, 194), QColor(127, 127, 127), QColor(188, 189, 34), QColor(23, 190, 207)};
    return palette[((i % 10) + 10) % 10];
}

} // namespace micro::ui
