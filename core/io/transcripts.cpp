#include "transcripts.h"

#include <QRegularExpression>

namespace micro::core {

namespace {

const QString kAssistantTurn = QStringLiteral("\n\nAssistant:");

QString trimmedResponse(QStringView s)
{
    s = s.trimmed();
    if (s.startsWith(QLatin1String("Assistant:"))) s = s.mid(10).trimmed();
    return s.toString();
}

} // namespace

bool splitHhTranscript(const QString &text, PromptResponse *out)
{
    qsizetype at = text.lastIndexOf(kAssistantTurn);
    qsizetype markerLength = kAssistantTurn.size();
    if (at < 0 && text.startsWith(QLatin1String("Assistant:"))) {
        at = 0;
        markerLength = 10;
    }
    if (at < 0) return false;
    out->prompt = QStringView(text).left(at).trimmed().toString();
    out->response = QStringView(text).mid(at + markerLength).trimmed().toString();
    return true;
}

namespace {

const QRegularExpression &assistantMarker()
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\n)[ \\t]*(?:#+[ \\t]*)?Assistant[ \\t]*:"));
    return re;
}

const QRegularExpression &userMarker()
{
    static const QRegularExpression re(QStringLiteral("(?:^|\\n)[ \\t]*(?:#+[ \\t]*)?(?:Human|User)[ \\t]*:"));
    return re;
}

} // namespace

bool looksLikeTranscript(const QString &text)
{
    const QRegularExpressionMatch user = userMarker().match(text);
    return user.hasMatch() && assistantMarker().match(text, user.capturedEnd()).hasMatch();
}

bool splitMarkedTranscript(const QString &text, PromptResponse *out)
{
    if (!looksLikeTranscript(text)) return false;
    QRegularExpressionMatch last;
    for (QRegularExpressionMatchIterator it = assistantMarker().globalMatch(text); it.hasNext();)
        last = it.next();
    out->prompt = QStringView(text).left(last.capturedStart()).trimmed().toString();
    out->response = QStringView(text).mid(last.capturedEnd()).trimmed().toString();
    return true;
}

QString implicitPrompt(const QString &chosen, const QString &rejected)
{
    const qsizetype n = std::min(chosen.size(), rejected.size());
    qsizetype common = 0;
    const QChar *a = chosen.constData(), *b = rejected.constData();
    while (common < n && a[common] == b[common])
        ++common;
    if (common == chosen.size() && common == rejected.size())
        return chosen; // identical texts: counted and skipped later
    const QStringView prefix = QStringView(chosen).left(common);
    const qsizetype turn = prefix.lastIndexOf(kAssistantTurn);
    if (turn >= 0) return prefix.left(turn + kAssistantTurn.size()).toString();
    qsizetype cut = common;
    while (cut > 0 && !prefix[cut - 1].isSpace())
        --cut;
    return prefix.left(cut).toString();
}

QString stripPrompt(const QString &full, const QString &prompt)
{
    if (!prompt.isEmpty() && full.startsWith(prompt)) return trimmedResponse(QStringView(full).mid(prompt.size()));
    return trimmedResponse(full);
}

QString renderConversation(const std::vector<Message> &messages)
{
    QString out;
    for (const Message &m : messages) {
        if (!out.isEmpty()) out += QStringLiteral("\n\n");
        out += m.role + QStringLiteral(": ") + m.content;
    }
    return out;
}

} // namespace micro::core
