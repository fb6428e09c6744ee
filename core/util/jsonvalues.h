#pragma once

#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <cmath>
#include <vector>

namespace micro::core {

// Numbers as stored in results: a non-finite value is written as null (JSON has no NaN)
// and read back as NaN, so a missing figure never turns into a plotted zero.
inline QJsonValue jsonNumber(double x)
{
    return std::isfinite(x) ? QJsonValue(x) : QJsonValue(QJsonValue::Null);
}

inline QJsonArray jsonNumbers(const std::vector<double> &v)
{
    QJsonArray a;
    for (double x : v)
        a.append(jsonNumber(x));
    return a;
}

inline QJsonArray jsonMatrix(const std::vector<std::vector<double>> &m)
{
    QJsonArray a;
    for (const auto &row : m)
        a.append(jsonNumbers(row));
    return a;
}

inline double numberFromJson(const QJsonValue &v)
{
    return v.toDouble(NAN);
}

inline std::vector<double> numbersFromJson(const QJsonValue &v)
{
    std::vector<double> out;
    for (const QJsonValue &x : v.toArray())
        out.push_back(numberFromJson(x));
    return out;
}

inline std::vector<std::vector<double>> matrixFromJson(const QJsonValue &v)
{
    std::vector<std::vector<double>> out;
    for (const QJsonValue &row : v.toArray())
        out.push_back(numbersFromJson(row));
    return out;
}

inline QStringList stringsFromJson(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace micro::core
