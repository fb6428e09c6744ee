#include "labelview.h"

#include "errortext.h"
#include "plotview.h"
#include "qcustomplotinclude.h"

#include "store/projectstore.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <map>

namespace micro::ui {

using namespace micro::core;

namespace {
const char *kAnnotatorKey = "labelling/annotator";
const char *kHighlightKey = "labelling/highlightDifferences";
const char *kTargetKey = "labelling/target";

// The dataset's contexts, sorted: from its texts alone (the features are loaded on Start).
QStringList datasetContexts(ProjectStore &store, qint64 datasetId)
{
    Dataset texts;
    texts.comparisons = store.comparisons(datasetId);
    return texts.sortedContexts();
}
} // namespace

LabelView::LabelView(QWidget *parent)
    : QWidget(parent), m_load(
                           this, [this](std::shared_ptr<const Dataset> data) { takeLoaded(std::move(data)); },
                           [this](const Error &e) {
                               m_start->setEnabled(true);
                               failed(errorText(e));
                           })
{
    buildLayout();
    buildShortcuts();
    QSettings settings;
    m_annotator->setText(settings.value(QLatin1String(kAnnotatorKey)).toString());
    m_target->setValue(settings.value(QLatin1String(kTargetKey), 50).toInt());
}

LabelView::~LabelView() = default;

void LabelView::buildLayout()
{
    m_annotator = new QLineEdit;
    m_annotator->setObjectName(QStringLiteral("labelAnnotator"));
    m_annotator->setPlaceholderText(tr("your name"));
    m_annotator->setToolTip(tr("Stored with every label; remembered for next time"));
    m_context = new QComboBox;
    m_context->setObjectName(QStringLiteral("labelContext"));
    m_context->setEditable(true);
    m_context->setMinimumWidth(220);
    m_context->setToolTip(tr("The criterion to judge by: one of the dataset's contexts, or type a new one (e.g. \"the "
                             "user wants concise answers\")"));
    m_order = new QComboBox;
    m_order->setObjectName(QStringLiteral("labelOrder"));
    m_order->addItem(tr("Random"));
    m_order->addItem(tr("Most informative"));
    m_order->setToolTip(tr("Most informative: the comparison on which the heads, weighted by the current routing, "
                           "disagree most (needs a trained run)"));
    m_target = new QSpinBox;
    m_target->setRange(1, 100000);
    m_target->setToolTip(tr("Labels wanted per context"));
    m_start = new QPushButton(tr("Start"));
    m_start->setObjectName(QStringLiteral("labelStart"));
    connect(m_start, &QPushButton::clicked, this, [this] { start(); });
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Annotator:")));
    top->addWidget(m_annotator);
    top->addWidget(new QLabel(tr("Context:")));
    top->addWidget(m_context, 1);
    top->addWidget(new QLabel(tr("Order:")));
    top->addWidget(m_order);
    top->addWidget(new QLabel(tr("Target:")));
    top->addWidget(m_target);
    top->addWidget(m_start);

    m_source = new QLabel(tr("Show a run or import data to label its comparisons."));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("labelProgress"));
    m_progress->setFormat(tr("%v of %m labelled in this context"));

