#pragma once

// qcustomplot.h is written with Qt's keyword macros (signals, slots, emit, foreach), which
// the whole project turns off (QT_NO_KEYWORDS, because LibTorch uses `slots` as an
// identifier). Spell them as the Q_ macros just while the header is parsed.
#ifndef signals
#define signals Q_SIGNALS
#define MICRO_UNDEF_SIGNALS
#endif
#ifndef slots
#define slots Q_SLOTS
#define MICRO_UNDEF_SLOTS
#endif
#ifndef emit
#define emit Q_EMIT
#define MICRO_UNDEF_EMIT
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define MICRO_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef MICRO_UNDEF_SIGNALS
#undef signals
#undef MICRO_UNDEF_SIGNALS
#endif
#ifdef MICRO_UNDEF_SLOTS
#undef slots
#undef MICRO_UNDEF_SLOTS
#endif
#ifdef MICRO_UNDEF_EMIT
#undef emit
#undef MICRO_UNDEF_EMIT
#endif
#ifdef MICRO_UNDEF_FOREACH
#undef foreach
#undef MICRO_UNDEF_FOREACH
#endif
