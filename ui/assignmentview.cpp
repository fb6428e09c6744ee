#include "assignmentview.h"

#include "features/textfeaturizer.h"

#include "errortext.h"
#include "qcustomplotinclude.h"
#include "util/textfiles.h"

#include "metrics/evaluation.h"
#include "metrics/projection.h"
#include "model/prediction.h"
#include "store/projectstore.h"
#include "util/error.h"
#include "util/random.h"

#include <QCollator>
#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>
#include <numeric>
#include <tuple>

namespace micro::ui {

using namespace micro::core;

namespace {

constexpr int kMaxPoints = 20000; // drawn; beyond that a seeded sample keeps the view fluid

// Category indices renumbered so names run in natural order ("2" before "10", "c1" before
// "c2"), as the matrix and legend show them.
void sortNaturally(QStringList *names, std::vector<int> *indices)
{
    QCollator collator;
    collator.setNumericMode(true);
    std::vector<int> order(std::size_t(names->size()));
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return collator.compare(names->at(a), names->at(b)) < 0; });
    std::vector<int> newIndex(order.size());
    QStringList sorted;
    for (std::size_t i = 0; i < order.size(); ++i) {
        newIndex[std::size_t(order[i])] = int(i);
        sorted << names->at(order[i]);
    }
    *names = sorted;
    for (int &v : *indices)
        if (v >= 0) v = newIndex[std::size_t(v)];
}

// Each category takes the colour of the head most of its points went to, greedily by
// count and each head once; the rest take colours after the heads'.
std::vector<int> matchColours(const std::vector<int> &category, int categories, const std::vector<int> &head, int heads)
{
    std::vector<std::tuple<int, int, int>> counts; // (count, category, head)
    std::vector<std::vector<int>> n(std::size_t(categories), std::vector<int>(std::size_t(heads), 0));
    for (std::size_t i = 0; i < category.size(); ++i)
        if (category[i] >= 0 && head[i] >= 0 && head[i] < heads) ++n[std::size_t(category[i])][std::size_t(head[i])];
    for (int c = 0; c < categories; ++c)
        for (int h = 0; h < heads; ++h)
            counts.emplace_back(n[std::size_t(c)][std::size_t(h)], c, h);
    std::sort(counts.begin(), counts.end(),
              [](const auto &a, const auto &b) { return std::get<0>(a) > std::get<0>(b); });
    std::vector<int> colour(std::size_t(categories), -1);
    std::vector<bool> used(std::size_t(heads), false);
    for (const auto &[count, c, h] : counts)
        if (count > 0 && colour[std::size_t(c)] < 0 && !used[std::size_t(h)]) {
            colour[std::size_t(c)] = h;
            used[std::size_t(h)] = true;
        }
    int next = heads;
    for (int &c : colour)
        if (c < 0) c = next++;
    return colour;
}

} // namespace

AssignmentView::AssignmentView(QWidget *parent) : PlotView(parent), m_colourBy(new QComboBox)
{
    m_colourBy->addItem(tr("hard assignment (head)"));
    m_colourBy->addItem(tr("known group"));
    m_colourBy->addItem(tr("context"));
    auto *top = new QHBoxLayout;
    auto *label = new QLabel(tr("C&olour by:"));
    label->setBuddy(m_colourBy);
    top->addWidget(label);
    top->addWidget(m_colourBy, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_plot, 1);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->plotLayout()->insertRow(0);
    m_title = new QCPTextElement(m_plot, tr("Select a finished run to see its subgroups."),
                                 QFont(font().family(), font().pointSize() + 1, QFont::Bold));
    m_plot->plotLayout()->addElement(0, 0, m_title);
    m_scatterRect = m_plot->axisRect();
    m_plot->xAxis->setLabel(tr("first principal component of the router input"));
    m_plot->yAxis->setLabel(tr("second principal component"));
    m_plot->legend->setVisible(true);
    m_plot->setAutoAddPlottableToLegend(true);
    // Beside the scatter: how the heads split each known group (column shares).
    m_matrixRect = new QCPAxisRect(m_plot);
    m_plot->plotLayout()->addElement(1, 1, m_matrixRect);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.45);
    m_matrixRect->axis(QCPAxis::atBottom)->setLabel(tr("known group"));
    m_matrixRect->axis(QCPAxis::atLeft)->setLabel(tr("head (hard assignment)"));
    putLegendBelow(m_plot, m_plot->legend, m_scatterRect);
    connect(m_plot, &QCustomPlot::plottableClick, this, [this](QCPAbstractPlottable *p, int index, QMouseEvent *) {
        const int g = m_plot->graphCount();
        for (int i = 0; i < g; ++i)
            if (m_plot->graph(i) == p && std::size_t(i) < m_graphRows.size() && index >= 0 &&
                std::size_t(index) < m_graphRows[std::size_t(i)].size())
                Q_EMIT comparisonClicked(m_graphRows[std::size_t(i)][std::size_t(index)]);
    });
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom | QCP::iSelectPlottables);
    // Ctrl+drag draws a selection box (plain drag keeps panning).
    m_plot->setSelectionRectMode(QCP::srmNone);
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        m_plot->setSelectionRectMode(e->modifiers() & Qt::ControlModifier ? QCP::srmCustom : QCP::srmNone);
    });
    connect(m_plot->selectionRect(), &QCPSelectionRect::accepted, this, [this](const QRect &rect, QMouseEvent *) {
        const QCPAxis *x = m_scatterRect->axis(QCPAxis::atBottom), *y = m_scatterRect->axis(QCPAxis::atLeft);
        const double x0 = x->pixelToCoord(rect.left()), x1 = x->pixelToCoord(rect.right());
        const double y0 = y->pixelToCoord(rect.bottom()), y1 = y->pixelToCoord(rect.top());
        Q_EMIT rowsSelected(rowsInside(std::min(x0, x1), std::max(x0, x1), std::min(y0, y1), std::max(y0, y1)));
    });
    connect(m_colourBy, &QComboBox::currentIndexChanged, this, [this] { redraw(); });
}