    m_prompt = new QTextBrowser;
    m_prompt->setPlaceholderText(tr("prompt"));
    m_left = new QTextBrowser;
    m_left->setObjectName(QStringLiteral("labelLeft"));
    m_right = new QTextBrowser;
    m_right->setObjectName(QStringLiteral("labelRight"));
    auto *leftBox = new QGroupBox(tr("1 · Left"));
    (new QVBoxLayout(leftBox))->addWidget(m_left);
    auto *rightBox = new QGroupBox(tr("2 · Right"));
    (new QVBoxLayout(rightBox))->addWidget(m_right);
    auto *responses = new QSplitter(Qt::Horizontal);
    responses->addWidget(leftBox);
    responses->addWidget(rightBox);
    // Where two long responses differ: the words only one of them has, highlighted.
    m_highlight = new QCheckBox(tr("Highlight &differences"));
    m_highlight->setObjectName(QStringLiteral("labelHighlight"));
    m_highlight->setToolTip(tr("Marks the words that only one response has (a word-by-word comparison)"));
    m_highlight->setChecked(QSettings().value(QLatin1String(kHighlightKey), true).toBool());
    connect(m_highlight, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kHighlightKey), on);
        showResponses();
    });
    auto *responsesBox = new QWidget;
    auto *responsesLayout = new QVBoxLayout(responsesBox);
    responsesLayout->setContentsMargins(0, 0, 0, 0);
    responsesLayout->addWidget(m_highlight);
    responsesLayout->addWidget(responses, 1);
    // Guidelines per context, written here and kept in the project for every annotator.
    m_guidelines = new QPlainTextEdit;
    m_guidelines->setObjectName(QStringLiteral("labelGuidelines"));
    m_guidelines->setPlaceholderText(tr("Guidelines for this context: what counts as better, examples, edge cases. "
                                        "Saved in the project for everyone who labels this dataset."));
    m_guidelinesTitle = new QLabel(tr("Guidelines"));
    auto *guidelinesBox = new QWidget;
    auto *guidelinesLayout = new QVBoxLayout(guidelinesBox);
    guidelinesLayout->setContentsMargins(0, 0, 0, 0);
    guidelinesLayout->addWidget(m_guidelinesTitle);
    guidelinesLayout->addWidget(m_guidelines, 1);
    m_guidelinesSave = new QTimer(this);
    m_guidelinesSave->setSingleShot(true);
    m_guidelinesSave->setInterval(800); // saved a moment after typing stops, and on switching
    connect(m_guidelinesSave, &QTimer::timeout, this, &LabelView::saveGuidelines);
    connect(m_guidelines, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loadingGuidelines) return;
        m_guidelinesDirty = true;
        m_guidelinesSave->start();
    });
    connect(m_context, &QComboBox::currentTextChanged, this, &LabelView::loadGuidelines);
    auto *texts = new QSplitter(Qt::Vertical);
    texts->addWidget(guidelinesBox);
    texts->addWidget(m_prompt);
    texts->addWidget(responsesBox);
    texts->setStretchFactor(0, 1);
    texts->setStretchFactor(1, 2);
    texts->setStretchFactor(2, 4);

    auto *buttons = new QHBoxLayout;
    auto addButton = [&](const QString &text, const QString &tip, Decision d) {
        auto *b = new QPushButton(text);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, [this, d] { decide(d); });
        buttons->addWidget(b);
        m_decisionButtons << b;
    };
    addButton(tr("1  Left is better"), tr("Key 1 or Left arrow"), Decision::Left);
    addButton(tr("2  Right is better"), tr("Key 2 or Right arrow"), Decision::Right);
    addButton(tr("T  Tie"), tr("Key T: neither is better"), Decision::Tie);
    addButton(tr("S  Skip"), tr("Key S: pass on this one"), Decision::Skip);
    auto *note = m_noteButton = new QPushButton(tr("N  Note…"));
    note->setToolTip(tr("Key N: a note stored with this item's label"));
    connect(note, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString text = QInputDialog::getText(this, tr("Note"), tr("Note for this comparison:"), QLineEdit::Normal,
                                                   m_pendingNote, &ok);
        if (ok) addNote(text);
    });
    buttons->addWidget(note);
    auto *undo = new QPushButton(tr("Undo"));
    undo->setToolTip(tr("Ctrl+Z: take back the last label (any number of steps)"));
    connect(undo, &QPushButton::clicked, this, &LabelView::undoLast);
    buttons->addWidget(undo);
    m_message = new QLabel;
    m_message->setWordWrap(true);

    auto *work = new QWidget;
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->addWidget(m_source);
    workLayout->addWidget(m_progress);
    workLayout->addWidget(texts, 1);
    workLayout->addLayout(buttons);
    workLayout->addWidget(m_message);

    // Side panel: the context's routing weights, agreement, labels in and out.
    m_plot = new QCustomPlot;
    m_plot->setObjectName(QStringLiteral("labelWeightsPlot"));
    m_plot->setMinimumHeight(200);
    m_plot->xAxis->setLabel(tr("labels given (Hedge rounds)"));
    m_plot->yAxis->setLabel(tr("routing weight"));
    m_plot->yAxis->setRange(0, 1);
    PlotView::useIntegerTicks(m_plot->xAxis); // rounds are whole numbers
    // The legend goes under the axes once there are weights (refreshWeights): inside them it
    // covered the first rounds, where every weight is near 1/K. Until then it is in no layout:
    // an empty legend under the axes caps their width at its own (a layout column is as
    // narrow as its narrowest element's maximum), which left a 50 px plot.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->axisRect()->insetLayout()->simplify();
    m_plot->legend->setVisible(false);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    // The theme's colours, as the views' plots (this one is not a PlotView).
    connect(m_plot, &QCustomPlot::beforeReplot, this, [this] { PlotView::applyPalette(m_plot, palette()); });
    m_weightsText = new QLabel;
    m_weightsText->setWordWrap(true);
    m_weightsText->setMinimumHeight(m_weightsText->fontMetrics().lineSpacing() * 3); // never clipped by the plot
    m_weightsText->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    m_first = new QComboBox;
    m_second = new QComboBox;
    for (QComboBox *b : {m_first, m_second})
        connect(b, &QComboBox::currentTextChanged, this, &LabelView::refreshAgreement);
    m_agreement = new QTableWidget(0, 4);
    m_agreement->setObjectName(QStringLiteral("labelAgreement"));
    m_agreement->setHorizontalHeaderLabels({tr("Context"), tr("Items"), tr("Agreement"), tr("Cohen's kappa")});
    m_agreement->verticalHeader()->hide();
    m_agreement->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agreement->horizontalHeader()->setStretchLastSection(true);
    // Headers in full ("Cohen's kappa" read "Cohen's ka"), in either language.
    m_agreement->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    int headerWidth = 4;
    for (int c = 0; c < m_agreement->columnCount(); ++c)
        headerWidth += m_agreement->horizontalHeader()->fontMetrics().horizontalAdvance(
                           m_agreement->horizontalHeaderItem(c)->text()) +
                       m_agreement->horizontalHeader()->style()->pixelMetric(QStyle::PM_HeaderMargin) * 2 + 12;
    m_agreement->setMinimumWidth(headerWidth); // the header's own size hint is taken before it is laid out
    auto *pair = new QHBoxLayout;
    pair->addWidget(m_first);
    pair->addWidget(new QLabel(tr("vs")));
    pair->addWidget(m_second);
    auto *exportButton = new QPushButton(tr("Export Labels…"));
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Labels"), {}, tr("JSON Lines (*.jsonl)"));
        if (!path.isEmpty()) exportLabels(path);
    });
    auto *importButton = new QPushButton(tr("Import Labels…"));
    connect(importButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Labels"), {}, tr("JSON Lines (*.jsonl)"));
        if (!path.isEmpty()) importLabels(path);
    });
    auto *adapt = new QPushButton(tr("Adapt Routing with These Labels"));
    adapt->setObjectName(QStringLiteral("labelAdapt"));
    adapt->setToolTip(tr("Stage 2 on the run's heads with your labels as the labelled set (one child run)"));
    connect(adapt, &QPushButton::clicked, this, [this] {
        if (m_runId == 0)
            failed(tr("Adapting the routing needs a finished run with two or more heads."));
        else
            Q_EMIT adaptOnLabelsRequested(m_runId, m_datasetId);
    });
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("<b>Routing for this context</b>")));
    sideLayout->addWidget(m_plot, 2);
    sideLayout->addWidget(m_weightsText);
    sideLayout->addWidget(new QLabel(tr("<b>Agreement</b>")));
    sideLayout->addLayout(pair);
    sideLayout->addWidget(m_agreement, 1);
    auto *io = new QHBoxLayout;
    io->addWidget(exportButton);
    io->addWidget(importButton);
    sideLayout->addLayout(io);
    sideLayout->addWidget(adapt);

    // Wide enough for the agreement table's headers and a readable plot: at 1100 px the
    // response panes took all but ~200 px, cutting "Cohen's kappa" and the plot's axis label.
    side->setMinimumWidth(std::max(m_agreement->minimumWidth(), fontMetrics().averageCharWidth() * 44));
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(work);
    split->addWidget(side);
    split->setCollapsible(1, false);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);
}

