#pragma once

#include "features/featuresettings.h"

#include <optional>

#include "model/stage1config.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QDoubleSpinBox;

namespace micro::ui {

// The Stage-1 options of a new run. Learning rate and alpha are chosen on the validation
// rows unless the user unticks that and sets them (the paper's values are prefilled).
class TrainDialog : public QDialog
{
    Q_OBJECT
    static constexpr int kEncoderFeatures = -1; // the features combo's value for the encoder
public:
    TrainDialog(const QStringList &datasets, const micro::core::Stage1Config &defaults, QWidget *parent = nullptr);

    QString dataset() const;
    micro::core::Stage1Config config() const;
    // Imported text datasets can be featurized again for this run (cached in the project).
    void setTextDatasets(const QStringList &names);
    // Starts on this dataset when the list has it.
    void setDataset(const QString &name);
    // Other text-feature settings than the dataset's own, when chosen.
    std::optional<micro::core::FeatureSettings> features() const;
    // Data-parallel processes on this machine (1: this one alone); offered when micro-cli,
    // which runs the other ranks, is found at `cliPath`.
    void setRankProgram(const QString &cliPath);
    int processes() const;

private:
    QComboBox *m_dataset;
    QComboBox *m_model;
    QSpinBox *m_k;
    QComboBox *m_router;
    QDoubleSpinBox *m_alpha;
    QSpinBox *m_epochs;
    QSpinBox *m_batch;
    QDoubleSpinBox *m_lr;
    QSpinBox *m_seed;
    QDoubleSpinBox *m_val;
    QComboBox *m_hashDim;
    QCheckBox *m_contextWords;
    QCheckBox *m_autoTune = nullptr;
    QSpinBox *m_processes = nullptr;
    QStringList m_textDatasets;
};

} // namespace micro::ui
