#pragma once

// Helpers shared by the files of ImportWizard (importwizard*.cpp); not part of its interface.

#include <QLabel>
#include <QLatin1String>
#include <QString>

namespace micro::ui::importwizardinternal {

template <class W> inline W *described(W *widget, const char *objectName, const QString &tip)
{
    if (objectName) widget->setObjectName(QLatin1String(objectName));
    widget->setToolTip(tip);
    return widget;
}

// Plain text, since messages quote paths and file contents; selectable so they can be copied.
inline QLabel *messageLabel(const char *objectName = nullptr)
{
    auto *label = described(new QLabel, objectName, QString());
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

inline void showMessage(QLabel *label, const QString &text, bool problem)
{
    label->setText(text);
    label->setStyleSheet(problem ? QStringLiteral("color: #c62828;") : QString());
}

} // namespace micro::ui::importwizardinternal
