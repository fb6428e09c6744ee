#include "translation.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <memory>

namespace micro::ui {

namespace {
std::unique_ptr<QTranslator> &current()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

// Qt's own strings (the wizard's "< Back" and "Next >", Cancel in standard buttons, the file
// dialog) come from Qt's catalogue for the language (qt6-translations-l10n).
std::unique_ptr<QTranslator> &qtCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void installQtCatalogue(const QString &code)
{
    if (qtCatalogue()) {
        QCoreApplication::removeTranslator(qtCatalogue().get());
        qtCatalogue().reset();
    }
    if (code == QLatin1String("en")) return;
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        return; // not installed: Qt's buttons stay English, ours are translated
    QCoreApplication::installTranslator(translator.get());
    qtCatalogue() = std::move(translator);
}
} // namespace

QString installTranslation(const QString &language)
{
    if (current()) {
        QCoreApplication::removeTranslator(current().get());
        current().reset();
    }
    auto translator = std::make_unique<QTranslator>();
    const bool loaded =
        language.isEmpty()
            ? translator->load(QLocale(), QStringLiteral("micro_studio"), QStringLiteral("_"), QStringLiteral(":/i18n"))
            : translator->load(QStringLiteral("micro_studio_") + language, QStringLiteral(":/i18n"));
    if (!loaded) {
        installQtCatalogue(QStringLiteral("en"));
        return QStringLiteral("en");
    }
    QString code = translator->language().section(QLatin1Char('_'), 0, 0);
    if (code.isEmpty()) code = language;
    QCoreApplication::installTranslator(translator.get());
    current() = std::move(translator);
    installQtCatalogue(code);
    return code;
}

void applyLanguageFont(const QString &code)
{
    const QString latin = QStringLiteral("DejaVu Sans");
    if (code != QLatin1String("ko") || !QFontDatabase::hasFamily(latin)) return;
    QFont font = QGuiApplication::font();
    QStringList families{latin};
    for (const QString &f : font.families().isEmpty() ? QStringList{font.family()} : font.families())
        if (f != latin) families << f;
    font.setFamilies(families); // per character: the first family that has the glyph
    QGuiApplication::setFont(font);
}

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko")};
}

QString languageName(const QString &code)
{
    // Each language in its own words: a user who cannot read the current one finds theirs.
    if (code == QLatin1String("ko")) return QStringLiteral("한국어");
    return QStringLiteral("English");
}

} // namespace micro::ui
