#include "adaptdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace micro::ui {

using namespace micro::core;

AdaptDialog::AdaptDialog(const QString &runName, const QStringList &labelDatasets, QWidget *parent)
    : QDialog(parent), m_labels(new QComboBox), m_method(new QComboBox), m_budget(new QSpinBox),
      m_tau(new QDoubleSpinBox), m_epochs(new QSpinBox), m_lr(new QDoubleSpinBox), m_seed(new QSpinBox),
      m_contextOnly(new QCheckBox(tr("Keep the Stage-1 prompt weights; learn only how each context shifts them")))
{
    setWindowTitle(tr("Adapt routing to contexts"));
    const Stage2Config d;
    m_labels->addItems(labelDatasets);
    m_labels->setToolTip(tr("Dataset with the labelled pairs and their contexts"));
    m_method->addItem(tr("MiCRo: route per prompt and context (Hedge targets)"), int(AdaptRequest::Method::Micro));
    m_method->addItem(tr("HyRe: one weight vector per context"), int(AdaptRequest::Method::HyRe));
    m_budget->setRange(1, 100000);
    m_budget->setValue(d.budget);
    m_budget->setToolTip(tr("Labelled pairs per context (paper: 50)"));
    m_tau->setRange(1e-6, 100);
    m_tau->setDecimals(6);
    m_tau->setValue(d.tau);
    m_tau->setToolTip(tr("Temperature of the Hedge targets: 0.001 (paper) gives near one-hot targets; 1 gives the "
                         "posterior responsibilities, often better with few labels"));
    m_epochs->setRange(1, 10000);
    m_epochs->setValue(d.epochs);
    m_lr->setRange(1e-6, 1);
    m_lr->setDecimals(5);
    m_lr->setValue(d.lr);
    m_seed->setRange(0, 1 << 30);
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Heads of <b>%1</b> stay fixed; the router learns from labelled pairs per context.")
                                .arg(runName.toHtmlEscaped())));
    form->addRow(tr("&Labels:"), m_labels);
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&Pairs per context:"), m_budget);
    form->addRow(tr("&Temperature (tau):"), m_tau);
    form->addRow(tr("&Epochs:"), m_epochs);
    form->addRow(tr("Learning &rate:"), m_lr);
    form->addRow(tr("&Seed:"), m_seed);
    form->addRow(m_contextOnly);
    auto syncEnabled = [this] {
        const bool micro = AdaptRequest::Method(m_method->currentData().toInt()) == AdaptRequest::Method::Micro;
        for (QWidget *w : std::initializer_list<QWidget *>{m_tau, m_epochs, m_lr, m_contextOnly})
            w->setEnabled(micro); // HyRe has no router to train
    };
    connect(m_method, &QComboBox::currentIndexChanged, this, syncEnabled);
    syncEnabled();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Adapt"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

AdaptRequest AdaptDialog::request(qint64 parentRunId) const
{
    AdaptRequest r;
    r.parentRunId = parentRunId;
    r.labelsDataset = m_labels->currentText();
    r.method = AdaptRequest::Method(m_method->currentData().toInt());
    r.config.budget = m_budget->value();
    r.config.tau = m_tau->value();
    r.config.epochs = m_epochs->value();
    r.config.lr = m_lr->value();
    r.config.seed = quint64(m_seed->value());
    r.config.trainPromptWeights = !m_contextOnly->isChecked();
    return r;
}

} // namespace micro::ui
