#include "embeddingimportdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>

namespace micro::ui {

EmbeddingImportDialog::EmbeddingImportDialog(const QStringList &datasets, QWidget *parent)
    : QDialog(parent), m_datasets(datasets)
{
    setWindowTitle(tr("Import Embeddings"));
    m_form = new QFormLayout(this);
    auto *intro = new QLabel(tr("Features from your own model: one row per comparison, for the chosen and "
                                "the rejected response (or one N x 2 x D pair tensor as chosen), and "
                                "optionally the prompt, which the router reads. .npy (float32/float16) or "
                                ".safetensors; files are memory-mapped and checked for shape, NaN and Inf."));
    intro->setWordWrap(true);
    m_form->addRow(intro);
    m_dataset = new QComboBox;
    m_dataset->setObjectName(QStringLiteral("embedDataset"));
    m_dataset->setEditable(true);
    m_dataset->addItems(datasets);
    m_dataset->setToolTip(tr("An imported dataset: the embeddings become a dataset derived from it (same "
                             "comparisons and split). A new name: a dataset of the embedding rows alone."));
    m_form->addRow(tr("&Dataset:"), m_dataset);
    addFileRow(QStringLiteral("chosen"), tr("&Chosen:"),
               tr("N x D matrix of the chosen responses, or an N x 2 x D pair tensor"));
    addFileRow(QStringLiteral("rejected"), tr("&Rejected:"),
               tr("N x D matrix of the rejected responses (empty with a pair tensor)"));
    addFileRow(QStringLiteral("prompt"), tr("&Prompt:"),
               tr("N x P matrix of the prompts: the router's input (optional)"));
    addFileRow(QStringLiteral("ids"), tr("&Ids:"),
               tr("The dataset id of each embedding row: text, one per line, or an integer .npy (optional: rows in "
                  "dataset order)"));
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("embedMessage"));
    m_message->setWordWrap(true);
    m_form->addRow(m_message);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Import"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_form->addRow(m_buttons);
    connect(m_dataset, &QComboBox::currentTextChanged, this, [this] { updateState(); });
    resize(640, sizeHint().height());
    updateState();
}

QLineEdit *EmbeddingImportDialog::addFileRow(const QString &role, const QString &label, const QString &tip)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(QStringLiteral("embedFile_") + role);
    edit->setToolTip(tip);
    auto *browse = new QPushButton(tr("Browse…"));
    connect(browse, &QPushButton::clicked, this, [this, edit, label] {
        QSettings settings;
        const QString start = settings.value(QStringLiteral("embeddings/lastFolder")).toString();
        const QString path =
            QFileDialog::getOpenFileName(this, QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')), start,
                                         tr("Embeddings (*.npy *.safetensors);;Id lists (*.txt *.npy);;All files (*)"));
        if (!path.isEmpty()) {
            edit->setText(QDir::toNativeSeparators(path));
            settings.setValue(QStringLiteral("embeddings/lastFolder"), QFileInfo(path).absolutePath());
        }
    });
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *caption = new QLabel(label); // with a buddy, so Alt+letter jumps to the field
    caption->setBuddy(edit);
    m_form->addRow(caption, row);
    connect(edit, &QLineEdit::textChanged, this, [this] { updateState(); });
    m_files[role] = edit;
    return edit;
}

QLineEdit *EmbeddingImportDialog::fileField(const QString &role) const
{
    auto it = m_files.find(role);
    return it == m_files.end() ? nullptr : it->second;
}

QString EmbeddingImportDialog::resultName() const
{
    const QString name = m_dataset->currentText().trimmed();
    return m_datasets.contains(name) ? name + QStringLiteral("@embeddings") : name;
}

void EmbeddingImportDialog::updateState()
{
    QString problem;
    const QString name = m_dataset->currentText().trimmed();
    if (name.isEmpty())
        problem = tr("Choose an imported dataset or name a new one.");
    else if (fileField(QStringLiteral("chosen"))->text().trimmed().isEmpty())
        problem = tr("Choose the file of the chosen responses.");
    if (problem.isEmpty())
        for (const auto &[role, edit] : m_files) {
            const QString path = edit->text().trimmed();
            if (!path.isEmpty() && !QFileInfo::exists(QDir::fromNativeSeparators(path))) {
                problem = tr("File not found: %1.").arg(path);
                break;
            }
        }
    if (problem.isEmpty() && m_datasets.contains(resultName()))
        problem = tr("A dataset named \"%1\" already exists; import under another dataset name.").arg(resultName());
    m_message->setText(problem.isEmpty() ? (m_datasets.contains(name)
                                                ? tr("Will store \"%1\", derived from \"%2\".").arg(resultName(), name)
                                                : tr("Will store the new dataset \"%1\".").arg(name))
                                         : problem);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

micro::core::EmbedImportRequest EmbeddingImportDialog::request() const
{
    micro::core::EmbedImportRequest r;
    auto path = [this](const char *role) {
        return QDir::fromNativeSeparators(fileField(QLatin1String(role))->text().trimmed());
    };
    r.sources.chosenPath = path("chosen");
    r.sources.rejectedPath = path("rejected");
    r.sources.promptPath = path("prompt");
    r.sources.idsPath = path("ids");
    r.dataset = m_dataset->currentText().trimmed();
    return r;
}

} // namespace micro::ui
