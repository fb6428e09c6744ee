#include "dataview.h"

#include "comparisontablemodel.h"

#include "jobs/training.h"
#include "store/projectstore.h"
#include "util/textfiles.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QSet>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>

namespace micro::ui {

using namespace micro::core;

namespace {

QComboBox *filterBox(const QString &tooltip)
{
    auto *box = new QComboBox;
    box->setToolTip(tooltip);
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}

void fill(QComboBox *box, QStringList values, const QString &any)
{
    const QString current = box->currentData().toString();
    QSignalBlocker block(box);
    box->clear();
    box->addItem(any, QString());
    values.removeDuplicates();
    values.removeAll(QString());
    std::sort(values.begin(), values.end());
    for (const QString &v : values)
        box->addItem(v, v);
    box->setCurrentIndex(std::max(0, box->findData(current)));
    box->setEnabled(!values.isEmpty());
}

QTextBrowser *textPane(const QString &placeholder)
{
    auto *pane = new QTextBrowser;
    pane->setPlaceholderText(placeholder);
    return pane;
}

} // namespace

DataView::DataView(QWidget *parent)
    : QWidget(parent), m_model(new ComparisonTableModel(this)), m_filter(new ComparisonFilter(this)),
      m_search(new QLineEdit), m_context(filterBox(tr("Show one context only"))),
      m_group(filterBox(tr("Show one known group only"))), m_split(filterBox(tr("Training or validation rows"))),
      m_head(filterBox(tr("Rows assigned to one head"))), m_table(new QTableView), m_prompt(textPane(tr("prompt"))),
      m_chosen(textPane(tr("chosen response"))), m_rejected(textPane(tr("rejected response"))), m_count(new QLabel)
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search prompts, responses, ids and contexts"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 2);
    for (QComboBox *box : {m_context, m_group, m_split, m_head})
        filters->addWidget(box);
    filters->addWidget(m_count);

    m_table->setModel(m_filter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->setWordWrap(false);

    auto *responses = new QSplitter(Qt::Horizontal);
    auto *chosenBox = new QWidget, *rejectedBox = new QWidget;
    for (auto [box, title, pane] :
         {std::tuple{chosenBox, tr("Chosen"), m_chosen}, std::tuple{rejectedBox, tr("Rejected"), m_rejected}}) {
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(new QLabel(QStringLiteral("<b>%1</b>").arg(title)));
        l->addWidget(pane);
        responses->addWidget(box);
    }
    auto *detail = new QSplitter(Qt::Vertical);
    detail->addWidget(m_prompt);
    detail->addWidget(responses);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_table);
    split->addWidget(detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &t) {
        m_filter->setSearch(t);
        updateCount();
    });
    const std::pair<QComboBox *, int> columns[] = {{m_context, ComparisonTableModel::Context},
                                                   {m_group, ComparisonTableModel::Group},
                                                   {m_split, ComparisonTableModel::Split},
                                                   {m_head, ComparisonTableModel::Assignment}};
    for (auto [box, column] : columns)
        connect(box, &QComboBox::currentIndexChanged, this, [this, box = box, column = column] {
            m_filter->setColumnFilter(column, box->currentData().toString());
            updateCount();
        });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { updateDetail(); });
    updateCount();
}

void DataView::showRun(ProjectStore &store, qint64 runId)
{
    const RunInfo run = store.run(runId);
    std::vector<Comparison> rows = store.comparisons(run.datasetId);
    const int n = int(rows.size());
    const RowSplit s = runSplit(run, store.split(run.datasetId), n); // the rule evaluation uses
    std::vector<int> split(static_cast<std::size_t>(n), 0);
    for (int r : s.validation)
        split[std::size_t(r)] = 1;
    for (int r : s.test)
        split[std::size_t(r)] = 2;
    std::vector<int> assignment;
    std::vector<float> confidence;
    if (run.status == QLatin1String("finished")) {
        const StoredAssignments a = store.assignments(runId);
        assignment = a.hard;
        for (int i = 0; i < a.posterior.rows; ++i)
            confidence.push_back(*std::max_element(a.posterior.row(i), a.posterior.row(i) + a.posterior.cols));
    }
    m_filter->setRowSubset({});
    m_model->setData(std::move(rows), std::move(split), std::move(assignment), std::move(confidence));
    refillFilters();
    m_table->resizeColumnsToContents();
    updateCount();
    updateDetail();
}

