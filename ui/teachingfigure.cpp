#include "teachingfigure.h"

#include "qcustomplotinclude.h"
#include "util/textfiles.h"

#include <QEvent>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>

namespace micro::ui {

using micro::core::csvField;

QFont scaledFont(QFont font, double factor)
{
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * factor);
    else if (font.pixelSize() > 0)
        font.setPixelSize(std::max(1, int(font.pixelSize() * factor + 0.5)));
    return font;
}

namespace {

QString number(double v)
{
    return QString::number(v, 'g', 9);
}

} // namespace

TeachingFigure::TeachingFigure(QWidget *parent) : PlotView(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    m_plot->setObjectName(QStringLiteral("teachingPlot"));
    // Each panel carries its own legend; the plot-wide one disappears with the default
    // axis rect when a figure is laid out.
    m_plot->setAutoAddPlottableToLegend(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    showMessage(QString());
}

TeachingFigure::Series TeachingFigure::level(const QString &name, double y, double x0, double x1, const QColor &colour,
                                             Qt::PenStyle style)
{
    Series s;
    s.name = name;
    s.x = {x0, x1};
    s.y = {y, y};
    s.colour = colour;
    s.style = style;
    s.markers = false;
    return s;
}

void TeachingFigure::startFigure(const QString &title)
{
    m_plot->clearItems();
    m_plot->clearPlottables();
    m_plot->plotLayout()->clear(); // the axis rects, with their legends
    delete m_margins;              // no element refers to it any more
    m_margins = nullptr;
    m_title = new QCPTextElement(m_plot, title);
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_csv.clear();
}

void TeachingFigure::showMessage(const QString &text)
{
    startFigure(text);
    applyFonts();
    m_plot->replot();
}

void TeachingFigure::showBars(const QString &title, const QString &valueLabel, const std::vector<Bar> &bars,
                              double yMin, double yMax)
{
    startFigure(title);
    auto *rect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 0, rect);
    QCPAxis *x = rect->axis(QCPAxis::atBottom);
    QCPAxis *y = rect->axis(QCPAxis::atLeft);
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QString csv = QStringLiteral("bar,value,error\n");
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const Bar &b = bars[i];
        const double pos = double(i) + 1;
        ticker->addTick(pos, b.label);
        // One QCPBars per bar, so that each model keeps its colour from the other figures.
        auto *bar = new QCPBars(x, y);
        bar->setName(b.label);
        bar->setWidth(0.6);
        bar->setBrush(b.colour);
        bar->setPen(QPen(b.colour.darker(130)));
        bar->addData(pos, b.value);
        if (b.error > 0) {
            auto *error = new QCPErrorBars(x, y);
            error->setDataPlottable(bar);
            error->setData(QVector<double>{b.error});
            error->setPen(QPen(Qt::black, 1.5));
        }
        auto *text = new QCPItemText(m_plot);
        text->setClipAxisRect(rect);
        text->position->setAxes(x, y);
        text->position->setCoords(pos, b.value + b.error);
        text->setPositionAlignment(Qt::AlignHCenter | Qt::AlignBottom);
        text->setText(b.valueText);
        csv += QStringLiteral("%1,%2,%3\n").arg(csvField(b.label), number(b.value), number(b.error));
    }
    x->setTicker(ticker);
    x->grid()->setVisible(false);
    x->setRange(0.4, double(bars.size()) + 0.6);
    y->setLabel(valueLabel);
    y->setRange(yMin, yMax);
    m_csv = csv;
    applyFonts();
    m_plot->replot();
}

void TeachingFigure::showPanels(const QString &title, const QString &xLabel, double xMin, double xMax,
                                const std::vector<Panel> &panels)
{
    startFigure(title);
    // Stacked panels line their plotting areas up, so that the shared x axis reads across.
    m_margins = new QCPMarginGroup(m_plot);
    QString csv = QStringLiteral("panel,series,x,y\n");
    int row = 1;
    for (const Panel &panel : panels) {
        auto *rect = new QCPAxisRect(m_plot);
        m_plot->plotLayout()->addElement(row++, 0, rect);
        rect->setMarginGroup(QCP::msLeft | QCP::msRight, m_margins);
        QCPAxis *x = rect->axis(QCPAxis::atBottom);
        QCPAxis *y = rect->axis(QCPAxis::atLeft);
        x->setLabel(xLabel);
        y->setLabel(panel.yLabel);
        // Epochs and rounds are whole numbers: ticks on integers only.
        QSharedPointer<QCPAxisTickerFixed> integers(new QCPAxisTickerFixed);
        integers->setTickStep(1.0);
        integers->setScaleStrategy(QCPAxisTickerFixed::ssMultiples);
        x->setTicker(integers);
        auto *legend = new QCPLegend;
        rect->insetLayout()->addElement(legend, panel.legendAlignment);
        legend->setLayer(QStringLiteral("legend"));
        double lo = std::numeric_limits<double>::infinity();
        double hi = -lo;
        for (const Series &s : panel.series) {
            QCPGraph *g = m_plot->addGraph(x, y);
            g->setName(s.name);
            g->setPen(QPen(s.colour, 2, s.style));
            if (s.markers) g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 5));
            g->setData(s.x, s.y, true);
            legend->addItem(new QCPPlottableLegendItem(legend, g));
            for (int i = 0; i < s.x.size() && i < s.y.size(); ++i) {
                if (std::isfinite(s.y[i])) {
                    lo = std::min(lo, s.y[i]);
                    hi = std::max(hi, s.y[i]);
                }
                csv += QStringLiteral("%1,%2,%3,%4\n")
                           .arg(csvField(panel.yLabel), csvField(s.name), number(s.x[i]), number(s.y[i]));
            }
        }
        if (!(lo <= hi)) { // no data yet
            lo = 0;
            hi = 1;
        }
        const double margin = std::max((hi - lo) * 0.08, 1e-3);
        y->setRange(std::isnan(panel.yMin) ? lo - margin : panel.yMin,
                    std::isnan(panel.yMax) ? hi + margin : panel.yMax);
        x->setRange(xMin, xMax);
    }
    m_csv = csv;
    applyFonts();
    m_plot->replot();
}

QString TeachingFigure::csv() const
{
    return m_csv;
}

void TeachingFigure::changeEvent(QEvent *event)
{
    PlotView::changeEvent(event);
    if (event->type() == QEvent::FontChange) {
        applyFonts();
        m_plot->replot();
    }
}

// QCustomPlot elements keep the font they were made with; give them this widget's.
void TeachingFigure::applyFonts()
{
    const QFont base = font();
    QFont title = scaledFont(base, 1.2);
    title.setBold(true);
    if (m_title) m_title->setFont(title);
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setLabelFont(base);
            axis->setTickLabelFont(base);
        }
        for (int i = 0; i < rect->insetLayout()->elementCount(); ++i)
            if (auto *legend = qobject_cast<QCPLegend *>(rect->insetLayout()->elementAt(i)))
                legend->setFont(base); // also sets the font of the items already in it
    }
    for (int i = 0; i < m_plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(m_plot->item(i))) text->setFont(base);
}

} // namespace micro::ui
