#pragma once

// Helpers shared by the files of TeachingView (teachingview*.cpp); not part of its interface.

#include <QString>

namespace micro::ui::teachingviewinternal {

// A setting or a figure's number as shown: fixed-point, `decimals` after the point.
inline QString fixed(double v, int decimals = 3)
{
    return QString::number(v, 'f', decimals);
}

} // namespace micro::ui::teachingviewinternal
