#pragma once

// With MICRO_SCREENSHOT_DIR set (e.g. under Xvfb), UI tests save the widget at the moments
// a person would look at, so what the tests drive can also be seen.
#include <QDir>
#include <QString>
#include <QWidget>

namespace micro::test {

inline void screenshot(QWidget &w, const QString &name)
{
    const QString dir = qEnvironmentVariable("MICRO_SCREENSHOT_DIR");
    if (!dir.isEmpty()) w.grab().save(QDir(dir).filePath(name + QStringLiteral(".png")));
}

} // namespace micro::test
