#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <vector>

namespace micro::core {

// The project file's schema as ordered migrations: migrations()[i] takes a file from
// version i to i + 1. A new file runs them all; an old one runs those it lacks, each in
// its own transaction, so a failure leaves the file at the last complete version.
struct Migration
{
    int toVersion;
    QStringList statements;
};

const std::vector<Migration> &migrations();
int currentSchemaVersion();

} // namespace micro::core
