#pragma once

#include "jobs/adaptation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace micro::ui {

// Stage-2 options for adapting a finished run's routing to a few labelled pairs per context.
class AdaptDialog : public QDialog
{
    Q_OBJECT
public:
    AdaptDialog(const QString &runName, const QStringList &labelDatasets, QWidget *parent = nullptr);
    micro::core::AdaptRequest request(qint64 parentRunId) const;

private:
    QComboBox *m_labels;
    QComboBox *m_method;
    QSpinBox *m_budget;
    QDoubleSpinBox *m_tau;
    QSpinBox *m_epochs;
    QDoubleSpinBox *m_lr;
    QSpinBox *m_seed;
    QCheckBox *m_contextOnly;
};

} // namespace micro::ui