void LabelView::buildShortcuts()
{
    // Keyboard first. Line edits take their own typing (they override shortcuts for text
    // keys), so these only act when the focus is elsewhere in the view.
    auto add = [this](const QKeySequence &key, auto slot) {
        auto *s = new QShortcut(key, this);
        s->setContext(Qt::WidgetWithChildrenShortcut);
        connect(s, &QShortcut::activated, this, slot);
    };
    add(QKeySequence(Qt::Key_1), [this] { decide(Decision::Left); });
    add(QKeySequence(Qt::Key_Left), [this] { decide(Decision::Left); });
    add(QKeySequence(Qt::Key_2), [this] { decide(Decision::Right); });
    add(QKeySequence(Qt::Key_Right), [this] { decide(Decision::Right); });
    add(QKeySequence(Qt::Key_T), [this] { decide(Decision::Tie); });
    add(QKeySequence(Qt::Key_S), [this] { decide(Decision::Skip); });
    add(QKeySequence(Qt::Key_N), [this] { m_noteButton->click(); });
    // Ctrl+Z is the window's Undo: labels are steps on its undo stack.
}

void LabelView::setProject(ProjectStore *store, QUndoStack *undo)
{
    saveGuidelines(); // to the project they were written in
    m_store = store;
    m_undo = undo;
    m_load.cancel();
    m_start->setEnabled(true); // a load in flight is dropped
    m_runId = m_datasetId = 0;
    m_session.reset();
    m_data.reset();
    m_item.reset();
    loadGuidelines();
    showItem();
}

