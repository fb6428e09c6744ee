// The only translation unit that includes torch's c10d: the rest of core sees the
// GradientAllReduce interface.
#include "processgroup.h"

#include "util/error.h"

#include <QElapsedTimer>
#include <chrono>
#include <torch/csrc/distributed/c10d/PrefixStore.hpp>
#include <torch/csrc/distributed/c10d/ProcessGroupGloo.hpp>
#include <torch/csrc/distributed/c10d/TCPStore.hpp>
#include <torch/torch.h>

namespace micro::core {

void DistributedConfig::validate() const
{
    if (worldSize < 1 || worldSize > 4096)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("world-size"),
                         QStringLiteral("%1 given, must be between 1 and 4096").arg(worldSize));
    if (rank < 0 || rank >= worldSize)
        throw MicroError(
            ErrorCode::InvalidOption, QStringLiteral("rank"),
            QStringLiteral("%1 given, must be between 0 and %2 (world size - 1)").arg(rank).arg(worldSize - 1));
    if (port < 1 || port > 65535 || host.isEmpty())
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("master"),
                         QStringLiteral("%1:%2 is not a host and port").arg(host).arg(port));
    if (timeoutSeconds < 1)
        throw MicroError(ErrorCode::InvalidOption, QStringLiteral("timeout"),
                         QStringLiteral("%1 given, must be at least 1 second").arg(timeoutSeconds));
}

bool DistributedConfig::parseMaster(const QString &text)
{
    const int colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) return false;
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 1 || p > 65535) return false;
    host = text.left(colon);
    port = p;
    return true;
}

namespace {

class GlooAllReduce final : public GradientAllReduce
{
public:
    GlooAllReduce(c10::intrusive_ptr<c10d::ProcessGroupGloo> group, const DistributedConfig &config)
        : m_group(std::move(group)), m_config(config)
    {
    }

    int rank() const override { return m_config.rank; }
    int worldSize() const override { return m_config.worldSize; }
    void sum(float *data, std::size_t n) override { run(torch::from_blob(data, {std::int64_t(n)}, torch::kFloat32)); }
    void sum(double *data, std::size_t n) override { run(torch::from_blob(data, {std::int64_t(n)}, torch::kFloat64)); }
    void barrier() override
    {
        float one = 1.f;
        sum(&one, 1); // Gloo's barrier is an all-reduce in effect; this one reports failures the same way
    }
    double communicationSeconds() const override { return double(m_nanoseconds) * 1e-9; }
    long long collectives() const override { return m_count; }

private:
    void run(at::Tensor tensor)
    {
        QElapsedTimer timer;
        timer.start();
        std::vector<at::Tensor> tensors{std::move(tensor)};
        try {
            m_group->allreduce(tensors)->wait();
        } catch (const std::exception &e) {
            throw MicroError(ErrorCode::Distributed,
                             QStringLiteral("rank %1 of %2").arg(m_config.rank).arg(m_config.worldSize),
                             QStringLiteral("a gradient sum failed, a rank has stopped or the network is down: %1")
                                 .arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
        }
        m_nanoseconds += timer.nsecsElapsed();
        ++m_count;
    }

    c10::intrusive_ptr<c10d::ProcessGroupGloo> m_group;
    DistributedConfig m_config;
    qint64 m_nanoseconds = 0;
    long long m_count = 0;
};

} // namespace

std::unique_ptr<GradientAllReduce> joinProcessGroup(const DistributedConfig &config)
{
    config.validate();
    const auto timeout = std::chrono::milliseconds(std::int64_t(config.timeoutSeconds) * 1000);
    try {
        c10d::TCPStoreOptions storeOptions;
        storeOptions.port = std::uint16_t(config.port);
        storeOptions.isServer = config.rank == 0;
        storeOptions.numWorkers = std::size_t(config.worldSize);
        storeOptions.waitWorkers = true;
        storeOptions.timeout = timeout;
        auto store = c10::make_intrusive<c10d::TCPStore>(config.host.toStdString(), storeOptions);
        auto options = c10d::ProcessGroupGloo::Options::create();
        options->timeout = timeout;
        options->devices.push_back(c10d::ProcessGroupGloo::createDefaultDevice());
        options->threads = 1;
        auto group = c10::make_intrusive<c10d::ProcessGroupGloo>(c10::make_intrusive<c10d::PrefixStore>("micro", store),
                                                                 config.rank, config.worldSize, options);
        return std::make_unique<GlooAllReduce>(std::move(group), config);
    } catch (const MicroError &) {
        throw;
    } catch (const std::exception &e) {
        throw MicroError(ErrorCode::Distributed, QStringLiteral("rank %1 of %2").arg(config.rank).arg(config.worldSize),
                         QStringLiteral("could not join the group at %1:%2: %3")
                             .arg(config.host)
                             .arg(config.port)
                             .arg(QString::fromLocal8Bit(e.what()).section(QLatin1Char('\n'), 0, 0)));
    }
}

} // namespace micro::core