AssignmentView::Points AssignmentView::project(ProjectStore &store, const RunSnapshot &snapshot)
{
    AssignmentView::Points out;
    try {
        const RunInfo &run = snapshot.run;
        const qint64 runId = run.id;
        const StoredAssignments a = store.assignments(runId);
        const Dataset data = store.loadDataset(run.datasetId);
        std::vector<int> rows = allRows(data);
        if (int(rows.size()) > kMaxPoints) {
            Random rng(runId);
            for (std::size_t i = rows.size(); i > 1; --i)
                std::swap(rows[i - 1], rows[std::size_t(rng.next() % i)]);
            rows.resize(kMaxPoints);
            std::sort(rows.begin(), rows.end());
        }
        // Hashed text features (2^18 sparse columns) go through a 64-column random
        // projection first, which keeps their distances; PCA then finds the 2-D view.
        FeatureMatrix reduced;
        if (data.isSparse())
            reduced = randomProjection(data.routerSparse.nonZeros() > 0 ? data.routerSparse : data.diffSparse, 64, 1);
        const FeatureMatrix &source = data.isSparse() ? reduced : data.router.cols > 0 ? data.router : data.diff;
        const FeatureMatrix xy = principalProjection(source, rows, 2);
        std::vector<int> groups = data.knownGroupIndices(&out.groupNames);
        std::vector<int> contexts = data.contextIndices(&out.contextNames);
        sortNaturally(&out.groupNames, &groups);
        sortNaturally(&out.contextNames, &contexts);
        out.heads = a.posterior.cols;
        for (int i = 0; i < int(rows.size()); ++i) {
            const int r = rows[std::size_t(i)];
            out.x.push_back(xy.row(i)[0]);
            out.y.push_back(xy.cols > 1 ? xy.row(i)[1] : 0.f);
            out.assignment.push_back(a.hard[std::size_t(r)]);
            const float *post = a.posterior.row(r);
            out.confidence.push_back(*std::max_element(post, post + a.posterior.cols));
            out.group.push_back(groups[std::size_t(r)]);
            out.context.push_back(contexts[std::size_t(r)]);
            out.row.push_back(r);
        }
        out.groupColour = matchColours(out.group, int(out.groupNames.size()), out.assignment, out.heads);
        out.contextColour = matchColours(out.context, int(out.contextNames.size()), out.assignment, out.heads);
        const RunEvaluation &v = snapshot.validation;
        // Which column the known groups are (imported data): a low ARI against a data-subset
        // column is no failure of the model.
        const QString column = snapshot.importReport ? snapshot.importReport->groupColumn : QString();
        if (!v.ari || !v.nmi || !std::isfinite(*v.ari) || !std::isfinite(*v.nmi)) // none stored, or null
            out.title = run.name;
        else if (column.isEmpty())
            out.title = QCoreApplication::translate("micro::ui::AssignmentView",
                                                    "%1: agreement with known groups ARI %2, NMI %3")
                            .arg(run.name)
                            .arg(*v.ari, 0, 'f', 3)
                            .arg(*v.nmi, 0, 'f', 3);
        else
            out.title = QCoreApplication::translate("micro::ui::AssignmentView",
                                                    "%1: agreement with the known groups of column '%4' ARI %2, NMI %3")
                            .arg(run.name)
                            .arg(*v.ari, 0, 'f', 3)
                            .arg(*v.nmi, 0, 'f', 3)
                            .arg(column);
    } catch (const MicroError &e) {
        out.error = errorText(e.error());
    }
    return out;
}

