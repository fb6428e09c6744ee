#include "importwizard.h"

#include "errortext.h"
#include "io/preferenceimporter.h"
#include "util/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
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
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>
#include <functional>
#include <iterator>

namespace micro::ui {

using namespace micro::core;

// A page whose completeness and file drops the wizard decides: every widget and every tr()
// context stays in ImportWizard, and the page needs no moc of its own.
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
        if (fileDropped && !localFile(event->mimeData()).isEmpty())
            event->acceptProposedAction();
    }
    void dropEvent(QDropEvent *event) override
    {
        const QString path = localFile(event->mimeData());
        if (!fileDropped || path.isEmpty())
            return;
        event->acceptProposedAction();
        fileDropped(path);
    }

private:
    static QString localFile(const QMimeData *mime)
    {
        if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
            return {};
        const QUrl url = mime->urls().constFirst();
        return url.isLocalFile() ? url.toLocalFile() : QString();
    }
};

namespace {

struct RoleField
{
    const char *objectName;
    const char *label;
    const char *tip;
    QString ColumnMapping::*column;
};

#define TR_NOOP(text) QT_TRANSLATE_NOOP("micro::ui::ImportWizard", text)
const RoleField kRoles[] = {
    {"importMapPrompt", TR_NOOP("Prompt:"),
     TR_NOOP("The prompt or conversation both responses answer (detected: prompt, input, question, ...). "
             "Implicit-prompt and HH files have none: the shared start of the two texts is the prompt."),
     &ColumnMapping::prompt},
    {"importMapChosen", TR_NOOP("Chosen:"),
     TR_NOOP("The preferred response: a string, a list of {role, content} messages or an HH transcript."),
     &ColumnMapping::chosen},
    {"importMapRejected", TR_NOOP("Rejected:"), TR_NOOP("The response that lost, in the same form as the chosen one."),
     &ColumnMapping::rejected},
    {"importMapA", TR_NOOP("Response A:"),
     TR_NOOP("Two-responses-plus-label files (e.g. output_1, conv_A): the first response. "
             "Map response A, response B and the label together."),
     &ColumnMapping::responseA},
    {"importMapB", TR_NOOP("Response B:"), TR_NOOP("The second response (e.g. output_2, conv_B); mapped with A and the label."),
     &ColumnMapping::responseB},
    {"importMapLabel", TR_NOOP("Label:"),
     TR_NOOP("Which of A and B is preferred (e.g. 1|2, 0|1, A/B). Say below which value means what."),
     &ColumnMapping::label},
    {"importMapContext", TR_NOOP("Context:"),
     TR_NOOP("Optional: the objective, criterion or domain the rater judged by (context, criteria, attribute, "
             "objective, domain). The router can read it."),
     &ColumnMapping::context},
    {"importMapGroup", TR_NOOP("Known group:"),
     TR_NOOP("Optional: who rated or which subset (group, subset, rater, user_id); kept to compare with the "
             "learned heads, never used for training."),
     &ColumnMapping::group},
    {"importMapId", TR_NOOP("Id:"), TR_NOOP("Optional: a row id, used to count duplicates and to align embeddings."),
     &ColumnMapping::id},
};
#undef TR_NOOP
static_assert(std::size(kRoles) == 9, "one combo per ColumnMapping role");

// Plain text, since messages quote paths and file contents; selectable so they can be copied.
QLabel *messageLabel()
{
    auto *label = new QLabel;
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

// Keeps the chosen column even when the previewed rows lack it (JSON rows may differ).
void selectColumn(QComboBox *combo, const QString &column)
{
    int index = column.isEmpty() ? 0 : combo->findData(column);
    if (index < 0) {
        combo->addItem(column, column);
        index = combo->count() - 1;
    }
    combo->setCurrentIndex(index);
}

QString mappingKey(const QString &absolutePath)
{
    return QStringLiteral("import/mappings/")
           + QString::fromLatin1(QCryptographicHash::hash(absolutePath.toUtf8(), QCryptographicHash::Sha1).toHex());
}

QString defaultDatasetName(const QString &path)
{
    QString name = QFileInfo(path).fileName();
    static const QLatin1String suffixes[] = {QLatin1String(".gz"), QLatin1String(".jsonl"), QLatin1String(".json"),
                                             QLatin1String(".csv"), QLatin1String(".tsv")};
    for (bool stripped = true; stripped;) { // "x.jsonl.gz" -> "x"
        stripped = false;
        for (const QLatin1String &s : suffixes)
            if (name.size() > s.size() && name.endsWith(s, Qt::CaseInsensitive)) {
                name.chop(s.size());
                stripped = true;
            }
    }
    return name;
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
    m_fileEdit = new QLineEdit;
    m_fileEdit->setObjectName(QStringLiteral("importFileEdit"));
    m_fileEdit->setPlaceholderText(tr("Path of a .jsonl, .json, .csv or .tsv file, optionally .gz"));
    m_fileEdit->setToolTip(tr("The file to import. Rows may be prompt/chosen/rejected, chosen/rejected only, "
                              "conversations, HH transcripts, two responses plus a label, or ratings."));
    m_fileEdit->setAcceptDrops(false); // a dropped file goes to the page, which takes its path, not its URL text
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
        if (!path.isEmpty())
            m_fileEdit->setText(QDir::toNativeSeparators(path));
    });
    setPage(FilePage, m_filePage);
}

