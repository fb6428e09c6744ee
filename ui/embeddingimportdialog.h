#pragma once

#include "jobs/embeddingimporting.h"

#include <QDialog>
#include <QStringList>
#include <map>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;

namespace micro::ui {

// File > Import Embeddings: your own embeddings (.npy or .safetensors) as the features of
// an imported dataset (rows matched in order or by an ids file) or of a new dataset; the
// same use case as `micro-cli embed-import`.
class EmbeddingImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EmbeddingImportDialog(const QStringList &datasets, QWidget *parent = nullptr);
    micro::core::EmbedImportRequest request() const;
    // The dataset the import will store (derived "<name>@embeddings" or the new name).
    QString resultName() const;

    // For tests: the file fields by role ("chosen", "rejected", "prompt", "ids").
    QLineEdit *fileField(const QString &role) const;

private:
    QLineEdit *addFileRow(const QString &role, const QString &label, const QString &tip);
    void updateState();

    QStringList m_datasets;
    QComboBox *m_dataset = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    std::map<QString, QLineEdit *> m_files;
    QFormLayout *m_form = nullptr;
};

} // namespace micro::ui
