#pragma once

#include <QString>

namespace micro::ui {

// The look: "system" (the platform's palette), "light" or "dark" (Fusion with a dark
// palette). Applies live: plots restyle themselves from the palette on their next replot.
void applyTheme(const QString &name);
// The theme chosen in Settings > Theme ("system" when none was).
QString savedTheme();

} // namespace micro::ui
