#include "teachingview.h"

#include "errortext.h"

#include "util/textfiles.h"

#include "teachingfigure.h"
#include "teachingviewinternals.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QSplitter>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace micro::ui {

using namespace micro::core; // the teaching scenarios (core/jobs/teachingscenario.h)
using teachingviewinternal::fixed;

namespace {

// Sliders hold integers; one step of each is this much of its setting.
constexpr double kSeparationStep = 0.1;      // 5..80: separation 0.5..8
constexpr double kNoiseStep = 0.01;          // 0..40: label noise 0..0.4
constexpr double kInformativenessStep = 0.1; // 0..100: informativeness 0..10
constexpr int kDebounceMs = 300;             // let a slider drag settle before computing
constexpr int kRoundMs = 150;                // Hedge rounds while playing: readable, not slow
constexpr double kPresentationScale = 1.5;   // fonts on a projector; 1.8 pushed the controls past a 1100 px screen

TeachingScenario scenarioAt(int index)
{
    return static_cast<TeachingScenario>(std::clamp(index, 0, kTeachingScenarioCount - 1));
}

} // namespace

TeachingView::TeachingView(QWidget *parent)
    : QWidget(parent), m_list(new QListWidget), m_step(new QPushButton(tr("Step"))),
      m_play(new QPushButton(tr("Pla&y"))), m_reset(new QPushButton(tr("Reset"))),
      m_presentationButton(new QPushButton(tr("Presentation mo&de"))), m_export(new QPushButton(tr("E&xport figure…"))),
      m_explanation(new QLabel), m_figure(new TeachingFigure), m_figures(new QLabel),
      m_busy(new QLabel(tr("computing…"))),
      m_run(
          this, [this](TeachingOutcome outcome) { takeResult(std::move(outcome)); },
          [this](const micro::core::Error &e) {
              updateBusy();
              updateHedgeControls();
              m_explanation->setText(errorText(e));
          })
{
    m_pool.setMaxThreadCount(1);
    m_list->setObjectName(QStringLiteral("teachingScenarioList"));
    m_step->setObjectName(QStringLiteral("teachingStep"));
    m_play->setObjectName(QStringLiteral("teachingPlay"));
    m_reset->setObjectName(QStringLiteral("teachingReset"));
    m_presentationButton->setObjectName(QStringLiteral("teachingPresentation"));
    m_export->setObjectName(QStringLiteral("teachingExport"));
    m_explanation->setObjectName(QStringLiteral("teachingExplanation"));
    m_figure->setObjectName(QStringLiteral("teachingFigure"));
    m_figures->setObjectName(QStringLiteral("teachingFigures"));
    m_busy->setObjectName(QStringLiteral("teachingBusy"));

    for (int i = 0; i < kTeachingScenarioCount; ++i)
        m_list->addItem(QStringLiteral("%1. %2").arg(i + 1).arg(scenarioTitle(i)));
    // Whole titles at any width (and font size): wrapped, never scrolled sideways.
    m_list->setWordWrap(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setResizeMode(QListView::Adjust);

    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setWordWrap(true);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_figures->setTextFormat(Qt::PlainText); // figuresText() is what the label shows
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_busy->setForegroundRole(QPalette::PlaceholderText); // greyed, and it follows the font
    QSizePolicy keepRoom = m_busy->sizePolicy();
    keepRoom.setRetainSizeWhenHidden(true); // the figures line does not jump when it goes
    m_busy->setSizePolicy(keepRoom);
    m_busy->hide();

    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(m_explanation);
    rightLayout->addWidget(m_figure, 1);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_figures, 1);
    bottom->addWidget(m_busy, 0, Qt::AlignRight | Qt::AlignBottom);
    rightLayout->addLayout(bottom);

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->addWidget(makeControls());
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &TeachingView::requestRun);
    m_playTimer.setInterval(kRoundMs);
    connect(&m_playTimer, &QTimer::timeout, this, &TeachingView::stepHedge);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) selectScenario(row);
    });
    connect(m_step, &QPushButton::clicked, this, &TeachingView::stepHedge);
    connect(m_play, &QPushButton::toggled, this, &TeachingView::setPlaying);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_play->setChecked(false);
        resetHedge();
        render();
        updateHedgeControls();
    });
    connect(m_presentationButton, &QPushButton::toggled, this, &TeachingView::setPresentationMode);
    connect(m_export, &QPushButton::clicked, this, &TeachingView::exportFigure);

    setScenario(0);
}