void DataView::showDataset(ProjectStore &store, qint64 datasetId)
{
    std::vector<Comparison> rows = store.comparisons(datasetId);
    const std::vector<SplitPart> stored = store.split(datasetId);
    std::vector<int> split(rows.size(), 0);
    for (std::size_t i = 0; i < stored.size() && i < split.size(); ++i)
        split[i] = int(stored[i]);
    m_filter->setRowSubset({});
    m_model->setData(std::move(rows), std::move(split), {}, {});
    refillFilters();
    m_table->sortByColumn(ComparisonTableModel::Row, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    updateCount();
    selectRow(0); // the first comparison side by side: what was imported, at a glance
    updateDetail();
}

void DataView::refillFilters()
{
    QStringList contexts, groups, heads;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const Comparison *c = m_model->comparison(r);
        contexts << c->context;
        groups << c->knownGroup;
        heads << m_model->index(r, ComparisonTableModel::Assignment).data().toString();
    }
    fill(m_context, contexts, tr("any context"));
    fill(m_group, groups, tr("any known group"));
    fill(m_split, {tr("train"), tr("validation"), tr("test")}, tr("any split"));
    fill(m_head, heads, tr("any head"));
}

void DataView::updateDetail()
{
    const QModelIndex current = m_filter->mapToSource(m_table->currentIndex());
    const Comparison *c = m_model->comparison(current.row());
    m_prompt->setPlainText(c ? c->prompt : QString());
    m_chosen->setPlainText(c ? c->chosen : QString());
    m_rejected->setPlainText(c ? c->rejected : QString());
}

void DataView::updateCount()
{
    m_count->setText(
        m_filter->hasRowSubset()
            ? tr("%1 of %2 comparisons (box selection in Subgroups)").arg(m_filter->rowCount()).arg(m_model->rowCount())
            : tr("%1 of %2 comparisons").arg(m_filter->rowCount()).arg(m_model->rowCount()));
}

int DataView::visibleRows() const
{
    return m_filter->rowCount();
}

void DataView::setSearch(const QString &text)
{
    m_search->setText(text);
}

void DataView::setFilter(const QString &column, const QString &value)
{
    QComboBox *box = column == QLatin1String("context") ? m_context
                     : column == QLatin1String("group") ? m_group
                     : column == QLatin1String("split") ? m_split
                                                        : m_head;
    box->setCurrentIndex(std::max(0, box->findData(value)));
}

QString DataView::detailText() const
{
    return m_prompt->toPlainText() + QLatin1Char('\n') + m_chosen->toPlainText() + QLatin1Char('\n') +
           m_rejected->toPlainText();
}

bool DataView::exportCsv(const QString &path) const
{
    using micro::core::csvField;
    QString text = QStringLiteral("row,id,split,context,known_group,head,posterior,prompt,chosen,rejected\n");
    for (int r = 0; r < m_filter->rowCount(); ++r) {
        const QModelIndex source = m_filter->mapToSource(m_filter->index(r, 0));
        const Comparison *c = m_model->comparison(source.row());
        QStringList cells;
        for (int col = ComparisonTableModel::Row; col < ComparisonTableModel::Prompt; ++col)
            cells << csvField(m_model->index(source.row(), col).data().toString());
        cells << csvField(c->prompt) << csvField(c->chosen) << csvField(c->rejected);
        text += cells.join(QLatin1Char(',')) + QLatin1Char('\n');
    }
    return writeFileAtomically(path, text.toUtf8());
}

void DataView::showOnly(const std::vector<int> &datasetRows)
{
    m_filter->setRowSubset(datasetRows);
    updateCount();
}

void DataView::showComparison(int datasetRow)
{
    m_filter->setRowSubset({});
    m_search->clear();
    for (QComboBox *box : {m_context, m_group, m_split, m_head})
        box->setCurrentIndex(0);
    const QModelIndex at = m_filter->mapFromSource(m_model->index(datasetRow, 0));
    if (!at.isValid()) return;
    m_table->selectRow(at.row());
    m_table->scrollTo(at);
    updateDetail();
}

void DataView::selectRow(int visibleRow)
{
    m_table->selectRow(visibleRow);
    updateDetail();
}

} // namespace micro::ui
