#include "encoderpackage.h"

#include "util/error.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QtEndian>

namespace micro::core {

namespace {

QString modelsSubfolder()
{
    return QStringLiteral("micro-studio/models/") + QLatin1String(EncoderPackage::folderName);
}

bool hasPackage(const QString &folder)
{
    return !folder.isEmpty() && QFileInfo::exists(folder + QStringLiteral("/dist/model.json"));
}

QJsonObject readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw MicroError(ErrorCode::BadFormat, path, QStringLiteral("cannot be read: ") + file.errorString());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject())
        throw MicroError(
            ErrorCode::BadFormat, path,
            QStringLiteral("not a JSON object (%1 at byte %2)").arg(error.errorString()).arg(error.offset));
    return doc.object();
}

// The tensors the forward pass reads, by the end of their names, with their shapes.
struct Expected
{
    const char *suffix;
    std::vector<long> shape;
};

const std::vector<Expected> &expectedTensors()
{
    static const std::vector<Expected> expected = {
        {"module/Embeddings_en", {8002, 256}},
        {"Layer_0/AddTimingSignal/TimingSignal/ExpandDims_1", {1, 128}},
        {"Layer_0/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0", {1, 1, 256, 768}},
        {"Layer_1/TransformerLayer/MultiheadAttention/qkv_transform_single/kernel/part_0", {1, 1, 512, 1536}},
        {"Layer_0/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0", {1, 1, 256, 512}},
        {"Layer_1/TransformerLayer/MultiheadAttention/output_transform_single/kernel/part_0", {1, 1, 512, 512}},
        {"Layer_0/TransformerLayer/dense/kernel/ConcatPartitions/concat", {256, 512}},
        {"hidden_layers/tanh_layer_0/weights", {512, 512}},
    };
    return expected;
}

} // namespace

QString EncoderPackage::locate(const QString &explicitFolder)
{
    if (!explicitFolder.isEmpty()) return explicitFolder;
    const QString fromEnvironment = qEnvironmentVariable("MICRO_ENCODER_DIR");
    if (!fromEnvironment.isEmpty()) return fromEnvironment;
    QStringList roots;
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    if (!xdg.isEmpty()) roots << xdg;
    // ~/.local/share even when XDG_DATA_HOME points elsewhere (the tests point it into the
    // build tree): the model is installed once per user, not per configuration.
    roots << QDir::homePath() + QStringLiteral("/.local/share");
    roots << QStandardPaths::standardLocations(QStandardPaths::GenericDataLocation);
    roots << QStringLiteral("/usr/local/share") << QStringLiteral("/usr/share");
    for (const QString &root : roots) {
        const QString folder = root + QLatin1Char('/') + modelsSubfolder();
        if (hasPackage(folder)) return folder;
    }
    return {};
}

QString EncoderPackage::defaultInstallFolder()
{
    const QString xdg = qEnvironmentVariable("XDG_DATA_HOME");
    return (xdg.isEmpty() ? QDir::homePath() + QStringLiteral("/.local/share") : xdg) + QLatin1Char('/') +
           modelsSubfolder();
}

QString EncoderPackage::modelKey()
{
    return QLatin1String(packageName) + QLatin1Char('@') + QLatin1String(packageVersion);
}

