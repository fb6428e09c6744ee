// LabelView's side panel and progress: the routing weights, the agreement table, labels in and out.
#include "labelview.h"

#include "errortext.h"
#include "plotview.h"
#include "qcustomplotinclude.h"

#include "jobs/labeltransfer.h"
#include "labels/agreement.h"
#include "labels/labelio.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QComboBox>
#include <QLabel>
#include <QProgressBar>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTableWidget>
#include <cmath>

namespace micro::ui {

using namespace micro::core;

void LabelView::refreshProgress()
{
    const int done = labelledInContext();
    m_progress->setMaximum(m_target->value());
    m_progress->setValue(std::min(done, m_target->value()));
    m_progress->setFormat(tr("%1 of %2 labelled in this context").arg(done).arg(m_target->value()));
}

int LabelView::labelledInContext() const
{
    return m_session ? m_session->labelled() : 0;
}

std::vector<double> LabelView::weights() const
{
    return m_session ? m_session->weights() : std::vector<double>{};
}

void LabelView::refreshWeights()
{
    m_plot->clearGraphs();
    const bool weights = m_session && m_session->hasWeights();
    const bool placed = m_plot->legend->layout() != nullptr;
    if (weights && !placed) PlotView::putLegendBelow(m_plot, m_plot->legend, m_plot->axisRect());
    if (!weights && placed) { // without weights: in no layout (see buildLayout)
        m_plot->plotLayout()->take(m_plot->legend);
        m_plot->plotLayout()->simplify();
    }
    m_plot->legend->setVisible(weights);
    if (!weights) {
        m_weightsText->setText(tr("No routing weights: show a finished run with two or more heads."));
        m_plot->replot();
        return;
    }
    const auto &history = m_session->history();
    const std::vector<double> now = m_session->weights();
    const int k = int(now.size());
    for (int h = 0; h < k; ++h) {
        QCPGraph *g = m_plot->addGraph();
        g->setName(tr("head %1").arg(h));
        g->setPen(QPen(PlotView::seriesColour(h), 2));
        QVector<double> x, y;
        for (const auto &s : history) {
            x << s.round - 1;
            y << s.weightsBefore[std::size_t(h)];
        }
        x << double(history.size());
        y << now[std::size_t(h)];
        g->setData(x, y);
    }
    m_plot->xAxis->setRange(0, std::max<double>(1, double(history.size())));
    m_plot->replot();
    QStringList parts;
    for (int h = 0; h < k; ++h)
        parts << tr("head %1: %2").arg(h).arg(now[std::size_t(h)], 0, 'f', 3);
    const double regret = history.empty() ? 0.0 : history.back().regret;
    m_weightsText->setText(tr("After %1 labels: %2; regret %3 (bound %4).")
                               .arg(history.size())
                               .arg(parts.join(QStringLiteral(", ")))
                               .arg(regret, 0, 'f', 2)
                               .arg(OnlineHedge::regretBound(k, std::max<int>(1, int(history.size()))), 0, 'f', 2));
}

void LabelView::refreshAgreement()
{
    if (!m_store || m_datasetId == 0) {
        m_agreement->setRowCount(0);
        return;
    }
    std::vector<Label> labels;
    try {
        labels = m_store->labels(m_datasetId);
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        return;
    }
    const QStringList names = annotators(labels);
    for (QComboBox *b : {m_first, m_second}) {
        const QString keep = b->currentText();
        QSignalBlocker block(b);
        b->clear();
        b->addItems(names);
        if (names.contains(keep)) b->setCurrentText(keep);
    }
    if (m_second->currentIndex() == m_first->currentIndex() && names.size() > 1) {
        QSignalBlocker block(m_second);
        m_second->setCurrentIndex((m_first->currentIndex() + 1) % int(names.size()));
    }
    const auto rows = names.size() > 1 ? agreement(labels, m_first->currentText(), m_second->currentText())
                                       : std::vector<ContextAgreement>{};
    m_agreement->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        const ContextAgreement &a = rows[std::size_t(i)];
        const QStringList cells{a.context.isEmpty() ? tr("(no context)") : a.context, QString::number(a.items),
                                QStringLiteral("%1%").arg(100 * a.percent, 0, 'f', 1),
                                std::isnan(a.kappa) ? tr("n/a") : QString::number(a.kappa, 'f', 3)};
        for (int j = 0; j < 4; ++j)
            m_agreement->setItem(i, j, new QTableWidgetItem(cells[j]));
    }
}

bool LabelView::exportLabels(const QString &path)
{
    if (!m_store || m_datasetId == 0) return false;
    try {
        exportDatasetLabels(*m_store, m_datasetId, path);
        m_message->setText(tr("Labels written to %1.").arg(path));
        return true;
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        return false;
    }
}

bool LabelView::importLabels(const QString &path)
{
    if (!m_store || m_datasetId == 0) return false;
    try {
        const int added = importDatasetLabels(*m_store, m_datasetId, path); // a bad line imports nothing
        m_message->setText(tr("%n label(s) imported.", nullptr, added));
        if (m_session) start(); // replay with the new labels
        refreshAgreement();
        return true;
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        return false;
    }
}

} // namespace micro::ui
