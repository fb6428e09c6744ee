#include "localranks.h"

#include "distributed/processgroup.h"
#include "store/projectstore.h"
#include "util/error.h"

#include <QFileInfo>
#include <QProcess>
#include <memory>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>
#include <vector>

namespace micro::core {

namespace {

// A loopback port free now (the kernel's pick for port 0).
int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    int port = 0;
    if (fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        port = ntohs(addr.sin_port);
    if (fd >= 0) ::close(fd);
    if (port == 0)
        throw MicroError(ErrorCode::Distributed, QStringLiteral("rank 0"), QStringLiteral("no free loopback port"));
    return port;
}

// Child ranks, killed unless they ended by themselves.
struct ChildRanks
{
    std::vector<std::unique_ptr<QProcess>> processes;
    ~ChildRanks()
    {
        for (auto &p : processes)
            if (p->state() != QProcess::NotRunning) {
                p->kill();
                p->waitForFinished(5000);
            }
    }
};

} // namespace

QStringList trainArguments(const Stage1Config &c)
{
    QStringList a{QStringLiteral("--model"),
                  modelKindName(c.model),
                  QStringLiteral("--k"),
                  QString::number(c.effectiveK()),
                  QStringLiteral("--router"),
                  routerKindName(c.router),
                  QStringLiteral("--hidden"),
                  QString::number(c.hidden),
                  QStringLiteral("--epochs"),
                  QString::number(c.epochs),
                  QStringLiteral("--batch"),
                  QString::number(c.batch),
                  QStringLiteral("--seed"),
                  QString::number(c.seed),
                  QStringLiteral("--val"),
                  QString::number(c.valFraction, 'g', 17),
                  QStringLiteral("--threads"),
                  QString::number(c.threads),
                  QStringLiteral("--patience"),
                  QString::number(c.patience),
                  QStringLiteral("--init"),
                  initMethodName(c.init),
                  QStringLiteral("--weight-decay"),
                  QString::number(c.weightDecay, 'g', 17),
                  QStringLiteral("--block-rows"),
                  QString::number(c.blockRows),
                  QStringLiteral("--lr"),
                  c.lrAuto ? QStringLiteral("auto") : QString::number(c.lr, 'g', 17),
                  QStringLiteral("--alpha"),
                  c.alphaAuto ? QStringLiteral("auto") : QString::number(c.alpha, 'g', 17)};
    return a;
}

TrainingOutcome trainWithLocalRanks(ProjectStore &store, const QString &datasetName, const Stage1Config &config,
                                    int ranks, const QString &cliPath, const TrainingCallbacks &callbacks,
                                    const CancelToken *cancel)
{
    config.validate();
    if (ranks <= 1) return trainAndStore(store, datasetName, config, callbacks, cancel);
    if (config.fit != FitMethod::Gradient)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("fit"),
                         QStringLiteral("em runs in one process; data-parallel fits are by gradient"));
    if (!QFileInfo(cliPath).isExecutable())
        throw MicroError(ErrorCode::FileNotFound, cliPath,
                         QStringLiteral("micro-cli runs the other ranks; it is built beside micro-studio"));
    store.datasetInfo(datasetName); // UnknownDataset before any process starts
    DistributedConfig dist;
    dist.worldSize = ranks;
    dist.rank = 0;
    dist.port = freeLoopbackPort();
    const QString master = QStringLiteral("127.0.0.1:%1").arg(dist.port);
    ChildRanks children;
    for (int r = 1; r < ranks; ++r) {
        auto p = std::make_unique<QProcess>();
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(QProcess::nullDevice());
        p->start(cliPath,
                 QStringList{QStringLiteral("train"), QStringLiteral("--project"), store.path(),
                             QStringLiteral("--dataset"), datasetName} +
                     trainArguments(config) +
                     QStringList{QStringLiteral("--world-size"), QString::number(ranks), QStringLiteral("--rank"),
                                 QString::number(r), QStringLiteral("--master"), master,
                                 QStringLiteral("--dist-timeout"), QString::number(dist.timeoutSeconds)});
        if (!p->waitForStarted())
            throw MicroError(ErrorCode::Distributed, QStringLiteral("rank %1 of %2").arg(r).arg(ranks),
                             QStringLiteral("could not start %1: %2").arg(cliPath, p->errorString()));
        children.processes.push_back(std::move(p));
    }
    TrainingOutcome out;
    {
        const std::unique_ptr<GradientAllReduce> group = joinProcessGroup(dist);
        TrainingCallbacks cb = callbacks;
        cb.allReduce = group.get();
        out = trainAndStore(store, datasetName, config, cb, cancel);
    } // the group closes: children still waiting in a sum (a cancel) end with an error
    for (auto &p : children.processes)
        p->waitForFinished(30000);
    return out;
}

} // namespace micro::core