TeachingView::~TeachingView()
{
    m_debounce.stop();
    m_playTimer.stop();
    m_run.cancel();
    m_pool.waitForDone(); // superseded requests were cancelled: they return at once
}

QWidget *TeachingView::makeControls()
{
    auto *settingsBox = new QGroupBox(tr("Synthetic data"));
    auto *grid = new QGridLayout(settingsBox);
    m_k = addSlider(grid, 0, tr("Groups &K"), QStringLiteral("teachingK"),
                    tr("Number of rater groups in the generated data. MiCRo is fitted with as many "
                       "heads (at least two); the Hedge scenario weighs as many true heads."),
                    1, 5, &m_kValue);
    m_separation = addSlider(grid, 1, tr("Sep&aration"), QStringLiteral("teachingSeparation"),
                             tr("Length of each group's reward vector: how decisively a group "
                                "prefers one response (0.5: nearly coin flips, 8: almost certain)."),
                             5, 80, &m_separationValue);
    m_noise = addSlider(grid, 2, tr("Label &noise"), QStringLiteral("teachingNoise"),
                        tr("Probability that a label is flipped after it is drawn: disagreement no "
                           "model can explain."),
                        0, 40, &m_noiseValue);
    m_informativeness = addSlider(grid, 3, tr("Prompt informati&veness"), QStringLiteral("teachingInformativeness"),
                                  tr("How strongly the prompt reveals the rater's group (0: not at all, "
                                     "10: almost certainly). The Hedge scenario does not route by "
                                     "prompt and ignores it."),
                                  0, 100, &m_informativenessValue);

    auto *hedgeBox = new QGroupBox(tr("Labelling session (scenario 4)"));
    auto *hedgeLayout = new QHBoxLayout(hedgeBox);
    // No Alt letter is left for these two (the menus and tabs hold S, T, E, P, R): each has
    // a shortcut of its own instead, live while this view is shown (Alt, so that a spin box or
    // text field with the focus does not take it as cursor movement).
    m_step->setToolTip(tr("Label one more comparison and update the head weights (Alt+Right)."));
    m_step->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_play->setToolTip(tr("Label comparisons one after another, about seven a second."));
    m_play->setCheckable(true);
    m_reset->setToolTip(tr("Start the session again from equal weights (Alt+Home)."));
    m_reset->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    hedgeLayout->addWidget(m_step);
    hedgeLayout->addWidget(m_play);
    hedgeLayout->addWidget(m_reset);

    m_presentationButton->setCheckable(true);
    m_presentationButton->setToolTip(tr("Larger text and figure labels, for a projector."));
    m_export->setToolTip(tr("Save the figure as PNG or PDF, or its numbers as CSV."));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_presentationButton);
    buttons->addWidget(m_export);

    auto *controls = new QWidget;
    auto *layout = new QVBoxLayout(controls);
    auto *listLabel = new QLabel(tr("Scenari&os"));
    listLabel->setBuddy(m_list);
    layout->addWidget(listLabel);
    layout->addWidget(m_list, 1);
    layout->addWidget(settingsBox);
    layout->addWidget(hedgeBox);
    layout->addLayout(buttons);
    return controls;
}

QSlider *TeachingView::addSlider(QGridLayout *grid, int row, const QString &name, const QString &objectName,
                                 const QString &toolTip, int minimum, int maximum, QLabel **valueLabel)
{
    auto *slider = new QSlider(Qt::Horizontal);
    slider->setObjectName(objectName);
    slider->setRange(minimum, maximum);
    slider->setToolTip(toolTip);
    slider->setMinimumWidth(120);
    auto *label = new QLabel(name);
    label->setBuddy(slider);
    label->setToolTip(toolTip);
    *valueLabel = new QLabel;
    (*valueLabel)->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    grid->addWidget(label, row, 0);
    grid->addWidget(slider, row, 1);
    grid->addWidget(*valueLabel, row, 2);
    connect(slider, &QSlider::valueChanged, this, [this] {
        updateValueLabels();
        supersedeRun();     // its result would show settings the sliders no longer have
        m_debounce.start(); // restarts while the slider keeps moving
        updateBusy();
        updateHedgeControls();
    });
    return slider;
}