void ImportWizard::buildPreviewPage()
{
    auto *page = new Page;
    page->setTitle(tr("Preview"));
    page->setSubTitle(tr("The first rows as the import reads them, and the row shape it would choose."));
    m_shapeLabel = messageLabel();
    m_shapeLabel->setObjectName(QStringLiteral("importShapeLabel"));
    m_previewTable = new QTableWidget;
    m_previewTable->setObjectName(QStringLiteral("importPreviewTable"));
    m_previewTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewTable->setWordWrap(false);
    m_previewTable->horizontalHeader()->setMaximumSectionSize(320); // cells hold up to 200 characters
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_shapeLabel);
    layout->addWidget(m_previewTable, 1);
    setPage(PreviewPage, page);
}

void ImportWizard::buildMappingPage()
{
    auto *page = new Page;
    page->setTitle(tr("Columns and labels"));
    page->setSubTitle(tr("Name your columns where detection is not enough, then check the shape the import would choose."));
    auto *columns = new QGroupBox(tr("Columns"));
    auto *columnForm = new QFormLayout(columns);
    for (int i = 0; i < kRoleCount; ++i) {
        m_roles[i] = new QComboBox;
        m_roles[i]->setObjectName(QLatin1String(kRoles[i].objectName));
        m_roles[i]->setToolTip(tr(kRoles[i].tip));
        m_roles[i]->addItem(tr("(detected)"), QString());
        columnForm->addRow(tr(kRoles[i].label), m_roles[i]);
    }

    m_format = new QComboBox;
    m_format->setObjectName(QStringLiteral("importFormatCombo"));
    const std::pair<const char *, QString> formats[] = {
        {"auto", tr("auto")}, {"jsonl", tr("JSON Lines")}, {"json", tr("JSON array")}, {"csv", tr("CSV")},
        {"tsv", tr("TSV")}, {"hh", tr("Anthropic HH transcripts")}, {"ratings", tr("Ratings per response")}};
    for (const auto &[key, text] : formats)
        m_format->addItem(text, QLatin1String(key));
    m_format->setToolTip(tr("auto: the container from the name and content (JSON Lines, JSON array, CSV, TSV; "
                            ".gz too) and the row shape from the columns. HH and ratings force that row shape."));
    m_onError = new QComboBox;
    m_onError->addItem(tr("Skip and count"), int(OnError::Skip));
    m_onError->addItem(tr("Stop at the first"), int(OnError::Stop));
    m_onError->setToolTip(tr("A malformed row is either skipped and counted in the import report, or stops the "
                             "import with file:line and what was expected."));
    auto *reading = new QGroupBox(tr("Reading"));
    auto *readingForm = new QFormLayout(reading);
    readingForm->addRow(tr("Format:"), m_format);
    readingForm->addRow(tr("Malformed rows:"), m_onError);

    m_labelA = new QLineEdit;
    m_labelA->setObjectName(QStringLiteral("importLabelA"));
    m_labelA->setPlaceholderText(tr("e.g. 1"));
    m_labelA->setToolTip(tr("The label value meaning response A is preferred (e.g. 1, 0 or A). Leave all three "
                            "empty for the usual encodings; one that cannot be read unambiguously is refused."));
    m_labelB = new QLineEdit;
    m_labelB->setObjectName(QStringLiteral("importLabelB"));
    m_labelB->setPlaceholderText(tr("e.g. 2"));
    m_labelB->setToolTip(tr("The label value meaning response B is preferred (e.g. 2, 1 or B)."));
    m_labelTie = new QLineEdit;
    m_labelTie->setObjectName(QStringLiteral("importLabelTie"));
    m_labelTie->setPlaceholderText(tr("optional, e.g. 0"));
    m_labelTie->setToolTip(tr("Optional: the label value meaning a tie. Ties are dropped and counted."));
    auto *labels = new QGroupBox(tr("Label values"));
    auto *labelForm = new QFormLayout(labels);
    labelForm->addRow(tr("A preferred:"), m_labelA);
    labelForm->addRow(tr("B preferred:"), m_labelB);
    labelForm->addRow(tr("Tie:"), m_labelTie);

    m_attributes = new QLineEdit;
    m_attributes->setPlaceholderText(tr("e.g. helpfulness, verbosity"));
    m_attributes->setToolTip(tr("Ratings files (one row per response with scores): the score columns that become "
                                "contexts, comma-separated. Empty: the usual HelpSteer2 attributes in the file."));
    m_minGap = new QDoubleSpinBox;
    m_minGap->setRange(0.01, 1000);
    m_minGap->setSingleStep(0.5);
    m_minGap->setValue(ImportOptions().minGap);
    m_minGap->setToolTip(tr("Ratings files: the smallest score difference between two responses to the same "
                            "prompt that makes a pair."));
    auto *ratings = new QGroupBox(tr("Ratings files"));
    auto *ratingsForm = new QFormLayout(ratings);
    ratingsForm->addRow(tr("Attributes:"), m_attributes);
    ratingsForm->addRow(tr("Minimum gap:"), m_minGap);

    auto *check = new QPushButton(tr("Check"));
    check->setObjectName(QStringLiteral("importCheckButton"));
    check->setToolTip(tr("Preview the first rows with this mapping and show the shape the import would choose."));
    m_checkLabel = messageLabel();
    m_checkLabel->setObjectName(QStringLiteral("importCheckLabel"));
    connect(check, &QPushButton::clicked, this, [this] { runPreview(); });
    // A result shown for other settings would mislead.
    auto stale = [this] { showMessage(m_checkLabel, tr("Press Check to preview with these settings."), false); };
    for (QComboBox *combo : m_roles)
        connect(combo, &QComboBox::currentIndexChanged, this, stale);
    connect(m_format, &QComboBox::currentIndexChanged, this, stale);
    for (QLineEdit *edit : {m_labelA, m_labelB, m_labelTie, m_attributes})
        connect(edit, &QLineEdit::textEdited, this, stale);
    connect(m_minGap, &QDoubleSpinBox::valueChanged, this, stale);

    auto *right = new QVBoxLayout;
    right->addWidget(reading);
    right->addWidget(labels);
    right->addWidget(ratings);
    right->addStretch();
    auto *columnsRow = new QHBoxLayout;
    columnsRow->addWidget(columns, 1);
    columnsRow->addLayout(right, 1);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(check, 0, Qt::AlignTop);
    checkRow->addWidget(m_checkLabel, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(columnsRow);
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
    m_name = new QLineEdit;
    m_name->setObjectName(QStringLiteral("importDatasetName"));
    m_name->setToolTip(tr("Name of the new dataset in this project; it must not be taken."));
    m_nameMessage = messageLabel();
    m_hashDim = new QComboBox;
    m_hashDim->setObjectName(QStringLiteral("importHashDim"));
    for (int p = 10; p <= 20; ++p)
        m_hashDim->addItem(tr("2^%1 (%2 columns)").arg(p).arg(QLocale().toString(1 << p)), 1 << p);
    m_hashDim->setCurrentIndex(m_hashDim->findData(d.features.dimension));
    m_hashDim->setToolTip(tr("Hashed feature columns for responses and prompts: more columns mean fewer hash "
                             "collisions and more memory."));
    m_bigrams = new QCheckBox(tr("Word bigrams besides single words"));
    m_bigrams->setChecked(d.features.bigrams);
    m_bigrams->setToolTip(tr("Pairs of adjacent words carry some phrasing; they double the features per text."));
    m_contextInRouter = new QCheckBox(tr("The router sees the context"));
    m_contextInRouter->setObjectName(QStringLiteral("importContextInRouter"));
    m_contextInRouter->setChecked(d.features.contextInRouter);
    m_contextInRouter->setToolTip(tr("Append the context (objective, criterion, domain) to the prompt features "
                                     "the router reads. Off: the router sees the prompt only."));
    m_lengthFeature = new QCheckBox(tr("Response length feature"));
    m_lengthFeature->setChecked(d.features.lengthFeature);
    m_lengthFeature->setToolTip(tr("Adds 0.5 ln(1 + words): normalisation removes length, yet length (verbosity) "
                                   "is what raters of different objectives disagree on most."));
    m_reduce = new QSpinBox;
    m_reduce->setRange(0, 4096);
    m_reduce->setSingleStep(64);
    m_reduce->setValue(d.features.reducedWidth);
    m_reduce->setSpecialValueText(tr("0 (keep sparse)"));
    m_reduce->setToolTip(tr("0 keeps the hashed features sparse; a width projects them to that many dense "
                            "columns (seeded random projection)."));
    auto percent = [](int value, const QString &tip) {
        auto *spin = new QSpinBox;
        spin->setRange(0, 90);
        spin->setSuffix(QStringLiteral(" %"));
        spin->setValue(value);
        spin->setToolTip(tip);
        return spin;
    };
    m_validation = percent(qRound(d.validationFraction * 100),
                           tr("Share of the prompts held out for validation (early stopping), per context."));
    m_test = percent(qRound(d.testFraction * 100), tr("Share of the prompts held out for the final test, per context."));
    m_seed = new QSpinBox;
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(int(d.splitSeed));
    m_seed->setToolTip(tr("Seed of the split by prompt: the same seed gives the same split."));

    auto *form = new QFormLayout(m_datasetPage);
    form->addRow(tr("Dataset name:"), m_name);
    form->addRow(m_nameMessage);
    form->addRow(tr("Hash dimension:"), m_hashDim);
    form->addRow(QString(), m_bigrams);
    form->addRow(QString(), m_contextInRouter);
    form->addRow(QString(), m_lengthFeature);
    form->addRow(tr("Dense reduction:"), m_reduce);
    form->addRow(tr("Validation:"), m_validation);
    form->addRow(tr("Test:"), m_test);
    form->addRow(tr("Split seed:"), m_seed);
    m_datasetPage->complete = [this] { return datasetProblem().isEmpty(); };
    connect(m_name, &QLineEdit::textChanged, this, [this] { updateDatasetMessage(); });
    connect(m_validation, &QSpinBox::valueChanged, this, [this] { updateDatasetMessage(); });
    connect(m_test, &QSpinBox::valueChanged, this, [this] { updateDatasetMessage(); });
    setPage(DatasetPage, m_datasetPage);
}

void ImportWizard::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
    restart(); // also starts a wizard not shown yet, so that next() has a page to leave
    if (m_filePage->isComplete())
        next();
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (!m_filePage->isComplete())
            return false;
        if (filePath() != m_mappingFile)
            restoreMapping(filePath());
        break;
    case MappingPage:
        if (!runPreview())
            return false; // the check label says why
        saveMapping();
        break;
    case DatasetPage:
        if (!datasetProblem().isEmpty())
            return false;
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
        if (m_name->text().trimmed().isEmpty() || m_name->text() == m_suggestedName)
            m_name->setText(suggested);
        m_suggestedName = suggested;
        updateDatasetMessage();
    }
}

