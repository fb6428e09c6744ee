#pragma once

#include "jobs/runsnapshot.h"
#include "plotview.h"

#include <QStringList>
#include <vector>

class QComboBox;
class QCPTextElement;
class QCPAxisRect;

namespace micro::ui {

// Subgroup assignments of a run: the comparisons' router inputs projected on their first
// two principal components, coloured by hard assignment (or by known group), fainter where
// the posterior is less sure; ARI and NMI against the known groups in the title. The
// projection (project()) runs on a worker thread the run presenter starts.
class AssignmentView : public PlotView
{
    Q_OBJECT
public:
    struct Points
    {
        std::vector<float> x, y;       // projection
        std::vector<int> assignment;   // hard assignment per point
        std::vector<float> confidence; // max posterior per point
        std::vector<int> group;        // known group index per point (-1: none)
        std::vector<int> context;      // context index per point (-1: none)
        std::vector<int> row;          // dataset row per point
        QStringList groupNames;        // in natural order ("2" before "10")
        QStringList contextNames;
        // The series colour of each group / context: that of the head most of its points
        // are assigned to (each head used once), so switching "Colour by" keeps the colours
        // where heads and groups agree.
        std::vector<int> groupColour, contextColour;
        int heads = 0;
        QString title;
        QString error;
    };

    explicit AssignmentView(QWidget *parent = nullptr);

    // Loads the run's features and assignments through `store` (the worker's own
    // connection) and projects them; errors come back in Points::error. Any thread.
    static Points project(micro::core::ProjectStore &store, const micro::core::RunSnapshot &snapshot);
    // A projection is under way: the previous run's points are removed.
    void showProjecting();
    void setPoints(Points points); // then ready()
    // No assignments for this run (still training, interrupted): the plot is emptied and
    // `reason` becomes the title.
    void clear(const QString &reason);
    int pointCount() const { return int(m_points.x.size()); }
    const Points &points() const { return m_points; }
    enum class ColourBy
    {
        Head,
        KnownGroup,
        Context
    };
    ColourBy colourBy() const;
    void setColourBy(ColourBy by);
    bool colourByGroup() const { return colourBy() == ColourBy::KnownGroup; }
    void setColourByGroup(bool byGroup) { setColourBy(byGroup ? ColourBy::KnownGroup : ColourBy::Head); }
    // The dataset rows of the points inside a rectangle of the projection (what a box
    // selection reports).
    std::vector<int> rowsInside(double x0, double x1, double y0, double y1) const;

Q_SIGNALS:
    void ready(); // a requested run's points are shown
    void comparisonClicked(int datasetRow);
    // A box drawn with Ctrl+drag selects points: their dataset rows (empty: selection cleared).
    void rowsSelected(const std::vector<int> &datasetRows);

protected:
    QString csv() const override;

private:
    void redraw();
    void drawMatrix();

    QComboBox *m_colourBy;
    QCPTextElement *m_title;
    std::vector<std::vector<int>> m_graphRows; // per graph: the points' dataset rows
    QCPAxisRect *m_scatterRect = nullptr;
    QCPAxisRect *m_matrixRect = nullptr;
    Points m_points;
};

} // namespace micro::ui
