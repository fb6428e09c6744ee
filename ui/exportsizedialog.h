#pragma once

#include "plotview.h"

#include <QDialog>

class QSpinBox;

namespace micro::ui {

// Asks the size (and for PNG the resolution) a view is exported at; the last choice is
// remembered and offered again.
class ExportSizeDialog : public QDialog
{
    Q_OBJECT
public:
    // `png`: the resolution applies (a PDF is vector and has none).
    explicit ExportSizeDialog(bool png, QWidget *parent = nullptr);
    PlotView::ExportSize size() const;
    void remember() const;
    static PlotView::ExportSize remembered();

private:
    QSpinBox *m_width;
    QSpinBox *m_height;
    QSpinBox *m_dpi;
};

} // namespace micro::ui
