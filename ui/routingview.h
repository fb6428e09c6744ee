#pragma once

#include "store/projectstore.h"

#include <QWidget>
#include <map>
#include <vector>

class QComboBox;
class QCustomPlot;

namespace micro::ui {

// Routing convergence of a Stage-2 run (METHOD.md, online form): for one context at a time,
// each head's weight against the labelled rounds, and the mixture's cumulative loss against
// the best single head's (their gap is the regret). Exports PNG, PDF and CSV.
class RoutingView : public QWidget
{
    Q_OBJECT
public:
    explicit RoutingView(QWidget *parent = nullptr);

    // Histories per context; empty: the view says there is nothing to show.
    void setHistory(std::map<QString, std::vector<micro::core::RoutingStep>> history);
    QString context() const;
    void setContext(const QString &context);
    int roundCount() const;

    bool exportPng(const QString &path) const;
    bool exportPdf(const QString &path) const;
    bool exportCsv(const QString &path) const;

private:
    void redraw();

    QComboBox *m_contexts;
    QCustomPlot *m_plot;
    std::map<QString, std::vector<micro::core::RoutingStep>> m_history;
};

} // namespace micro::ui