QString ImportWizard::filePath() const
{
    QString text = m_fileEdit->text().trimmed();
    if (text.startsWith(QLatin1String("file:")))
        text = QUrl(text).toLocalFile(); // pasted from a file manager
    return text.isEmpty() ? QString() : QFileInfo(text).absoluteFilePath();
}

void ImportWizard::updateFileMessage()
{
    const QString path = filePath();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (path.isEmpty() || (info.isFile() && info.isReadable()))
        showMessage(m_fileMessage, QString(), false);
    else if (info.isDir())
        showMessage(m_fileMessage, tr("%1 is a folder; choose a file.").arg(shown), true);
    else if (!info.exists())
        showMessage(m_fileMessage, tr("No file at %1.").arg(shown), true);
    else
        showMessage(m_fileMessage, tr("%1 cannot be read; check its permissions.").arg(shown), true);
}

QString ImportWizard::labelsText(QString *problem) const
{
    QStringList parts;
    const std::pair<const char *, QLineEdit *> values[] = {{"a", m_labelA}, {"b", m_labelB}, {"tie", m_labelTie}};
    for (const auto &[role, edit] : values) {
        const QString value = edit->text().trimmed();
        if (value.contains(QLatin1Char(',')) && problem) // the "a=..,b=.." text could not hold it
            *problem = tr("A label value cannot contain a comma: \"%1\".").arg(value);
        if (!value.isEmpty())
            parts << QLatin1String(role) + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1Char(','));
}

