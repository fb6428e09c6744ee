#pragma once

#include <QJsonObject>
#include <QString>

namespace micro::core {

// How imported text becomes features. Stored with a dataset, so that training again with
// the same settings reuses the cached features and changed settings featurize again.
struct FeatureSettings
{
    // Which text features: hashed TF-IDF, the built-in sentence encoder, or both side by
    // side (the encoder's columns after the hashed ones).
    enum class Kind
    {
        TfIdf,
        Encoder,
        Both
    };
    Kind kind = Kind::TfIdf;
    // Where the encoder package is (empty: EncoderPackage::locate()). Not part of the
    // settings' identity: the same model gives the same features wherever it is installed.
    QString encoderFolder;

    int dimension = 1 << 18;     // hashed columns for responses (phi) and prompts (psi)
    bool bigrams = true;         // word bigrams besides unigrams
    bool contextInRouter = true; // psi = [prompt | context]: the router sees the context
    // phi gets one more column, 0.5 ln(1 + words): L2 normalisation removes length, yet
    // length is what raters of different objectives disagree on most (verbosity).
    bool lengthFeature = true;
    int contextDimension = 1024; // hashed columns of the context block
    int reducedWidth = 0;        // > 0: seeded random projection to this many dense columns
    quint64 seed = 1;            // of the projection

    QJsonObject toJson() const;
    static FeatureSettings fromJson(const QJsonObject &json);
    bool operator==(const FeatureSettings &o) const { return toJson() == o.toJson(); }
    bool usesEncoder() const { return kind != Kind::TfIdf; }
    bool usesTfIdf() const { return kind != Kind::Encoder; }
    // "tfidf", "encoder" or "both" (the CLI's --features values); InvalidOption otherwise.
    static Kind kindFromName(const QString &name);
    static QString kindName(Kind kind);
    // What a new import uses when the user does not say: the encoder when it is installed
    // (EncoderPackage::locate finds it), else TF-IDF.
    static Kind defaultKind();
    // Whether a dataset's stored features (its "features" JSON) were made from its texts by
    // this featurizer, so it can be featurized again (not synthetic, not your embeddings).
    static bool madeFromText(const QJsonObject &storedFeatures);
    // InvalidOption naming the setting when a value is out of range.
    void validate() const;
    // Short label for derived dataset names, e.g. "h262144-ctx" or "h65536-rp256".
    QString label() const;
};

} // namespace micro::core
