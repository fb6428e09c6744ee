#pragma once

#include "jobs/importing.h"

#include <QStringList>
#include <QWizard>
#include <array>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace micro::ui {

// From a preference file to an ImportRequest in four pages: file, preview, column mapping,
// dataset name and feature settings. It only previews the first rows; the import itself
// runs as a job on the returned request.
class ImportWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        FilePage,
        PreviewPage,
        MappingPage,
        DatasetPage
    };

    // The existing names are refused on the dataset page (core refuses them too, but later).
    explicit ImportWizard(QStringList existingDatasetNames, QWidget *parent = nullptr);

    // Prefills the file page and, when the file exists, goes on to the preview (drag and drop).
    void setFile(const QString &path);
    micro::core::ImportRequest request() const;

    bool validateCurrentPage() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    class Page;
    static constexpr int kRoleCount = 9;

    void buildFilePage();
    void buildPreviewPage();
    void buildMappingPage();
    void buildDatasetPage();
    void pageShown(int id);
    QString filePath() const;
    void updateFileMessage();
    QString labelsText(QString *problem) const;
    micro::core::ImportOptions currentOptions(QString *problem) const;
    bool runPreview();
    void restoreMapping(const QString &path);
    void saveMapping() const;
    QString datasetProblem() const;
    void updateDatasetMessage();
    void updateFeatureNote();
    micro::core::FeatureSettings::Kind featureKind() const;

    QStringList m_existing;
    Page *m_filePage = nullptr;
    Page *m_datasetPage = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QLabel *m_fileMessage = nullptr;
    QTableWidget *m_previewTable = nullptr;
    QLabel *m_shapeLabel = nullptr;
    QComboBox *m_format = nullptr;
    std::array<QComboBox *, kRoleCount> m_roles{};
    QLineEdit *m_labelA = nullptr;
    QLineEdit *m_labelB = nullptr;
    QLineEdit *m_labelTie = nullptr;
    QLineEdit *m_attributes = nullptr;
    QDoubleSpinBox *m_minGap = nullptr;
    QComboBox *m_onError = nullptr;
    QLabel *m_checkLabel = nullptr;
    QLineEdit *m_name = nullptr;
    QLabel *m_nameMessage = nullptr;
    QComboBox *m_featureKind = nullptr;
    QLabel *m_featureNote = nullptr;
    QString m_encoderFolder;         // empty: the encoder is not installed
    double m_previewBytesPerRow = 0; // text per row in the preview, for the time estimate
    QComboBox *m_hashDim = nullptr;
    QCheckBox *m_bigrams = nullptr;
    QCheckBox *m_contextInRouter = nullptr;
    QCheckBox *m_lengthFeature = nullptr;
    QSpinBox *m_reduce = nullptr;
    QSpinBox *m_validation = nullptr;
    QSpinBox *m_test = nullptr;
    QSpinBox *m_seed = nullptr;

    QString m_mappingFile;   // the file whose remembered mapping the mapping page holds
    QString m_suggestedName; // last default name, replaced only while the user has not edited it
    QString m_previewKey;    // file + options of the shown preview: unchanged ones are not read again
    bool m_previewOk = false;
};

} // namespace micro::ui
