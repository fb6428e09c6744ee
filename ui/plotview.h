#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

class QCustomPlot;
class QCPAxis;
class QCPAxisRect;
class QCPLegend;

namespace micro::ui {

// The size a figure is exported at: width x height in layout pixels (fonts keep their size,
// so a larger figure has more room), and for PNG the resolution: 192 dpi gives twice the
// pixels of 96 dpi, with the dpi written into the file.
struct FigureSize
{
    int width = 1200;
    int height = 800;
    int dpi = 96;
};

// A view built on one QCustomPlot: exports the figure (PNG, PDF with legend and axis
// labels as shown) and its data (CSV, from csv()). Every analysis view derives from it.
class PlotView : public QWidget
{
    Q_OBJECT
public:
    explicit PlotView(QWidget *parent = nullptr);
    // Property of a QCPItemText drawn on a heat-map cell: it keeps its own colour, where
    // every other text item takes the theme's text colour.
    static constexpr const char *kOnCell = "microOnCell";

    using ExportSize = FigureSize;
    // Background, axes, grid, legends, titles and text items of `plot` in the colours of
    // `palette` (light or dark theme); for plots that are not PlotViews, at each replot.
    static void applyPalette(QCustomPlot *plot, const QPalette &palette);
    bool exportPng(const QString &path, const ExportSize &size = {}) const;
    bool exportPdf(const QString &path, const ExportSize &size = {}) const;
    bool exportCsv(const QString &path) const;
    // Chooses the format by the file's ending (.pdf, .csv, else PNG).
    bool exportTo(const QString &path, const ExportSize &size = {}) const;

    // The text at the top of the figure (its title, or why it is empty).
    QString shownTitle() const;
    // What hovering at `pixel` shows: the nearest point of a curve within 12 px, as
    // "name\nx: …, y: …" (empty when none is that close).
    QString valueAt(const QPointF &pixel) const;

    // The colour of series i (heads, groups, runs), the same in every view.
    static QColor seriesColour(int i);
    // Ticks on whole numbers only (epochs, K, labelled pairs): no "2.5 epochs".
    static void useIntegerTicks(QCPAxis *axis);
    // Moves `legend` (from `rect`'s inset, if there) into its own row under `rect`, laid out
    // in columns: a legend inside the axes covers the last points of the curves.
    static void putLegendBelow(QCustomPlot *plot, QCPLegend *legend, QCPAxisRect *rect);

protected:
    virtual QString csv() const = 0;
    // Background, axes, grid, legends and titles in the palette's colours (before each replot).
    void stylePlot();
    void changeEvent(QEvent *event) override; // a new palette (theme) replots in its colours

    QCustomPlot *m_plot;
};

} // namespace micro::ui
