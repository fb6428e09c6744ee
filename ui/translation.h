#pragma once

#include <QString>
#include <QStringList>

namespace micro::ui {

// The interface language. Catalogues are compiled from translations/*.ts into :/i18n.
// `language` is a code with a catalogue ("ko") or "en" for the English source; empty
// follows the system locale. Replaces any catalogue installed before; returns the code in
// use ("en" when no catalogue matched).
QString installTranslation(const QString &language);
// The application font for language `code`: for Korean, Latin letters, digits and
// punctuation from DejaVu Sans and Hangul from the Korean font, because NanumGothic (which
// fontconfig picks for Korean) draws "." so that 0.834 reads as 0,834. No change for other
// languages or where DejaVu Sans is missing.
void applyLanguageFont(const QString &code);

// Codes of the languages the user can choose, English first.
QStringList availableLanguages();
// A language's own name ("English", "한국어") for the settings menu.
QString languageName(const QString &code);

} // namespace micro::ui
