// ImportWizard's column mapping: its page, the options and preview it gives, the mapping kept per file.
#include "importwizard.h"

#include "errortext.h"
#include "importwizardinternals.h"
#include "importwizardpage.h"
#include "io/preferenceimporter.h"
#include "util/error.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>
#include <iterator>

namespace micro::ui {

using namespace micro::core;
using namespace importwizardinternal;

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

} // namespace

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

} // namespace micro::ui
