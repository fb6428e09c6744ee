#pragma once

#include <QString>
#include <QStringList>

namespace micro::ui {

// The interface language. Catalogues are compiled from translations/*.ts into :/i18n.
// `language` is a code with a catalogue ("ko") or "en" for the English source; empty
// follows the system locale. Replaces any catalogue installed before; returns the code in
// use ("en" when no catalogue matched).
QString installTranslation(const QString &language);

// Codes of the languages the user can choose, English first.
QStringList availableLanguages();
// A language's own name ("English", "한국어") for the settings menu.
QString languageName(const QString &code);

} // namespace micro::ui