void LabelView::flushEdits()
{
    saveGuidelines();
}

void LabelView::loadGuidelines()
{
    saveGuidelines(); // what was typed for the previous context or dataset
    m_guidelinesDataset = m_datasetId;
    m_guidelinesContext = m_context->currentText().trimmed();
    QString text;
    if (m_store && m_datasetId > 0 && !m_guidelinesContext.isEmpty()) {
        try {
            text = m_store->guidelines(m_datasetId, m_guidelinesContext);
        } catch (const MicroError &e) {
            failed(errorText(e.error()));
        }
    }
    m_loadingGuidelines = true;
    m_guidelines->setPlainText(text);
    m_loadingGuidelines = false;
    const bool usable = m_store && m_datasetId > 0 && !m_guidelinesContext.isEmpty();
    m_guidelines->setEnabled(usable);
    m_guidelinesTitle->setText(usable ? tr("Guidelines for \u201c%1\u201d").arg(m_guidelinesContext)
                                      : tr("Guidelines (choose a context)"));
}

void LabelView::saveGuidelines()
{
    if (!m_guidelinesDirty) return; // nothing typed since the last save
    m_guidelinesDirty = false;
    m_guidelinesSave->stop();
    if (!m_store || m_guidelinesDataset <= 0 || m_guidelinesContext.isEmpty()) return;
    try {
        m_store->setGuidelines(m_guidelinesDataset, m_guidelinesContext, m_guidelines->toPlainText());
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
    }
}

