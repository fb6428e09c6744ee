// The main window driven as a user would, on the offscreen platform: one test class whose
// tests are defined in tst_mainwindow.cpp (plots and views), tst_mainwindow_runs.cpp (the runs
// table and the jobs that add runs) and tst_mainwindow_data.cpp (the Comparisons view, imports
// and exports). Qt Test runs them in the order declared here.
#pragma once

#include <QObject>

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanup();
    void runsTableGroups();
    void curvesSmoothAndTakeALogAxis();
    void exportAtAChosenSizeAndResolution();
    void demoByShortcutTrainsThreeRunsWithLiveCurves();
    void cancelRemovesTheRunAndStopAndKeepKeepsIt();
    void presentationIsFullScreenAndRestoresTheWindow();
    void chooseKAndBudgetCurveRunFromTheWindow();
    void darkThemeAppliesLiveToThePlots();
    void renameIsUndoableAndTheTableExports();
    void renamingByKeyboardKeepsTheSelectionOnTheEditedRun();
    void mnemonicsAreUnique();
    void routingAndModelChoiceViewsShowStoredAnalyses();
    void comparisonsTableSearchesFiltersAndShowsBothResponses();
    void adaptationRunsAsAJobAndShowsTheChildRun();
    void importEmbeddingsFromTheFileMenu();
    void exportRunFromTheFileMenu();
    void addFeatureFileFromTheFileMenu();
    void importThroughTheWizardWithACustomMapping();
    void trainDialogStartsWithThePapersDefaultsAndReturnsEdits();
    void trainDialogRemembersAndAdaptNeedsContexts();
    void trainingsAskedForWhileBusyAreQueued();
    void eventLoopStaysResponsiveWhileTraining();
    void runsAskedForInQuickSuccessionShowTheLast();
};