void AssignmentView::showProjecting()
{
    m_points = Points();
    m_title->setText(tr("Projecting the comparisons…"));
    m_plot->clearPlottables();
    m_plot->replot();
}

void AssignmentView::setPoints(Points points)
{
    m_points = std::move(points);
    redraw();
    Q_EMIT ready();
}

void AssignmentView::clear(const QString &reason)
{
    m_points = Points();
    m_points.error = reason;
    redraw();
}

std::vector<int> AssignmentView::rowsInside(double x0, double x1, double y0, double y1) const
{
    std::vector<int> rows;
    for (std::size_t i = 0; i < m_points.x.size(); ++i)
        if (m_points.x[i] >= x0 && m_points.x[i] <= x1 && m_points.y[i] >= y0 && m_points.y[i] <= y1)
            rows.push_back(m_points.row[i]);
    std::sort(rows.begin(), rows.end());
    return rows;
}

AssignmentView::ColourBy AssignmentView::colourBy() const
{
    return ColourBy(std::clamp(m_colourBy->currentIndex(), 0, 2));
}

void AssignmentView::setColourBy(ColourBy by)
{
    m_colourBy->setCurrentIndex(int(by));
}

void AssignmentView::redraw()
{
    m_plot->clearPlottables();
    m_plot->clearItems();
    m_graphRows.clear();
    if (!m_points.error.isEmpty() || m_points.x.empty()) {
        m_title->setText(m_points.error.isEmpty() ? tr("No assignments to show.") : m_points.error);
        m_plot->replot();
        return;
    }
    m_title->setText(m_points.title);
    // Points coloured by head, known group or context; a choice the data lacks falls back
    // to heads.
    const ColourBy by = colourBy() == ColourBy::KnownGroup && !m_points.groupNames.isEmpty()  ? ColourBy::KnownGroup
                        : colourBy() == ColourBy::Context && !m_points.contextNames.isEmpty() ? ColourBy::Context
                                                                                              : ColourBy::Head;
    const std::vector<int> &labels = by == ColourBy::KnownGroup ? m_points.group
                                     : by == ColourBy::Context  ? m_points.context
                                                                : m_points.assignment;
    const QStringList &names = by == ColourBy::KnownGroup ? m_points.groupNames : m_points.contextNames;
    const int classes = by == ColourBy::Head ? m_points.heads : int(names.size());
    auto colourOf = [&](int cls) {
        if (by == ColourBy::KnownGroup) return seriesColour(m_points.groupColour[std::size_t(cls)]);
        if (by == ColourBy::Context) return seriesColour(m_points.contextColour[std::size_t(cls)]);
        return seriesColour(cls);
    };
    // One graph per class and confidence band: opacity shows how sure the posterior is.
    const double bands[] = {0.0, 0.6, 0.9};
    for (int cls = 0; cls < classes; ++cls)
        for (int b = 0; b < 3; ++b) {
            QVector<double> xs, ys;
            std::vector<int> rows;
            for (std::size_t i = 0; i < m_points.x.size(); ++i) {
                const int label = labels[i];
                const float conf = m_points.confidence[i];
                if (label == cls && conf >= bands[b] && (b == 2 || conf < bands[b + 1])) {
                    xs << m_points.x[i];
                    ys << m_points.y[i];
                    rows.push_back(m_points.row[i]);
                }
            }
            // Sorted by x as QCPGraph keeps its data: keep the rows in the same order.
            std::vector<std::size_t> order(rows.size());
            std::iota(order.begin(), order.end(), 0);
            std::stable_sort(order.begin(), order.end(),
                             [&](std::size_t a, std::size_t b) { return xs[int(a)] < xs[int(b)]; });
            QVector<double> sx, sy;
            std::vector<int> sr;
            for (std::size_t o : order) {
                sx << xs[int(o)];
                sy << ys[int(o)];
                sr.push_back(rows[o]);
            }
            xs = sx;
            ys = sy;
            m_graphRows.push_back(std::move(sr));
            QCPGraph *g =
                m_plot->addGraph(m_scatterRect->axis(QCPAxis::atBottom), m_scatterRect->axis(QCPAxis::atLeft));
            QColor colour = colourOf(cls);
            colour.setAlphaF(b == 0 ? 0.25 : b == 1 ? 0.55 : 0.9);
            g->setLineStyle(QCPGraph::lsNone);
            g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, colour, 4));
            g->setData(xs, ys, true);
            g->setSelectable(QCP::stSingleData);
            g->setName(by == ColourBy::KnownGroup ? tr("group %1").arg(names[cls])
                       : by == ColourBy::Context  ? tr("context %1").arg(names[cls])
                                                  : tr("head %1").arg(cls));
            if (b != 2) g->removeFromLegend(); // one legend entry per class
        }
    m_scatterRect->axis(QCPAxis::atBottom)->rescale();
    m_scatterRect->axis(QCPAxis::atLeft)->rescale();
    drawMatrix();
    m_plot->replot();
}