std::map<QString, NamedTensor> readEncoderWeights(const QString &folder)
{
    if (!hasPackage(folder))
        throw MicroError(ErrorCode::EncoderMissing, folder.isEmpty() ? EncoderPackage::defaultInstallFolder() : folder,
                         QLatin1String(EncoderPackage::installCommand));
    const QString packageJson = folder + QStringLiteral("/package.json");
    const QJsonObject package = readJsonObject(packageJson);
    if (package.value(QStringLiteral("name")).toString() != QLatin1String(EncoderPackage::packageName) ||
        package.value(QStringLiteral("version")).toString() != QLatin1String(EncoderPackage::packageVersion))
        throw MicroError(ErrorCode::BadFormat, packageJson,
                         QStringLiteral("expected %1 version %2, found %3 version %4")
                             .arg(QLatin1String(EncoderPackage::packageName),
                                  QLatin1String(EncoderPackage::packageVersion),
                                  package.value(QStringLiteral("name")).toString(),
                                  package.value(QStringLiteral("version")).toString()));

    const QString modelJson = folder + QStringLiteral("/dist/model.json");
    const QJsonArray manifest = readJsonObject(modelJson).value(QStringLiteral("weightsManifest")).toArray();
    if (manifest.size() != 1)
        throw MicroError(ErrorCode::BadFormat, modelJson, QStringLiteral("expected one weights group"));
    const QJsonObject group = manifest.at(0).toObject();

    // Every shard, end to end: the manifest's tensors are laid out across them in order.
    QByteArray bytes;
    for (const QJsonValue &path : group.value(QStringLiteral("paths")).toArray()) {
        const QString name = path.toString();
        if (name.isEmpty() || name.contains(QLatin1Char('/')) || name.contains(QStringLiteral("..")))
            throw MicroError(ErrorCode::BadFormat, modelJson, QStringLiteral("shard name \"%1\"").arg(name));
        QFile shard(folder + QStringLiteral("/dist/") + name);
        if (!shard.open(QIODevice::ReadOnly))
            throw MicroError(ErrorCode::BadFormat, shard.fileName(), QStringLiteral("missing or unreadable shard"));
        if (shard.size() > (qint64(1) << 30))
            throw MicroError(ErrorCode::BadFormat, shard.fileName(), QStringLiteral("shard larger than 1 GiB"));
        bytes += shard.readAll();
    }

    std::map<QString, NamedTensor> tensors;
    qint64 offset = 0;
    const QJsonArray weights = group.value(QStringLiteral("weights")).toArray();
    for (const QJsonValue &value : weights) {
        const QJsonObject w = value.toObject();
        const QString name = w.value(QStringLiteral("name")).toString();
        const QString dtype = w.value(QStringLiteral("dtype")).toString();
        NamedTensor tensor;
        qint64 count = 1;
        for (const QJsonValue &d : w.value(QStringLiteral("shape")).toArray()) {
            const long size = long(d.toDouble(-1));
            if (size < 0 || size > (1L << 24))
                throw MicroError(ErrorCode::BadFormat, modelJson, QStringLiteral("tensor %1: bad shape").arg(name));
            tensor.shape.push_back(size);
            count *= size;
            if (count > (qint64(1) << 28))
                throw MicroError(ErrorCode::BadFormat, modelJson, QStringLiteral("tensor %1: too large").arg(name));
        }
        if (dtype != QLatin1String("float32") && dtype != QLatin1String("int32"))
            throw MicroError(ErrorCode::BadFormat, modelJson,
                             QStringLiteral("tensor %1: dtype %2 (expected float32 or int32)").arg(name, dtype));
        if (offset + count * 4 > bytes.size())
            throw MicroError(ErrorCode::BadFormat, folder + QStringLiteral("/dist"),
                             QStringLiteral("the shards hold %1 bytes, fewer than the manifest lists (a shard is "
                                            "truncated or missing; reinstall with %2)")
                                 .arg(bytes.size())
                                 .arg(QLatin1String(EncoderPackage::installCommand)));
        tensor.values.resize(std::size_t(count));
        const uchar *data = reinterpret_cast<const uchar *>(bytes.constData()) + offset;
        for (qint64 i = 0; i < count; ++i) {
            if (dtype == QLatin1String("float32"))
                tensor.values[std::size_t(i)] = qFromLittleEndian<float>(data + 4 * i);
            else
                tensor.values[std::size_t(i)] = float(qFromLittleEndian<qint32>(data + 4 * i));
        }
        offset += count * 4;
        tensors[name] = std::move(tensor);
    }
    if (offset != bytes.size())
        throw MicroError(
            ErrorCode::BadFormat, folder + QStringLiteral("/dist"),
            QStringLiteral("the shards hold %1 bytes, the manifest lists %2").arg(bytes.size()).arg(offset));

    // The weights as published (SHA-256 of the shards end to end): a damaged shard of the
    // right size would otherwise load and give quietly wrong vectors.
    const QByteArray digest = QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    if (digest != QByteArrayLiteral("713639dff4b5b3cc4a1ca070077c0f1125022582dd1d2ec8961d92905c289300"))
        throw MicroError(ErrorCode::BadFormat, folder + QStringLiteral("/dist"),
                         QStringLiteral("the shards' checksum differs from the published package (damaged; "
                                        "reinstall with %1)")
                             .arg(QLatin1String(EncoderPackage::installCommand)));

    for (const Expected &e : expectedTensors()) {
        bool found = false;
        for (const auto &[name, tensor] : tensors) {
            if (name.endsWith(QLatin1String(e.suffix))) {
                if (tensor.shape != e.shape)
                    throw MicroError(ErrorCode::BadFormat, modelJson,
                                     QStringLiteral("tensor %1: unexpected shape").arg(name));
                found = true;
            }
        }
        if (!found)
            throw MicroError(ErrorCode::BadFormat, modelJson,
                             QStringLiteral("tensor ending in %1 is missing").arg(QLatin1String(e.suffix)));
    }
    return tensors;
}

} // namespace micro::core
