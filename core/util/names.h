#pragma once

#include <QString>

namespace micro::core {

// What a user may call a dataset or a run, or tag a run with: printable text. Control
// characters (newlines, ANSI escapes) would garble listings and terminals, and "%1"-style
// placeholders would be filled in by the messages that quote the name. Throws MicroError
// InvalidOption naming `what` and the rule.
void checkUserName(const QString &name, const QString &what);

} // namespace micro::core
