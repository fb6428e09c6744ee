#pragma once

#include "jobs/teachingscenario.h"
#include "latestresult.h"
#include "routing/onlinehedge.h"

#include <QFont>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>
#include <memory>
#include <optional>
#include <vector>

class QGridLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QSlider;

namespace micro::ui {

using micro::core::TeachingOutcome;
using micro::core::TeachingRequest;
using micro::core::TeachingScenario;
using micro::core::TeachingSettings;
using micro::core::TeachingSizes;

class TeachingFigure;

// Teaching mode: four small demonstrations of why one reward model cannot serve groups that
// disagree (METHOD.md, "Theory" and Stage 2's online Hedge). On the left the scenarios and
// sliders for the synthetic data; on the right a short explanation, the figure and a line
// with its numbers. Every figure is computed on freshly generated data on a worker thread;
// a slider change re-runs the scenario after a short pause, superseding any run under way.
class TeachingView : public QWidget
{
    Q_OBJECT
public:
    explicit TeachingView(QWidget *parent = nullptr);
    ~TeachingView() override; // cancels the run under way and waits for it

    int scenarioCount() const;
    // Selects a scenario, resets the sliders to its preset and computes it.
    void setScenario(int index);
    int scenario() const { return m_scenario; }
    // A result for the current settings is still to come (waiting or computing).
    bool isBusy() const;
    QString figuresText() const; // the numbers under the figure, as shown
    // Larger fonts everywhere (lists, text, figure axes and legends) for projectors.
    void setPresentationMode(bool on);
    bool presentationMode() const { return m_presentation; }
    // Saves the figure by the file's ending: .pdf, .csv (the plotted numbers), else PNG.
    bool exportTo(const QString &path) const;

public Q_SLOTS:
    // The Hedge scenario: one more labelled comparison (does nothing elsewhere or at the end).
    void stepHedge();

Q_SIGNALS:
    // The worker's result for scenario `index` is on screen (also when it is an error).
    void scenarioFinished(int index);
    // The window goes full screen with only this view while presenting (F11 / Esc).
    void presentationModeChanged(bool on);

private:
    static QString scenarioTitle(int index);
    static QString scenarioExplanation(int index); // rich text: title and 2-4 sentences
    QWidget *makeControls();
    QSlider *addSlider(QGridLayout *grid, int row, const QString &name, const QString &objectName,
                       const QString &toolTip, int minimum, int maximum, QLabel **valueLabel);
    void selectScenario(int index);
    TeachingSettings settings() const;
    void setSettings(const TeachingSettings &s);
    void updateValueLabels();
    void supersedeRun();
    void requestRun();
    void takeResult(TeachingOutcome outcome);
    void updateBusy();
    void exportFigure();

    void render();
    void renderOneGroup(const TeachingOutcome &o);
    void renderOpposed(const TeachingOutcome &o);
    void renderRouter(const TeachingOutcome &o);
    void renderHedge(const TeachingOutcome &o);

    void resetHedge();
    void setPlaying(bool on);
    void updateHedgeControls();
    bool hedgeFinished() const;

    QListWidget *m_list;
    QSlider *m_k = nullptr; // the sliders are made in makeControls()
    QSlider *m_separation = nullptr;
    QSlider *m_noise = nullptr;
    QSlider *m_informativeness = nullptr;
    QLabel *m_kValue = nullptr;
    QLabel *m_separationValue = nullptr;
    QLabel *m_noiseValue = nullptr;
    QLabel *m_informativenessValue = nullptr;
    QPushButton *m_step;
    QPushButton *m_play;
    QPushButton *m_reset;
    QPushButton *m_presentationButton;
    QPushButton *m_export;
    QLabel *m_explanation;
    TeachingFigure *m_figure;
    QLabel *m_figures;
    QLabel *m_busy;

    int m_scenario = -1;
    QTimer m_debounce;  // slider changes settle before a run starts
    QTimer m_playTimer; // Hedge rounds while playing

    // One worker at a time: a superseded run is cancelled and finishes quickly, and the
    // next one starts right after it on the same thread.
    QThreadPool m_pool;
    LatestResult<TeachingOutcome> m_run; // the newest request (declared after its pool: destroyed first)

    std::optional<TeachingOutcome> m_shown; // the result on screen
    std::optional<micro::core::OnlineHedge> m_hedge;
    std::vector<std::vector<double>> m_weightTrail; // head weights after each round (0: start)

    bool m_presentation = false;
    QFont m_normalFont; // the font before presentation mode
};

} // namespace micro::ui
