#include "runexport.h"

#include "store/projectstore.h"
#include "util/error.h"
#include "util/textfiles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace micro::core {

namespace {

QByteArray assignmentsCsv(ProjectStore &store, const RunInfo &run)
{
    const StoredAssignments a = store.assignments(run.id);
    const Dataset ds = store.loadDataset(run.datasetId);
    QString text = QStringLiteral("row,id,known_group,context,assignment");
    for (int k = 0; k < a.posterior.cols; ++k)
        text += QStringLiteral(",posterior_%1").arg(k);
    text += QLatin1Char('\n');
    for (int i = 0; i < a.posterior.rows; ++i) {
        const Comparison &c = ds.comparisons[std::size_t(i)];
        text += QStringLiteral("%1,%2,%3,%4,%5")
                    .arg(i)
                    .arg(csvField(c.id), csvField(c.knownGroup), csvField(c.context))
                    .arg(a.hard[std::size_t(i)]);
        for (int k = 0; k < a.posterior.cols; ++k)
            text += QLatin1Char(',') + QString::number(a.posterior.row(i)[k], 'g', 7);
        text += QLatin1Char('\n');
    }
    return text.toUtf8();
}

QByteArray runJson(ProjectStore &store, const RunInfo &run, bool finished)
{
    QJsonArray epochs;
    for (const EpochMetrics &e : store.epochs(run.id)) {
        QJsonArray w;
        for (double x : e.meanRouterWeight)
            w.append(x);
        epochs.append(QJsonObject{{QStringLiteral("epoch"), e.epoch},
                                  {QStringLiteral("train_loss"), e.trainLoss},
                                  {QStringLiteral("train_nll"), e.trainNll},
                                  {QStringLiteral("val_nll"), e.valNll},
                                  {QStringLiteral("val_accuracy"), e.valAccuracy},
                                  {QStringLiteral("mean_router_weight"), w},
                                  {QStringLiteral("seconds"), e.trainSeconds}});
    }
    QJsonObject o{{QStringLiteral("id"), run.id},
                  {QStringLiteral("name"), run.name},
                  {QStringLiteral("dataset"), run.datasetName},
                  {QStringLiteral("status"), run.status},
                  {QStringLiteral("started"), run.startedAt},
                  {QStringLiteral("finished"), run.finishedAt},
                  {QStringLiteral("seconds"), run.elapsedSeconds},
                  {QStringLiteral("config"), run.configJson}, // as stored: Stage-2 children keep their own options
                  {QStringLiteral("metrics"), run.metrics},
                  {QStringLiteral("epochs"), epochs}};
    if (finished) {
        const MixtureModel m = store.parameters(run.id);
        QJsonArray params;
        for (float v : m.parameters())
            params.append(double(v));
        o.insert(QStringLiteral("parameters"),
                 QJsonObject{{QStringLiteral("layout"), m.layoutJson()}, {QStringLiteral("values"), params}});
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace

RunExportFormat runExportFormatFor(const QString &path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? RunExportFormat::AssignmentsCsv
                                                                     : RunExportFormat::Json;
}

void exportRun(ProjectStore &store, qint64 runId, const QString &path)
{
    const RunInfo run = store.run(runId);
    const bool finished = run.status == QLatin1String("finished");
    QByteArray bytes;
    if (runExportFormatFor(path) == RunExportFormat::AssignmentsCsv) {
        if (!finished)
            throw MicroError(ErrorCode::UnknownRun, QString::number(runId),
                             QStringLiteral("status %1, not finished").arg(run.status));
        bytes = assignmentsCsv(store, run);
    } else {
        bytes = runJson(store, run, finished);
    }
    QString why;
    if (!writeFileAtomically(path, bytes, &why)) throw MicroError(ErrorCode::FileWriteFailed, path, why);
}

} // namespace micro::core
