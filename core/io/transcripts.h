#pragma once

#include <QString>
#include <vector>

namespace micro::core {

// Splitting conversations into (prompt, response), for the row shapes of FORMATS.md.

struct PromptResponse
{
    QString prompt;
    QString response;
};

// Anthropic HH transcript "\n\nHuman: ...\n\nAssistant: ...": the last Assistant turn is
// the response, everything before it the prompt. Returns false when the text has no
// Assistant turn.
bool splitHhTranscript(const QString &text, PromptResponse *out);

// A transcript with marked turns, however the markers are written: "Human:"/"Assistant:"
// or "User:"/"Assistant:" at a line start, optionally as headings ("## Human:"), as graded
// single-response files store them. The last Assistant turn is the response, the turns
// before it the prompt. Returns false when there is no Assistant turn after a user turn.
bool splitMarkedTranscript(const QString &text, PromptResponse *out);
// Whether `text` looks like such a transcript (a user turn and an Assistant turn).
bool looksLikeTranscript(const QString &text);

// Implicit prompt: the longest common prefix of the two full texts, cut back to the last
// assistant turn marker inside it (or to a whitespace boundary when there is none), so a
// response that starts with the same word as the other keeps that word.
QString implicitPrompt(const QString &chosen, const QString &rejected);

// The response part of `full` when it starts with `prompt` (explicit-prompt rows whose
// chosen/rejected repeat the prompt); otherwise `full` itself. A leading "Assistant:"
// marker and surrounding whitespace are removed.
QString stripPrompt(const QString &full, const QString &prompt);

struct Message
{
    QString role;
    QString content;
};

// "role: content" lines, the way a conversation is shown and featurized.
QString renderConversation(const std::vector<Message> &messages);

} // namespace micro::core
