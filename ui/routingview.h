#pragma once

#include "jobs/adaptation.h"
#include "plotview.h"
#include "store/projectstore.h"

#include <map>
#include <vector>

class QComboBox;

namespace micro::ui {

// Routing convergence of a Stage-2 run (METHOD.md, online form): for one context at a time,
// each head's weight against the labelled rounds, and the mixture's cumulative loss against
// the best single head's (their gap is the regret). Exports PNG, PDF and CSV.
class RoutingView : public PlotView
{
    Q_OBJECT
public:
    explicit RoutingView(QWidget *parent = nullptr);

    // Histories per context; empty: the view says there is nothing to show.
    void setHistory(std::map<QString, std::vector<micro::core::RoutingStep>> history);
    // A stored budget curve (accuracy against labelled pairs per context); no points: none.
    void setBudgetCurve(micro::core::BudgetCurve curve);
    int budgetPoints() const;
    QString context() const;
    void setContext(const QString &context);
    int roundCount() const;

protected:
    QString csv() const override;

private:
    void redraw();
    void addBudgetCurve();

    QComboBox *m_contexts;
    std::map<QString, std::vector<micro::core::RoutingStep>> m_history;
    micro::core::BudgetCurve m_budget;
};

} // namespace micro::ui
