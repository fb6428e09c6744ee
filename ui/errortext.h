#pragma once

#include "util/error.h"

#include <QString>

namespace micro::ui {

// One translated sentence for a core error: what happened, about what, and where.
QString errorText(const micro::core::Error &error);

} // namespace micro::ui
