#pragma once

#include <QString>
#include <cstddef>
#include <memory>

namespace micro::core {

// Where a rank of a data-parallel fit finds the others (issue 15): rank 0 listens on
// HOST:PORT (torch's TCPStore), every rank connects there, then they sum gradients through
// torch's c10d process group with the Gloo backend.
struct DistributedConfig
{
    int worldSize = 1;
    int rank = 0;
    QString host = QStringLiteral("127.0.0.1");
    int port = 29500;
    int timeoutSeconds = 60; // to meet, and for any one collective (a dead peer fails sooner)

    bool enabled() const { return worldSize > 1; }
    // Throws MicroError(InvalidOption) naming world-size, rank or master.
    void validate() const;
    // "HOST:PORT" into host and port; false when it is not one.
    bool parseMaster(const QString &text);
};

// Sums buffers over every rank of a process group. Every rank calls the same collectives in
// the same order; each returns when all have contributed. Throws MicroError(Distributed)
// naming the cause when a peer fails or the timeout passes.
class GradientAllReduce
{
public:
    virtual ~GradientAllReduce() = default;
    virtual int rank() const = 0;
    virtual int worldSize() const = 0;
    virtual void sum(float *data, std::size_t n) = 0;
    virtual void sum(double *data, std::size_t n) = 0;
    virtual void barrier() = 0;
    // Wall-clock seconds spent in collectives so far (the communication share of a fit).
    virtual double communicationSeconds() const = 0;
    virtual long long collectives() const = 0;
};

// Joins the group described by `config` (blocks until every rank has joined, up to the
// timeout). Throws MicroError(Distributed) with the cause.
std::unique_ptr<GradientAllReduce> joinProcessGroup(const DistributedConfig &config);

} // namespace micro::core
