#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTextBrowser;

namespace micro::core {
class ProjectStore;
}

namespace micro::ui {

class ComparisonFilter;
class ComparisonTableModel;

// The comparisons behind a run: a filterable table (search; context, known group, split,
// head) and, for the selected row, the prompt with both responses side by side.
class DataView : public QWidget
{
    Q_OBJECT
public:
    explicit DataView(QWidget *parent = nullptr);

    // Shows the run's dataset with its split and assignments (throws MicroError).
    void showRun(micro::core::ProjectStore &store, qint64 runId);
    // A dataset without a run (just imported): its comparisons and stored split.
    void showDataset(micro::core::ProjectStore &store, qint64 datasetId);
    int visibleRows() const;
    void setSearch(const QString &text);
    void setFilter(const QString &column, const QString &value); // "context", "group", "split", "head"
    QString detailText() const;
    void selectRow(int visibleRow);
    // Clears search and filters and selects the comparison at this dataset row.
    void showComparison(int datasetRow);
    // Restricts the table to these dataset rows (a box selection); empty clears it.
    void showOnly(const std::vector<int> &datasetRows);
    // The rows that pass the search and filters, as CSV (texts included).
    bool exportCsv(const QString &path) const;

private:
    void refillFilters();
    void updateDetail();
    void updateCount();

    ComparisonTableModel *m_model;
    ComparisonFilter *m_filter;
    QLineEdit *m_search;
    QComboBox *m_context, *m_group, *m_split, *m_head;
    QTableView *m_table;
    QTextBrowser *m_prompt, *m_chosen, *m_rejected;
    QLabel *m_count;
};

} // namespace micro::ui
