#include "labelledcsv.h"

#include "util/error.h"

#include <QFile>
#include <cmath>

namespace micro::core {

Dataset loadLabelledCsv(const QString &path, const QString &name)
{
    QFile file(path);
    if (!file.exists()) throw MicroError(ErrorCode::FileNotFound, path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        throw MicroError(ErrorCode::FileUnreadable, path, file.errorString());
    auto bad = [&](int line, const QString &what) {
        throw MicroError(ErrorCode::BadFormat, QStringLiteral("%1:%2").arg(path).arg(line), what);
    };
    const QList<QByteArray> header = file.readLine().trimmed().split(',');
    if (header.isEmpty() || header[0] != "y") bad(1, QStringLiteral("header starting with y expected"));
    int d = 0, p = 0;
    for (int c = 1; c < header.size(); ++c) {
        const QByteArray h = header[c].trimmed();
        if (h == "d" + QByteArray::number(d + 1) && p == 0)
            ++d;
        else if (h == "x" + QByteArray::number(p + 1))
            ++p;
        else
            bad(1, QStringLiteral("column %1 is \"%2\", expected d%3 or x%4")
                       .arg(c + 1)
                       .arg(QString::fromUtf8(h))
                       .arg(d + 1)
                       .arg(p + 1));
    }
    if (d == 0) bad(1, QStringLiteral("no d1.. columns"));
    FeatureMatrix::Values diff, router;
    std::vector<Comparison> comparisons;
    int line = 1;
    while (!file.atEnd()) {
        const QByteArray text = file.readLine().trimmed();
        ++line;
        if (text.isEmpty()) continue;
        const QList<QByteArray> cells = text.split(',');
        if (cells.size() != 1 + d + p)
            bad(line, QStringLiteral("%1 values, %2 expected").arg(cells.size()).arg(1 + d + p));
        bool ok = false;
        const double y = cells[0].toDouble(&ok);
        if (!ok || (y != 0 && y != 1))
            bad(line, QStringLiteral("y must be 0 or 1, got \"%1\"").arg(QString::fromUtf8(cells[0])));
        const float sign = y == 1 ? 1.f : -1.f;
        for (int c = 1; c < cells.size(); ++c) {
            const double v = cells[c].toDouble(&ok);
            if (!ok || !std::isfinite(v))
                bad(line, QStringLiteral("column %1: \"%2\" is not a finite number")
                              .arg(c + 1)
                              .arg(QString::fromUtf8(cells[c])));
            if (c <= d)
                diff.push_back(sign * float(v));
            else
                router.push_back(float(v));
        }
        Comparison cmp;
        cmp.id = QString::number(comparisons.size());
        comparisons.push_back(cmp);
    }
    Dataset ds;
    ds.name = name;
    ds.source = QStringLiteral("csv:") + path;
    const int n = int(comparisons.size());
    ds.comparisons = std::move(comparisons);
    ds.diff = FeatureMatrix(n, d);
    ds.diff.values = std::move(diff);
    ds.router = FeatureMatrix(n, p);
    ds.router.values = std::move(router);
    if (n == 0) bad(line, QStringLiteral("no data rows"));
    return ds;
}

} // namespace micro::core
