#pragma once

#include "data/dataset.h"
#include "jobs/adaptation.h"
#include "labels/labellingsession.h"
#include "latestresult.h"

#include <QElapsedTimer>
#include <QWidget>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTextBrowser;
class QTimer;
class QUndoStack;

namespace micro::core {
class ProjectStore;
}

namespace micro::ui {

// The annotators' workspace: a queue of comparisons from the shown run's dataset, labelled
// under a context (one of the dataset's or a new criterion) by keyboard - 1 / Left and
// 2 / Right choose, T tie, S skip, N note, Ctrl+Z undo (through the window's undo stack,
// any number of steps). Each label is committed the moment it is given. With a Stage-1
// run's heads, the context's online Hedge weights move after every label and are saved as
// that run's routing history; agreement between annotators, JSONL export/import and a
// one-click Stage-2 adaptation on the labels sit beside it.
class LabelView : public QWidget
{
    Q_OBJECT
public:
    explicit LabelView(QWidget *parent = nullptr);
    ~LabelView() override;

    // The project (GUI-thread store) and the window's undo stack.
    void setProject(micro::core::ProjectStore *store, QUndoStack *undo);
    // Stores what is typed but not saved yet (the guidelines); the window calls it on close.
    void flushEdits();
    // Labels go to this run's dataset; its heads (a finished Stage-1 run with K >= 2, or the
    // parent of an adapted run) drive the Hedge weights and the "most informative" order.
    void setRun(qint64 runId);
    // A dataset without a run: labelling without weights.
    void setDataset(qint64 datasetId);

    // Starts (or resumes) labelling with the annotator and context typed in. The dataset's
    // features load on a worker thread the first time: the session is ready (isReady(),
    // signal ready()) when they are in. False when something is missing (said in the view).
    bool start();
    bool isReady() const { return m_session != nullptr; }
    void setAnnotator(const QString &name);
    void setContext(const QString &context);
    void setMostInformative(bool on);

    // What is shown, for tests and the status line.
    int currentRow() const { return m_item ? m_item->row : -1; }
    bool leftIsChosen() const { return m_item && m_item->leftIsChosen; }
    std::vector<double> weights() const;
    int labelledInContext() const;
    QTableWidget *agreementTable() const { return m_agreement; }
    bool exportLabels(const QString &path);
    bool importLabels(const QString &path);

Q_SIGNALS:
    void ready();                      // a started session shows its first item
    void labelled();                   // a label was stored (or undone)
    void historyChanged(qint64 runId); // Hedge history saved with the run
    // One click: Stage 2 of this run's heads on the labels of this dataset.
    void adaptOnLabelsRequested(qint64 runId, qint64 datasetId);

public:
    enum class Decision
    {
        Left,
        Right,
        Tie,
        Skip
    };
    void decide(Decision d);
    void undoLast();
    void addNote(const QString &note);

private:
    void buildLayout();
    void buildShortcuts();
    void beginSession(const QString &annotator, const QString &context);
    void showNext();
    void showItem();
    void showResponses(); // the two responses, with their differences marked when asked
    // The shown context's guidelines (what was typed for the previous one saved first).
    void loadGuidelines();
    void saveGuidelines(); // pending edits only
    void refreshProgress();
    void refreshWeights();
    void refreshAgreement();
    void saveHistory();
    void failed(const QString &message);
    void takeLoaded(std::shared_ptr<const micro::core::Dataset> data); // then the session begins
    // Label bookkeeping shared by decide() and the undo command; both throw MicroError when
    // the store refuses, before anything else changes.
    bool isCurrentSession(const micro::core::Label &label) const;
    qint64 storeLabel(const micro::core::Label &label);
    void forgetLabel(const micro::core::Label &label);
    friend class LabelCommand;

    micro::core::ProjectStore *m_store = nullptr;
    QUndoStack *m_undo = nullptr;
    qint64 m_runId = 0; // heads come from here (0: none)
    qint64 m_datasetId = 0;
    std::shared_ptr<const micro::core::Dataset> m_data; // the session reads it: owned here
    // The dataset being read for a session (a newer start or another run supersedes it),
    // and who asked for it in which context.
    LatestResult<std::shared_ptr<const micro::core::Dataset>> m_load;
    QString m_pendingAnnotator, m_pendingContext;
    std::optional<micro::core::MixtureModel> m_heads;
    std::unique_ptr<micro::core::LabellingSession> m_session;
    std::optional<micro::core::LabellingSession::Item> m_item;
    QElapsedTimer m_shownFor; // time taken per item
    QString m_pendingNote;

    QLineEdit *m_annotator = nullptr;
    QComboBox *m_context = nullptr;
    QComboBox *m_order = nullptr;
    QSpinBox *m_target = nullptr;
    QPushButton *m_start = nullptr;
    QLabel *m_source = nullptr;
    QProgressBar *m_progress = nullptr;
    QTextBrowser *m_prompt = nullptr;
    QTextBrowser *m_left = nullptr;
    QTextBrowser *m_right = nullptr;
    QCheckBox *m_highlight = nullptr;
    QPlainTextEdit *m_guidelines = nullptr;
    QLabel *m_guidelinesTitle = nullptr;
    QTimer *m_guidelinesSave = nullptr;
    qint64 m_guidelinesDataset = 0; // where the shown guidelines belong
    QString m_guidelinesContext;
    bool m_loadingGuidelines = false;
    bool m_guidelinesDirty = false; // typed since the last save
    QLabel *m_message = nullptr;
    QCustomPlot *m_plot = nullptr;
    QLabel *m_weightsText = nullptr;
    QComboBox *m_first = nullptr;
    QComboBox *m_second = nullptr;
    QTableWidget *m_agreement = nullptr;
    QList<QPushButton *> m_decisionButtons;
    QPushButton *m_noteButton = nullptr;
};

} // namespace micro::ui
