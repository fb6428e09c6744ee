// Runs a libFuzzer harness without libFuzzer (gcc builds, CTest): every file of the given
// corpus folders, then --mutations N seeded random mutations of them (byte flips, inserts,
// deletions, truncations, splices, "interesting" integers). A smoke run for CI; the real
// coverage-guided run is `./setup.sh fuzz` (clang, libFuzzer).
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>
#include <cstdint>
#include <cstdio>
#include <random>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace {

QByteArray mutate(QByteArray input, const std::vector<QByteArray> &corpus, std::mt19937_64 &rng)
{
    auto pick = [&](std::size_t n) { return n == 0 ? std::size_t(0) : std::size_t(rng() % n); };
    const int steps = 1 + int(rng() % 4);
    for (int s = 0; s < steps; ++s) {
        const std::size_t n = std::size_t(input.size());
        switch (rng() % 7) {
        case 0: // flip a bit
            if (n) input[qsizetype(pick(n))] = char(input[qsizetype(pick(n))] ^ (1 << (rng() % 8)));
            break;
        case 1: // insert a random byte
            input.insert(qsizetype(pick(n + 1)), char(rng() % 256));
            break;
        case 2: // delete a range
            if (n) input.remove(qsizetype(pick(n)), qsizetype(1 + pick(16)));
            break;
        case 3: // truncate
            input.truncate(qsizetype(pick(n + 1)));
            break;
        case 4: { // splice in part of another input
            const QByteArray &other = corpus[pick(corpus.size())];
            if (!other.isEmpty()) {
                const qsizetype from = qsizetype(pick(std::size_t(other.size())));
                input.insert(qsizetype(pick(n + 1)), other.mid(from, qsizetype(1 + pick(64))));
            }
            break;
        }
        case 5: { // overwrite with an interesting number (sizes, lengths, shapes)
            static const char *const numbers[] = {"0",     "-1",  "4294967295", "9223372036854775807", "300000000",
                                                  "1e308", "NaN", "65535",      "2147483648"};
            const QByteArray number(numbers[pick(9)]);
            if (n) input.replace(qsizetype(pick(n)), qsizetype(std::min<std::size_t>(number.size(), n)), number);
            break;
        }
        case 6: // duplicate a range (long lines, repeated rows)
            if (n) {
                const qsizetype from = qsizetype(pick(n));
                input.insert(from, input.mid(from, qsizetype(1 + pick(256))));
            }
            break;
        }
    }
    return input;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    long mutations = 0;
    unsigned long long seed = 1;
    std::vector<QByteArray> corpus;
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--mutations") && i + 1 < args.size()) {
            mutations = args[++i].toLong();
        } else if (args[i] == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i].toULongLong();
        } else {
            const QFileInfo info(args[i]);
            const QStringList files =
                info.isDir() ? QDir(args[i]).entryList(QDir::Files, QDir::Name) : QStringList{info.fileName()};
            for (const QString &name : files) {
                QFile f(info.isDir() ? QDir(args[i]).filePath(name) : args[i]);
                if (!f.open(QIODevice::ReadOnly)) {
                    std::fprintf(stderr, "cannot read %s\n", qPrintable(f.fileName()));
                    return 2;
                }
                corpus.push_back(f.readAll());
            }
        }
    }
    if (corpus.empty()) {
        std::fprintf(stderr, "usage: %s [--mutations N] [--seed S] CORPUS_DIR|FILE...\n", argv[0]);
        return 2;
    }
    for (const QByteArray &input : corpus)
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), std::size_t(input.size()));
    std::mt19937_64 rng(seed);
    for (long i = 0; i < mutations; ++i) {
        const QByteArray input = mutate(corpus[std::size_t(rng() % corpus.size())], corpus, rng);
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), std::size_t(input.size()));
    }
    std::printf("%zu corpus inputs and %ld mutations ran without a crash\n", corpus.size(), mutations);
    return 0;
}