// Always the options as entered; *problem says when core would refuse them.
ImportOptions ImportWizard::currentOptions(QString *problem) const
{
    ImportOptions o;
    o.format = m_format->currentData().toString();
    for (int i = 0; i < kRoleCount; ++i)
        o.mapping.*kRoles[i].column = m_roles[i]->currentData().toString();
    for (const QString &a : m_attributes->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!a.trimmed().isEmpty())
            o.attributes << a.trimmed();
    o.minGap = m_minGap->value();
    o.onError = OnError(m_onError->currentData().toInt());
    QString labelProblem;
    const QString labels = labelsText(&labelProblem);
    try {
        if (!labels.isEmpty() && labelProblem.isEmpty())
            o.labelValues = LabelValues::parse(labels);
        o.validate();
    } catch (const MicroError &e) {
        labelProblem = errorText(e.error());
    }
    if (problem)
        *problem = labelProblem;
    return o;
}

bool ImportWizard::runPreview()
{
    const QString path = filePath();
    QString problem;
    const ImportOptions options = currentOptions(&problem);
    if (!problem.isEmpty()) {
        m_previewKey.clear();
        for (QLabel *label : {m_shapeLabel, m_checkLabel})
            showMessage(label, problem, true);
        return m_previewOk = false;
    }
    const QFileInfo info(path);
    const QString key = QStringList{path, QString::number(info.size()),
                                    info.lastModified().toString(Qt::ISODateWithMs), options.format,
                                    options.mapping.toString(), labelsText(nullptr), options.attributes.join(QLatin1Char(',')),
                                    QString::number(options.minGap)}
                            .join(QChar(0x1f));
    if (key == m_previewKey)
        return m_previewOk; // the file is read whole: not again for the same file and options

    FilePreview preview;
    try {
        preview = previewPreferenceFile(path, options);
        if (preview.shape.isEmpty())
            problem = preview.problem.isEmpty()
                          ? tr("No rows to preview in %1.").arg(QDir::toNativeSeparators(path))
                          : errorText(Error{ErrorCode::BadFormat, QDir::toNativeSeparators(path), preview.problem});
    } catch (const MicroError &e) {
        problem = errorText(e.error());
    } catch (const std::exception &e) { // never let a preview take the wizard down
        problem = tr("Cannot preview %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(e.what()));
    }
    m_previewKey = key;
    m_previewOk = problem.isEmpty();

    m_previewTable->clear();
    m_previewTable->setColumnCount(int(preview.columns.size()));
    m_previewTable->setRowCount(int(preview.rows.size()));
    m_previewTable->setHorizontalHeaderLabels(preview.columns);
    for (int r = 0; r < int(preview.rows.size()); ++r)
        for (int c = 0; c < int(std::min(preview.rows[r].size(), preview.columns.size())); ++c) {
            auto *item = new QTableWidgetItem(preview.rows[r][c]);
            item->setToolTip(preview.rows[r][c]);
            m_previewTable->setItem(r, c, item);
        }
    m_previewTable->resizeColumnsToContents();

    if (!preview.columns.isEmpty()) {
        for (QComboBox *combo : m_roles) {
            const QString chosen = combo->currentData().toString();
            const QSignalBlocker block(combo); // a refill is no change of the mapping
            combo->clear();
            combo->addItem(tr("(detected)"), QString());
            for (const QString &column : preview.columns)
                combo->addItem(column, column);
            selectColumn(combo, chosen);
        }
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

// A file opened before gets its mapping back; any other starts from detection, since
// another file's column names would not fit it.
void ImportWizard::restoreMapping(const QString &path)
{
    m_mappingFile = path;
    const QStringList saved = QSettings().value(mappingKey(path)).toStringList();
    ColumnMapping mapping;
    LabelValues labels;
    try {
        if (!saved.isEmpty())
            mapping = ColumnMapping::parse(saved.at(0));
        if (saved.size() > 1 && !saved.at(1).isEmpty())
            labels = LabelValues::parse(saved.at(1));
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
    QSettings().setValue(mappingKey(filePath()),
                         QStringList{currentOptions(nullptr).mapping.toString(), labelsText(nullptr)});
}

QString ImportWizard::datasetProblem() const
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty())
        return tr("Give the dataset a name.");
    if (m_existing.contains(name))
        return tr("A dataset named \"%1\" already exists in this project; choose another name.").arg(name);
    if (m_validation->value() + m_test->value() > 90)
        return tr("Validation and test together can hold at most 90% of the prompts; training needs the rest.");
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
