#include "exportsizedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>

namespace micro::ui {

ExportSizeDialog::ExportSizeDialog(bool png, QWidget *parent)
    : QDialog(parent), m_width(new QSpinBox), m_height(new QSpinBox), m_dpi(new QSpinBox)
{
    setWindowTitle(tr("Export Size"));
    const PlotView::ExportSize last = remembered();
    m_width->setObjectName(QStringLiteral("exportWidth"));
    m_width->setRange(200, 10000);
    m_width->setSuffix(tr(" px"));
    m_width->setValue(last.width);
    m_height->setObjectName(QStringLiteral("exportHeight"));
    m_height->setRange(150, 10000);
    m_height->setSuffix(tr(" px"));
    m_height->setValue(last.height);
    m_dpi->setObjectName(QStringLiteral("exportDpi"));
    m_dpi->setRange(48, 1200);
    m_dpi->setSuffix(tr(" dpi"));
    m_dpi->setValue(last.dpi);
    m_dpi->setEnabled(png);
    m_dpi->setToolTip(png ? tr("96 dpi: one image pixel per layout pixel; 300 dpi for print gives 3.125 times the "
                               "pixels with the same layout")
                          : tr("A PDF is vector graphics: it has no resolution"));
    auto *form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Layout size (fonts keep their size, so a larger figure has more room):")));
    form->addRow(tr("&Width:"), m_width);
    form->addRow(tr("&Height:"), m_height);
    form->addRow(tr("&Resolution:"), m_dpi);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

PlotView::ExportSize ExportSizeDialog::size() const
{
    return PlotView::ExportSize{m_width->value(), m_height->value(), m_dpi->value()};
}

void ExportSizeDialog::remember() const
{
    QSettings s;
    s.setValue(QStringLiteral("export/width"), m_width->value());
    s.setValue(QStringLiteral("export/height"), m_height->value());
    s.setValue(QStringLiteral("export/dpi"), m_dpi->value());
}

PlotView::ExportSize ExportSizeDialog::remembered()
{
    const QSettings s;
    PlotView::ExportSize size;
    size.width = s.value(QStringLiteral("export/width"), size.width).toInt();
    size.height = s.value(QStringLiteral("export/height"), size.height).toInt();
    size.dpi = s.value(QStringLiteral("export/dpi"), size.dpi).toInt();
    return size;
}

} // namespace micro::ui
