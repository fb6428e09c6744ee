#pragma once

#include "plotview.h"
#include "store/projectstore.h"

#include <QList>
#include <vector>

class QTableWidget;
class QCPTextElement;

namespace micro::ui {

// Two or more runs side by side: their validation NLL and accuracy per epoch overlaid, and
// a table of their key metrics. Select several rows of the runs table to fill it.
class CompareView : public PlotView
{
    Q_OBJECT
public:
    struct Entry
    {
        micro::core::RunInfo run;
        std::vector<micro::core::EpochMetrics> epochs;
    };

    explicit CompareView(QWidget *parent = nullptr);
    void setRuns(const QList<Entry> &runs);
    int runCount() const { return int(m_runs.size()); }
    QString metric(int runIndex, const QString &key) const; // validation figure, as shown in the table
    // Whether the run's value in the row named `label` ("validation NLL") is the best one.
    bool isBest(int runIndex, const QString &label) const;

protected:
    QString csv() const override;

private:
    QTableWidget *m_table;
    QCPTextElement *m_title;
    QList<Entry> m_runs;
};

} // namespace micro::ui