void AssignmentView::drawMatrix()
{
    const int heads = m_points.heads, groups = int(m_points.groupNames.size());
    if (heads == 0 || groups == 0) return;
    std::vector<std::vector<int>> count(std::size_t(heads), std::vector<int>(std::size_t(groups), 0));
    std::vector<int> perGroup(std::size_t(groups), 0);
    for (std::size_t i = 0; i < m_points.x.size(); ++i)
        if (m_points.group[i] >= 0 && m_points.assignment[i] >= 0 && m_points.assignment[i] < heads) {
            ++count[std::size_t(m_points.assignment[i])][std::size_t(m_points.group[i])];
            ++perGroup[std::size_t(m_points.group[i])];
        }
    auto *map = new QCPColorMap(m_matrixRect->axis(QCPAxis::atBottom), m_matrixRect->axis(QCPAxis::atLeft));
    map->removeFromLegend();
    map->data()->setSize(groups, heads);
    map->data()->setRange(QCPRange(0, groups - 1), QCPRange(0, heads - 1));
    for (int g = 0; g < groups; ++g)
        for (int h = 0; h < heads; ++h) {
            const double share = perGroup[std::size_t(g)] > 0
                                     ? double(count[std::size_t(h)][std::size_t(g)]) / perGroup[std::size_t(g)]
                                     : 0;
            map->data()->setCell(g, h, share);
            auto *label = new QCPItemText(m_plot);
            label->setProperty(kOnCell, true);
            label->setClipAxisRect(m_matrixRect);
            label->position->setAxes(m_matrixRect->axis(QCPAxis::atBottom), m_matrixRect->axis(QCPAxis::atLeft));
            label->position->setCoords(g, h);
            label->setText(QString::number(count[std::size_t(h)][std::size_t(g)]));
        }
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(247, 247, 247));
    gradient.setColorStopAt(1.0, QColor(107, 174, 214));
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, 1));
    map->setInterpolate(false);
    QSharedPointer<QCPAxisTickerText> x(new QCPAxisTickerText), y(new QCPAxisTickerText);
    for (int g = 0; g < groups; ++g)
        x->addTick(g, m_points.groupNames[g]);
    for (int h = 0; h < heads; ++h)
        y->addTick(h, QString::number(h));
    m_matrixRect->axis(QCPAxis::atBottom)->setTicker(x);
    m_matrixRect->axis(QCPAxis::atLeft)->setTicker(y);
    m_matrixRect->axis(QCPAxis::atBottom)->setRange(-0.5, groups - 0.5);
    m_matrixRect->axis(QCPAxis::atLeft)->setRange(-0.5, heads - 0.5);
}

QString AssignmentView::csv() const
{
    QString text = QStringLiteral("pc1,pc2,assignment,confidence,known_group\n");
    for (std::size_t i = 0; i < m_points.x.size(); ++i) {
        const int g = m_points.group[i];
        text += QStringLiteral("%1,%2,%3,%4,%5\n")
                    .arg(m_points.x[i], 0, 'g', 7)
                    .arg(m_points.y[i], 0, 'g', 7)
                    .arg(m_points.assignment[i])
                    .arg(m_points.confidence[i], 0, 'g', 6)
                    .arg(g >= 0 ? micro::core::csvField(m_points.groupNames[g]) : QString());
    }
    return text;
}

} // namespace micro::ui
