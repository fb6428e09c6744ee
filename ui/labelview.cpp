#include "labelview.h"

#include "errortext.h"
#include "plotview.h"
#include "qcustomplotinclude.h"
#include "worddiff.h"

#include "labels/agreement.h"
#include "labels/labelio.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
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
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent>
#include <QtEndian>
#include <cmath>
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

// One label as an undoable step: the label is already stored when the command is pushed;
// undo deletes it, redo stores it anew. The stored row changes whatever is shown now; the
// session, its weights and the item on screen follow only when the label is of the session
// being labelled (the user may have moved to another run or context since).
class LabelCommand : public QUndoCommand
{
public:
    LabelCommand(LabelView *view, Label label)
        : QUndoCommand(QCoreApplication::translate("micro::ui::LabelView", "Label comparison %1").arg(label.row)),
          m_view(view), m_label(std::move(label))
    {
    }
    void undo() override
    {
        if (!m_stored) // an earlier redo failed: nothing in the project to take back
            return;
        try {
            m_view->forgetLabel(m_label);
            m_stored = false;
            if (m_view->isCurrentSession(m_label)) {
                m_view->m_item = LabellingSession::Item{m_label.row, m_label.leftIsChosen};
                m_view->showItem();
            }
        } catch (const MicroError &e) {
            m_view->failed(errorText(e.error()));
        }
    }
    void redo() override
    {
        if (m_first) { // decide() stored it already
            m_first = false;
            return;
        }
        if (m_stored) // an earlier undo failed: the label is still in the project
            return;
        try {
            m_label.id = m_view->storeLabel(m_label);
            m_stored = true;
            if (m_view->isCurrentSession(m_label)) m_view->showNext();
        } catch (const MicroError &e) {
            m_label.id = 0;
            m_view->failed(errorText(e.error()));
        }
    }

private:
    LabelView *m_view;
    Label m_label;
    bool m_first = true;
    bool m_stored = true; // whether the label is in the project now (undo/redo can fail)
};

LabelView::LabelView(QWidget *parent) : QWidget(parent)
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
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->setInsetAlignment(0, Qt::AlignBottom |
                                                                Qt::AlignLeft); // weights start at 1/K, mid-height
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
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
    m_agreement->setMinimumWidth(m_agreement->horizontalHeader()->sizeHint().width() + 4);
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

    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(work);
    split->addWidget(side);
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
    ++m_loadGeneration;
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
        ++m_loadGeneration;
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
    ++m_loadGeneration;
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
    const quint64 generation = ++m_loadGeneration;
    if (m_data) {
        beginSession(annotator, context);
        return true;
    }
    // Features can be hundreds of MB: read on a worker with its own connection, so the
    // window keeps responding.
    m_message->setText(tr("Loading the comparisons…"));
    m_start->setEnabled(false);
    struct Loaded
    {
        std::shared_ptr<const Dataset> data;
        std::optional<Error> error;
    };
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcher<Loaded>::finished, this, [=] {
        const Loaded loaded = watcher->result();
        watcher->deleteLater();
        m_start->setEnabled(true);
        if (generation != m_loadGeneration) return; // another run or another start since
        if (loaded.error) {
            failed(errorText(*loaded.error));
            return;
        }
        m_data = loaded.data;
        beginSession(annotator, context);
    });
    const QString path = m_store->path();
    const qint64 datasetId = m_datasetId;
    watcher->setFuture(QtConcurrent::run([path, datasetId] {
        Loaded out;
        try {
            ProjectStore store(path, ProjectStore::OpenMode::MustExist);
            out.data = std::make_shared<const Dataset>(store.loadDataset(datasetId));
        } catch (const MicroError &e) {
            out.error = e.error();
        } catch (const std::bad_alloc &) {
            out.error = Error{ErrorCode::Internal, path, QStringLiteral("out of memory")};
        } catch (const std::exception &e) { // nothing may leave a worker into the GUI thread
            out.error = Error{ErrorCode::Internal, path, QString::fromLocal8Bit(e.what())};
        }
        return out;
    }));
    return true;
}

void LabelView::beginSession(const QString &annotator, const QString &context)
{
    try {
        // Seeded by who and what, the same in every process (qHash is randomised per run).
        const QByteArray key =
            QCryptographicHash::hash((annotator + QChar(0x1f) + context).toUtf8(), QCryptographicHash::Sha1);
        m_session = std::make_unique<LabellingSession>(*m_data, m_heads, annotator, context, m_target->value(),
                                                       qFromLittleEndian<quint64>(key.constData()));
        m_session->resume(m_store->labels(m_datasetId));
        m_message->clear();
        showNext();
        refreshWeights();
        refreshAgreement();
        setFocus(); // the keys act on the view from here on
        Q_EMIT ready();
    } catch (const MicroError &e) {
        m_session.reset();
        failed(errorText(e.error()));
    }
}

void LabelView::showNext()
{
    if (!m_session) return;
    try {
        m_item = m_session->next(m_order->currentIndex() == 1 ? LabellingSession::Order::MostInformative
                                                              : LabellingSession::Order::Random);
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        m_item.reset();
    }
    showItem();
}