void LabelView::setRun(qint64 runId)
{
    if (!m_store) return;
    try {
        RunInfo run = m_store->run(runId);
        // An adapted run reads prompt + context one-hot: its parent's heads read the data.
        if (run.parentRunId > 0) run = m_store->run(run.parentRunId);
        const bool usable = run.status == QLatin1String("finished") && run.k >= 2;
        if (run.datasetId == m_datasetId && (usable ? run.id : 0) == m_runId) return;
        m_runId = usable ? run.id : 0;
        m_heads.reset();
        if (usable) m_heads = m_store->parameters(run.id);
        if (run.datasetId != m_datasetId) m_data.reset(); // loaded on Start
        m_datasetId = run.datasetId;
        m_load.cancel();
        m_start->setEnabled(true); // a load in flight is dropped
        m_session.reset();
        m_item.reset();
        const QString typed = m_context->currentText();
        m_context->clear();
        m_context->addItems(datasetContexts(*m_store, m_datasetId));
        if (!typed.isEmpty()) m_context->setCurrentText(typed);
        m_source->setText(usable ? tr("Labelling %1 with the heads of %2.").arg(run.datasetName, run.name)
                                 : tr("Labelling %1 (no finished run with two or more heads: no routing weights).")
                                       .arg(run.datasetName));
        loadGuidelines();
        showItem();
        refreshAgreement();
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
    }
}

void LabelView::setDataset(qint64 datasetId)
{
    if (!m_store) return;
    m_runId = 0;
    m_heads.reset();
    if (datasetId != m_datasetId) m_data.reset();
    m_datasetId = datasetId;
    m_load.cancel();
    m_start->setEnabled(true); // a load in flight is dropped
    m_session.reset();
    m_item.reset();
    try {
        QString name;
        for (const DatasetInfo &d : m_store->datasets())
            if (d.id == datasetId) name = d.name;
        m_context->clear();
        m_context->addItems(datasetContexts(*m_store, datasetId));
        m_source->setText(tr("Labelling %1 (no run: no routing weights).").arg(name));
        loadGuidelines();
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
    }
    showItem();
    refreshAgreement();
}

void LabelView::setAnnotator(const QString &name)
{
    m_annotator->setText(name);
}

void LabelView::setContext(const QString &context)
{
    m_context->setCurrentText(context);
}

void LabelView::setMostInformative(bool on)
{
    m_order->setCurrentIndex(on ? 1 : 0);
}

bool LabelView::start()
{
    const QString annotator = m_annotator->text().trimmed();
    const QString context = m_context->currentText().trimmed();
    if (!m_store || m_datasetId == 0) {
        failed(tr("Open a project and show a run (or import data) first."));
        return false;
    }
    if (annotator.isEmpty()) {
        failed(tr("Type your name as annotator: every label is stored with it."));
        m_annotator->setFocus();
        return false;
    }
    QSettings settings;
    settings.setValue(QLatin1String(kAnnotatorKey), annotator);
    settings.setValue(QLatin1String(kTargetKey), m_target->value());
    m_session.reset();
    m_item.reset();
    showItem();
    m_load.cancel(); // a load for an earlier start is dropped
    if (m_data) {
        beginSession(annotator, context);
        return true;
    }
    // Features can be hundreds of MB: read on a worker with its own connection, so the
    // window keeps responding.
    m_message->setText(tr("Loading the comparisons…"));
    m_start->setEnabled(false);
    m_pendingAnnotator = annotator;
    m_pendingContext = context;
    const QString path = m_store->path();
    const qint64 datasetId = m_datasetId;
    m_load.start([path, datasetId](const CancelToken &cancel) -> std::shared_ptr<const Dataset> {
        if (cancel.isCancelled()) return nullptr; // superseded while queued (or closing): not read
        ProjectStore store(path, ProjectStore::OpenMode::MustExist);
        return std::make_shared<const Dataset>(store.loadDataset(datasetId));
    });
    return true;
}

void LabelView::takeLoaded(std::shared_ptr<const Dataset> data)
{
    m_start->setEnabled(true);
    m_data = std::move(data);
    beginSession(m_pendingAnnotator, m_pendingContext);
}

void LabelView::failed(const QString &message)
{
    m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

} // namespace micro::ui
