#pragma once

#include "store/projectstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <vector>

namespace micro::ui {

// The project's runs as a table: one row per run, key metrics on its validation rows and,
// where the dataset has a stored split, its test rows (labelled as such in the headers).
class RunTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        Name,
        Tags,
        Dataset,
        Parent,
        Model,
        K,
        Status,
        Accuracy,
        Nll,
        TestAccuracy,
        TestNll,
        Ari,
        Seconds,
        ColumnCount
    };

    explicit RunTableModel(QObject *parent = nullptr);

    void setRuns(const QList<micro::core::RunInfo> &runs);
    // One run changed (renamed, tagged): its row is updated in place. A model reset here
    // would run while the cell editor commits, closing it and moving the selection.
    void replaceRun(const micro::core::RunInfo &run);
    const micro::core::RunInfo *runAt(int row) const;
    int rowOfRun(qint64 runId) const;
    // Rows grouped by Dataset, Model or Tags (ColumnCount: none, the runs' order): groups in
    // alphabetical order (untagged last), runs by id within each; groups are shaded in turn
    // and the first row of each shows its key in bold. Rows move; runAt/rowOfRun follow.
    void setGroupBy(Column column);
    Column groupBy() const { return m_groupBy; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    // Editing a name does not change the model: it asks for the rename (which the window
    // performs as an undoable command and then refreshes the table).
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    // What a run is and how it was fitted (the chosen lr/alpha and every candidate tried,
    // Stage-2 options), and its validation and test figures: the rows' tooltip.
    static QString runDetails(const micro::core::RunInfo &run);

    // The table as CSV, as shown (one line per run).
    QString toCsv() const;

Q_SIGNALS:
    // An edit of the Name or Tags cell (column says which).
    void editRequested(qint64 runId, int column, const QString &before, const QString &after);

private:
    QString groupKey(const micro::core::RunInfo &run) const;
    void arrange(); // orders m_runs and numbers the groups

    QList<micro::core::RunInfo> m_runs;
    Column m_groupBy = ColumnCount;
    std::vector<int> m_groupOfRow; // group number of each row (grouped only)
};

} // namespace micro::ui