QString TeachingView::scenarioTitle(int index)
{
    switch (scenarioAt(index)) {
    case TeachingScenario::OneGroup:
        return tr("One group: a single BT is enough");
    case TeachingScenario::OpposedGroups:
        return tr("Two opposed groups: the single BT's irreducible error");
    case TeachingScenario::RouterLearns:
        return tr("The prompt reveals the group: the router learns it");
    case TeachingScenario::HedgeAdapts:
        return tr("A few labels adapt the routing: Hedge converges");
    }
    return {};
}

QString TeachingView::scenarioExplanation(int index)
{
    QString body;
    switch (scenarioAt(index)) {
    case TeachingScenario::OneGroup:
        body = tr("All raters belong to one group and judge with the same reward function. A single "
                  "Bradley–Terry model can learn that function, so a mixture of two heads (MiCRo) has "
                  "nothing more to find: its second head and its router are spare capacity. The bars "
                  "show validation accuracy with 95 % intervals: the single BT and MiCRo tie, both next "
                  "to the generating model, which no fitted model beats except by chance. Raise K to "
                  "see the tie break.");
        break;
    case TeachingScenario::OpposedGroups:
        body = tr("Two groups judge the same responses with nearly opposite reward vectors (the "
                  "generator draws its heads at random, so of %1 seeds the one with the most opposed "
                  "heads is used; their cosine is below). A single reward function has to compromise: "
                  "theory puts a floor under its cross-entropy, 2ρK·E[Var<sub>k</sub> m<sub>k</sub>] "
                  "+ H "
                  "(dashed red), with H the label entropy and ρ the smallest probability of a group "
                  "for "
                  "a prompt. The single BT's NLL flattens above the floor however long it trains, "
                  "while "
                  "MiCRo, whose router tells the groups apart by the prompt, keeps falling towards "
                  "the "
                  "true model. The more the prompt reveals the group, the closer ρ is to 0 and the "
                  "floor "
                  "to H; at informativeness 0 the floor rises, but MiCRo can no longer tell the "
                  "groups "
                  "apart either.")
                   .arg(TeachingSizes::seedsSearched);
        break;
    case TeachingScenario::RouterLearns:
        body = tr("Each prompt here carries a strong clue to the group that is asking (high prompt "
                  "informativeness). MiCRo's router learns to read it and sends each comparison to its "
                  "group's head, so MiCRo's validation accuracy climbs towards the generating model's "
                  "(dashed) while the single BT, which must serve all groups at once, stays behind. The "
                  "adjusted Rand index (ARI) below compares MiCRo's hard assignments with the true "
                  "groups: 1 is perfect agreement, 0 is chance. Lower the informativeness to watch the "
                  "router lose its clue.");
        break;
    case TeachingScenario::HedgeAdapts:
        body = tr("A new rater from one group labels comparisons one at a time. Each of the K true "
                  "reward heads is scored on every label by its Bradley–Terry loss −log "
                  "σ(Δ<sub>k</sub>), "
                  "clipped at %1 and divided by it so that it lies in [0, 1], and Hedge updates the "
                  "head "
                  "weights: π<sub>k</sub> ← π<sub>k</sub>·exp(−η·loss<sub>k</sub>) / Z, with "
                  "η = √(8 ln K / T). Within a few dozen labels nearly all the weight sits on one "
                  "head, "
                  "normally the rater's own (top), and the regret, Hedge's cumulative loss minus the "
                  "best single head's, stays under the textbook bound √(T ln K / 2) (bottom). Press "
                  "Step "
                  "for one label or Play to watch.")
                   .arg(TeachingSizes::hedgeLossCap);
        break;
    }
    return QStringLiteral("<h3>%1</h3><p>%2</p>").arg(scenarioTitle(index).toHtmlEscaped(), body);
}

int TeachingView::scenarioCount() const
{
    return kTeachingScenarioCount;
}

void TeachingView::setScenario(int index)
{
    if (index < 0 || index >= scenarioCount()) return;
    if (m_list->currentRow() != index)
        m_list->setCurrentRow(index); // selectScenario() through currentRowChanged
    else
        selectScenario(index);
}

