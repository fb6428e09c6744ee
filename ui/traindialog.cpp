#include "traindialog.h"

#include "encoderlocation.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>

namespace micro::ui {

using namespace micro::core;

TrainDialog::TrainDialog(const QStringList &datasets, const Stage1Config &d, QWidget *parent)
    : QDialog(parent), m_dataset(new QComboBox), m_model(new QComboBox), m_k(new QSpinBox), m_router(new QComboBox),
      m_alpha(new QDoubleSpinBox), m_epochs(new QSpinBox), m_batch(new QSpinBox), m_lr(new QDoubleSpinBox),
      m_seed(new QSpinBox), m_val(new QDoubleSpinBox)
{
    setWindowTitle(tr("Train a Stage-1 model"));
    m_dataset->addItems(datasets);
    m_model->addItem(tr("MiCRo (router reads the prompt)"), int(ModelKind::Micro));
    m_model->addItem(tr("Single BT (one head)"), int(ModelKind::Single));
    m_model->addItem(tr("Static mixture (no router input)"), int(ModelKind::Static));
    m_model->setCurrentIndex(m_model->findData(int(d.model)));
    m_k->setRange(1, 64);
    m_k->setValue(d.k);
    m_k->setToolTip(tr("Number of reward heads. Over-estimating K is harmless; under-estimating hurts."));
    m_router->addItem(tr("linear"), int(RouterKind::Linear));
    m_router->addItem(tr("MLP (128 ReLU units)"), int(RouterKind::Mlp));
    m_router->setCurrentIndex(m_router->findData(int(d.router)));
    m_alpha->setRange(0, 10);
    m_alpha->setDecimals(3);
    m_alpha->setSingleStep(0.1);
    m_alpha->setValue(d.alpha);
    m_alpha->setToolTip(tr("Weight of the router-entropy term that keeps heads from collapsing (paper: 0.5)."));
    m_epochs->setRange(1, 10000);
    m_epochs->setValue(d.epochs);
    m_batch->setRange(1, 65536);
    m_batch->setValue(d.batch);
    m_lr->setRange(1e-6, 1);
    m_lr->setDecimals(5);
    m_lr->setSingleStep(1e-3);
    m_lr->setValue(d.lr);
    m_lr->setToolTip(tr("Peak AdamW learning rate; cosine schedule with 5% warm-up (paper: 0.002)."));
    m_seed->setRange(0, 1 << 30);
    m_seed->setValue(int(d.seed));
    m_val->setRange(0, 0.9);
    m_val->setSingleStep(0.05);
    m_val->setValue(d.valFraction);
    m_val->setToolTip(tr("Share of comparisons held out for validation."));

    // On by default: the paper's lr 0.002 and alpha 0.5 leave the router uniform and the heads
    // identical on a few thousand pairs; a short search on the validation rows does not.
    m_autoTune = new QCheckBox(tr("Choose learning rate and alpha on the validation rows"));
    m_autoTune->setObjectName(QStringLiteral("trainAutoTune"));
    m_autoTune->setChecked(d.lrAuto || d.alphaAuto);
    m_autoTune->setToolTip(
        tr("Tries learning rates 0.002, 0.01, 0.05 and alpha 0, 0.1, 0.5, each a full fit with early stopping, and "
           "keeps the lowest validation NLL; the run's details list every candidate. Untick to set them yourself."));
    // K means nothing for a single BT, and a static mixture has no router to choose.
    auto syncEnabled = [this] {
        const auto model = ModelKind(m_model->currentData().toInt());
        m_k->setEnabled(model != ModelKind::Single);
        m_router->setEnabled(model == ModelKind::Micro);
        m_alpha->setEnabled(model != ModelKind::Single && !m_autoTune->isChecked());
        m_lr->setEnabled(!m_autoTune->isChecked());
    };
    connect(m_model, &QComboBox::currentIndexChanged, this, syncEnabled);
    connect(m_autoTune, &QCheckBox::toggled, this, syncEnabled);
    syncEnabled();

    // Text features: the hashing width matters most on small data (2^18 columns overfit a
    // few thousand pairs, README), so a run can ask for other settings; they are computed
    // once and cached in the project.
    m_hashDim = new QComboBox;
    m_hashDim->setObjectName(QStringLiteral("trainHashDim"));
    m_hashDim->addItem(tr("as imported"), 0);
    if (!encoderFolder().isEmpty()) m_hashDim->addItem(tr("sentence encoder"), kEncoderFeatures);
    for (int bits = 10; bits <= 20; bits += 2)
        m_hashDim->addItem(tr("%1 hashed TF-IDF columns").arg(1 << bits), 1 << bits);
    m_hashDim->setToolTip(tr("The built-in sentence encoder, or hashed TF-IDF word columns; other than \"as imported\" "
                             "featurizes once and keeps the result in the project"));
    m_contextWords = new QCheckBox(tr("Router reads the context words"));
    m_contextWords->setObjectName(QStringLiteral("trainContextWords"));
    m_contextWords->setChecked(true);
    m_contextWords->setToolTip(tr("Off: a context-free router (the context stays out of the router input)"));
    auto syncFeatures = [this] {
        const bool text = m_textDatasets.contains(m_dataset->currentText());
        m_hashDim->setEnabled(text);
        m_contextWords->setEnabled(text && m_hashDim->currentData().toInt() != 0);
    };
    connect(m_dataset, &QComboBox::currentTextChanged, this, syncFeatures);
    connect(m_hashDim, &QComboBox::currentIndexChanged, this, syncFeatures);
    syncFeatures();

    // Data-parallel ranks (issue 15): this window is rank 0, micro-cli processes the others.
    m_processes = new QSpinBox;
    m_processes->setObjectName(QStringLiteral("trainProcesses"));
    m_processes->setRange(1, 8);
    m_processes->setValue(1);
    m_processes->setEnabled(false);
    m_processes->setToolTip(tr("micro-cli, which runs the other processes, was not found beside this program."));
    auto syncProcesses = [this] {
        // Other text features are computed in this process first; ranks train a dataset as it is.
        if (m_processes->isEnabled() && features()) m_processes->setValue(1);
    };
    connect(m_hashDim, &QComboBox::currentIndexChanged, this, syncProcesses);

    auto *form = new QFormLayout(this);
    form->addRow(tr("&Dataset:"), m_dataset);
    form->addRow(tr("Te&xt features:"), m_hashDim);
    form->addRow(QString(), m_contextWords);
    form->addRow(tr("&Model:"), m_model);
    form->addRow(tr("&Heads (K):"), m_k);
    form->addRow(tr("&Router:"), m_router);
    form->addRow(QString(), m_autoTune);
    form->addRow(tr("&Entropy weight (alpha):"), m_alpha);
    form->addRow(tr("E&pochs:"), m_epochs);
    form->addRow(tr("&Batch size:"), m_batch);
    form->addRow(tr("&Learning rate:"), m_lr);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(tr("&Validation share:"), m_val);
    form->addRow(tr("Pr&ocesses:"), m_processes);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

void TrainDialog::setTextDatasets(const QStringList &names)
{
    m_textDatasets = names;
    const bool text = names.contains(m_dataset->currentText());
    m_hashDim->setEnabled(text);
    m_contextWords->setEnabled(text && m_hashDim->currentData().toInt() != 0);
}

std::optional<FeatureSettings> TrainDialog::features() const
{
    const int choice = m_hashDim->currentData().toInt();
    if (!m_textDatasets.contains(m_dataset->currentText()) || choice == 0) return std::nullopt;
    FeatureSettings f;
    if (choice == kEncoderFeatures) {
        f.kind = FeatureSettings::Kind::Encoder;
        f.encoderFolder = encoderFolder();
    } else
        f.dimension = choice;
    f.contextInRouter = m_contextWords->isChecked();
    return f;
}

void TrainDialog::setDataset(const QString &name)
{
    const int at = m_dataset->findText(name);
    if (at >= 0) m_dataset->setCurrentIndex(at);
}

void TrainDialog::setRankProgram(const QString &cliPath)
{
    const bool found = QFileInfo(cliPath).isExecutable();
    m_processes->setEnabled(found);
    if (found)
        m_processes->setToolTip(
            tr("Data-parallel training: this window is the first process and %1 runs the others on this machine; "
               "gradients are summed through torch's c10d with Gloo. The run is the same as with one process and "
               "as many threads; it pays on large batches and feature files, not on small data.")
                .arg(QFileInfo(cliPath).fileName()));
}

int TrainDialog::processes() const
{
    return m_processes->isEnabled() && !features() ? m_processes->value() : 1;
}

QString TrainDialog::dataset() const
{
    return m_dataset->currentText();
}

Stage1Config TrainDialog::config() const
{
    Stage1Config c;
    c.model = ModelKind(m_model->currentData().toInt());
    c.k = m_k->value();
    c.router = RouterKind(m_router->currentData().toInt());
    c.alpha = m_alpha->value();
    c.epochs = m_epochs->value();
    c.batch = m_batch->value();
    c.lr = m_lr->value();
    c.lrAuto = c.alphaAuto = m_autoTune->isChecked();
    c.seed = quint64(m_seed->value());
    c.valFraction = m_val->value();
    return c;
}

} // namespace micro::ui
