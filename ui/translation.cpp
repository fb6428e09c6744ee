#include "translation.h"

#include <QCoreApplication>
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
    if (!loaded) return QStringLiteral("en");
    const QString code = translator->language().section(QLatin1Char('_'), 0, 0);
    QCoreApplication::installTranslator(translator.get());
    current() = std::move(translator);
    return code.isEmpty() ? language : code;
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