void LabelView::showItem()
{
    m_pendingNote.clear();
    const bool has = m_session && m_item && m_data && m_item->row >= 0 && m_item->row < m_data->size();
    for (QPushButton *b : m_decisionButtons)
        b->setEnabled(has);
    if (!has) {
        m_prompt->clear();
        m_left->clear();
        m_right->clear();
        if (m_session) m_message->setText(tr("Every comparison has a label from you in this context."));
        refreshProgress();
        return;
    }
    const Comparison &c = m_data->comparisons[std::size_t(m_item->row)];
    m_prompt->setPlainText(c.prompt);
    showResponses();
    m_shownFor.start();
    refreshProgress();
}

void LabelView::showResponses()
{
    if (!m_session || !m_item || !m_data || m_item->row < 0 || m_item->row >= m_data->size()) return;
    const Comparison &c = m_data->comparisons[std::size_t(m_item->row)];
    const QString &left = m_item->leftIsChosen ? c.chosen : c.rejected;
    const QString &right = m_item->leftIsChosen ? c.rejected : c.chosen;
    if (!m_highlight->isChecked()) {
        m_left->setPlainText(left);
        m_right->setPlainText(right);
        return;
    }
    // A light amber on a light base, a dark one on a dark base: the text stays readable.
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    const DiffHtml diff = highlightDifferences(left, right, dark ? QColor(120, 90, 20) : QColor(253, 230, 138));
    m_left->setHtml(diff.left);
    m_right->setHtml(diff.right);
}

void LabelView::decide(Decision d)
{
    if (!m_session || !m_item || !m_data) return;
    Label l;
    l.datasetId = m_datasetId;
    l.row = m_item->row;
    l.annotator = m_session->annotator();
    l.context = m_session->context();
    l.leftIsChosen = m_item->leftIsChosen;
    l.seconds = double(m_shownFor.elapsed()) / 1000.0;
    l.note = m_pendingNote;
    switch (d) {
    case Decision::Left:
        l.choice = m_item->leftIsChosen ? LabelChoice::Chosen : LabelChoice::Rejected;
        break;
    case Decision::Right:
        l.choice = m_item->leftIsChosen ? LabelChoice::Rejected : LabelChoice::Chosen;
        break;
    case Decision::Tie:
        l.choice = LabelChoice::Tie;
        break;
    case Decision::Skip:
        l.choice = LabelChoice::Skip;
        break;
    }
    try {
        l.id = storeLabel(l); // committed before anything else happens
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        return;
    }
    if (m_undo) m_undo->push(new LabelCommand(this, l));
    showNext();
}

bool LabelView::isCurrentSession(const Label &label) const
{
    return m_session && m_data && label.datasetId == m_datasetId && label.annotator == m_session->annotator() &&
           label.context == m_session->context() && label.row >= 0 && label.row < m_data->size();
}

qint64 LabelView::storeLabel(const Label &label)
{
    const qint64 id = m_store->addLabel(label); // throws: nothing below happens
    if (isCurrentSession(label)) {
        Label stored = label;
        stored.id = id;
        m_session->record(stored);
        saveHistory();
        refreshWeights();
    }
    refreshAgreement();
    Q_EMIT labelled();
    return id;
}

void LabelView::forgetLabel(const Label &label)
{
    m_store->deleteLabel(label.id); // throws: nothing below happens
    if (isCurrentSession(label)) {
        m_session->undo(label.id);
        saveHistory();
        refreshWeights();
    }
    refreshAgreement();
    Q_EMIT labelled();
}

void LabelView::undoLast()
{
    if (m_undo && m_undo->canUndo()) m_undo->undo();
}

void LabelView::addNote(const QString &note)
{
    m_pendingNote = note;
    m_message->setText(note.isEmpty() ? QString() : tr("Note kept for this comparison's label."));
}

void LabelView::saveHistory()
{
    if (!m_session || !m_session->hasWeights() || m_runId == 0) return;
    std::vector<RoutingStep> steps;
    for (const OnlineHedge::Step &s : m_session->history())
        steps.push_back(RoutingStep{s.round, s.weightsBefore, s.headLoss, s.mixtureLoss, s.cumulativeMixtureLoss,
                                    s.bestHead, s.bestHeadCumulativeLoss, s.regret});
    try {
        // One sequence per context and annotator, beside the run's own routing history.
        // The key is data, not interface text: the same in every language.
        m_store->saveRoutingHistory(
            m_runId, QStringLiteral("%1 (labels by %2)").arg(m_session->context(), m_session->annotator()), steps);
        Q_EMIT historyChanged(m_runId);
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
    }
}

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
    if (!m_session || !m_session->hasWeights()) {
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
        writeLabelsJsonl(path, m_store->labels(m_datasetId), m_store->comparisons(m_datasetId));
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
        // All read and checked before the first is stored: a bad line imports nothing.
        std::vector<Label> labels = readLabelsJsonl(path, m_store->comparisons(m_datasetId));
        for (Label &l : labels)
            l.datasetId = m_datasetId;
        const int added = m_store->addLabels(labels); // one transaction; repeats skipped
        m_message->setText(tr("%n label(s) imported.", nullptr, added));
        if (m_session) start(); // replay with the new labels
        refreshAgreement();
        return true;
    } catch (const MicroError &e) {
        failed(errorText(e.error()));
        return false;
    }
}

void LabelView::failed(const QString &message)
{
    m_message->setText(QStringLiteral("<span style='color:#b00020'>%1</span>").arg(message.toHtmlEscaped()));
}

} // namespace micro::ui