void TeachingView::selectScenario(int index)
{
    m_scenario = index;
    const TeachingScenario scenario = scenarioAt(index);
    m_play->setChecked(false);
    m_hedge.reset();
    m_weightTrail.clear();
    m_shown.reset();
    setSettings(teachingPreset(scenario));
    m_informativeness->setEnabled(scenario != TeachingScenario::HedgeAdapts);
    m_explanation->setText(scenarioExplanation(index));
    m_figure->showMessage(tr("Computing…"));
    m_figures->clear();
    updateHedgeControls();
    requestRun();
}

TeachingSettings TeachingView::settings() const
{
    TeachingSettings s;
    s.groups = m_k->value();
    s.separation = m_separation->value() * kSeparationStep;
    s.labelNoise = m_noise->value() * kNoiseStep;
    s.informativeness = m_informativeness->value() * kInformativenessStep;
    return s;
}

void TeachingView::setSettings(const TeachingSettings &s)
{
    // A preset is one change, not four slider moves that each schedule a run.
    const QSignalBlocker b1(m_k), b2(m_separation), b3(m_noise), b4(m_informativeness);
    m_k->setValue(s.groups);
    m_separation->setValue(int(std::lround(s.separation / kSeparationStep)));
    m_noise->setValue(int(std::lround(s.labelNoise / kNoiseStep)));
    m_informativeness->setValue(int(std::lround(s.informativeness / kInformativenessStep)));
    updateValueLabels();
}

void TeachingView::updateValueLabels()
{
    const TeachingSettings s = settings();
    m_kValue->setText(QString::number(s.groups));
    m_separationValue->setText(fixed(s.separation, 1));
    m_noiseValue->setText(fixed(s.labelNoise, 2));
    m_informativenessValue->setText(fixed(s.informativeness, 1));
}

bool TeachingView::isBusy() const
{
    return m_run.isRunning() || m_debounce.isActive();
}

QString TeachingView::figuresText() const
{
    return m_figures->text();
}

bool TeachingView::exportTo(const QString &path) const
{
    return m_figure->exportTo(path);
}

void TeachingView::supersedeRun()
{
    m_play->setChecked(false);
    m_run.cancel(); // the run under way stops at its next batch; its result is ignored
}

void TeachingView::requestRun()
{
    m_debounce.stop();
    supersedeRun();
    TeachingRequest request;
    request.scenario = scenarioAt(m_scenario);
    request.settings = settings();
    m_run.start([request](const micro::core::CancelToken &cancel) { return computeTeachingScenario(request, &cancel); },
                &m_pool);
    updateBusy();
    updateHedgeControls();
}

void TeachingView::takeResult(TeachingOutcome outcome)
{
    if (outcome.cancelled) return; // superseded: a newer request is on its way
    m_shown = std::move(outcome);
    resetHedge();
    render();
    updateBusy();
    updateHedgeControls();
    Q_EMIT scenarioFinished(int(m_shown->scenario));
}

void TeachingView::updateBusy()
{
    m_busy->setVisible(isBusy());
}

void TeachingView::exportFigure()
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        this, tr("Export figure"), QString(),
        tr("PNG image (*.png);;PDF document (*.pdf);;CSV table of the plotted numbers (*.csv)"), &filter);
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty())
        path += filter.contains(QLatin1String("*.pdf"))   ? QStringLiteral(".pdf")
                : filter.contains(QLatin1String("*.csv")) ? QStringLiteral(".csv")
                                                          : QStringLiteral(".png");
    if (!exportTo(path)) {
        const QString why = micro::core::whyNotWritten(path);
        QMessageBox::warning(this, tr("Export figure"),
                             why.isEmpty() ? tr("Cannot write %1.").arg(path)
                                           : tr("Cannot write %1 (%2).").arg(path, why));
    }
}

void TeachingView::setPresentationMode(bool on)
{
    if (on == m_presentation) return;
    m_presentation = on;
    if (on) {
        m_normalFont = font();
        setFont(scaledFont(m_normalFont, kPresentationScale)); // the figure follows (FontChange)
    } else {
        setFont(m_normalFont);
    }
    {
        const QSignalBlocker block(m_presentationButton);
        m_presentationButton->setChecked(on);
    }
    Q_EMIT presentationModeChanged(on);
}

} // namespace micro::ui
