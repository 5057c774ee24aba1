using System.IO.Compression;
using System.Text.Json;
using System.Text.Json.Serialization;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace EpistemicScoring.ML;

/// <summary>
/// A trained classifier over <see cref="EpistemicReport"/>s: the probability that a report's text belongs to the
/// positive class (for example a real news report rather than fake or satire), read from the report's rule totals,
/// law scores and a few rates (<see cref="FeatureSchema"/>), never from the text's length. Optional and separate from
/// the heuristic overall score, which stays the explainable default. Thread-safe.
/// </summary>
/// <remarks>
/// A model file (<see cref="Save(Stream)"/>) is a zip holding the ML.NET model (<c>model.zip</c>) and a JSON manifest
/// (<c>manifest.json</c>) with the feature schema (rule IDs in order, feature names), the rule-set version and the
/// hash of the rules and weights it was trained with. A model is used only with the same rules: a scorer or report
/// with another rule-set version, other rule IDs or other weights is refused with an
/// <see cref="IncompatibleModelException"/>, rather than mapped by rule ID with missing rules as zero, because a
/// missing or re-weighted rule shifts what every other feature means to the model, and a probability that looks
/// right but is not would be worse than none.
/// </remarks>
public sealed class DocumentClassifier
{
    /// <summary>The name of the manifest entry in a model file.</summary>
    public const string ManifestEntry = "manifest.json";

    /// <summary>The name of the ML.NET model entry in a model file.</summary>
    public const string ModelEntry = "model.zip";

    /// <summary>The format name written to the manifest.</summary>
    public const string FormatName = "EpistemicScoring.ML.DocumentClassifier";

    /// <summary>The manifest format version this library writes and reads.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions ManifestJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        // A model file is untrusted input: enum names read strictly ("3" or "logistic, fastTree" are errors, not a
        // number or a flag combination) and a null where the manifest needs a value is refused, not kept.
        Converters = { new EpistemicScoring.Serialization.StrictEnumConverter() },
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    private readonly MLContext _ml;
    private readonly ITransformer _model;
    private readonly DataViewSchema _inputSchema;
    private readonly PredictionEngine<FeatureRow, PredictionRow> _engine;
    private readonly Lock _gate = new();

    internal DocumentClassifier(ModelManifest manifest, MLContext ml, ITransformer model, DataViewSchema inputSchema)
    {
        Manifest = manifest;
        Schema = manifest.Schema();
        _ml = ml;
        _model = model;
        _inputSchema = inputSchema;
        _engine = ml.Model.CreatePredictionEngine<FeatureRow, PredictionRow>(model, inputSchemaDefinition: MlNet.InputSchema(Schema.Count));
    }

    /// <summary>The features the model reads, in the order it was trained with.</summary>
    public FeatureSchema Schema { get; }

    /// <summary>The rule-set version (<see cref="DefaultRules.Version"/>) the model was trained with.</summary>
    public string RulesetVersion => Manifest.RulesetVersion;

    /// <summary>The hash of the active rules and their weights the model was trained with (<see cref="Receipt.RulesHash"/>).</summary>
    public string RulesHash => Manifest.RulesHash;

    /// <summary>The algorithm the model was trained with.</summary>
    public ClassifierAlgorithm Algorithm => Manifest.Algorithm;

    /// <summary>The seed the model was trained with.</summary>
    public int Seed => Manifest.Seed;

    /// <summary>What the positive class means (<c>real</c>), as given at training.</summary>
    public string PositiveLabel => Manifest.PositiveLabel;

    /// <summary>The number of examples the model was trained on.</summary>
    public int TrainingExamples => Manifest.Examples;

    /// <summary>The number of positive examples among them.</summary>
    public int TrainingPositives => Manifest.Positives;

    internal ModelManifest Manifest { get; }

    /// <summary>Reads a model file written by <see cref="Save(Stream)"/>.</summary>
    /// <param name="stream">The stream, read from its current position.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model file of this format version.</exception>
    public static DocumentClassifier Load(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ModelManifest manifest;
        var modelBytes = new MemoryStream();
        try
        {
            using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
            ZipArchiveEntry manifestEntry = zip.GetEntry(ManifestEntry) ?? throw new InvalidDataException($"Not a classifier model file: it has no {ManifestEntry}.");
            ZipArchiveEntry modelEntry = zip.GetEntry(ModelEntry) ?? throw new InvalidDataException($"Not a classifier model file: it has no {ModelEntry}.");
            using (Stream s = manifestEntry.Open())
            {
                manifest = JsonSerializer.Deserialize<ModelManifest>(s, ManifestJson)
                    ?? throw new InvalidDataException($"The {ManifestEntry} of the model file is empty.");
            }

            using (Stream s = modelEntry.Open())
            {
                s.CopyTo(modelBytes);
            }
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"The {ManifestEntry} of the model file is not valid: {ex.Message}", ex);
        }

        if (manifest.Format != FormatName)
        {
            throw new InvalidDataException($"Not a classifier model file: the manifest's format is '{manifest.Format}', not '{FormatName}'.");
        }

        if (manifest.FormatVersion != FormatVersion)
        {
            throw new InvalidDataException($"The model file has format version {manifest.FormatVersion}; this library reads version {FormatVersion}.");
        }

        if (manifest.RuleIds is null || manifest.RuleWeights is null || manifest.Features is null || manifest.RulesetVersion is null || manifest.RulesHash is null
            || manifest.RuleIds.Count != manifest.RuleWeights.Count || manifest.RuleIds.Distinct(StringComparer.Ordinal).Count() != manifest.RuleIds.Count)
        {
            throw new InvalidDataException("The model file's manifest lacks its rule IDs, rule weights, features, rule-set version or rules hash, or lists a rule twice.");
        }

        FeatureSchema schema;
        try
        {
            schema = manifest.Schema();
        }
        catch (ArgumentException ex)
        {
            throw new InvalidDataException($"The model file's manifest is not valid: {ex.Message}", ex);
        }

        if (!schema.Names.SequenceEqual(manifest.Features, StringComparer.Ordinal))
        {
            throw new InvalidDataException("The model file's features are not the ones this library extracts (it was written by another version): retrain the model.");
        }

        var ml = new MLContext(manifest.Seed);
        ITransformer model;
        DataViewSchema inputSchema;
        try
        {
            modelBytes.Position = 0;
            model = ml.Model.Load(modelBytes, out inputSchema);
        }
        catch (Exception ex) when (ex is FormatException or InvalidOperationException or IOException or ArgumentException)
        {
            throw new InvalidDataException($"The ML.NET model in the model file cannot be read: {ex.Message}", ex);
        }

        DataViewSchema.Column? features = inputSchema.GetColumnOrNull(MlNet.FeaturesColumn);
        if (features is not { Type: VectorDataViewType { Size: int size } } || size != schema.Count)
        {
            throw new InvalidDataException($"The ML.NET model in the model file does not take the {schema.Count} features its manifest names.");
        }

        return new DocumentClassifier(manifest, ml, model, inputSchema);
    }

    /// <summary>Reads a model file and checks that it fits <paramref name="scorer"/>.</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="scorer">The scorer whose reports the model will read.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidDataException">The stream is not a model file of this format version.</exception>
    /// <exception cref="IncompatibleModelException">The model was trained with other rules (<see cref="EnsureCompatible"/>).</exception>
    public static DocumentClassifier Load(Stream stream, EpistemicScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        DocumentClassifier classifier = Load(stream);
        classifier.EnsureCompatible(scorer);
        return classifier;
    }

    /// <summary>Reads a model file from <paramref name="path"/>.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a model file of this format version.</exception>
    public static DocumentClassifier Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads a model file from <paramref name="path"/> and checks that it fits <paramref name="scorer"/>.</summary>
    /// <param name="path">The path.</param>
    /// <param name="scorer">The scorer whose reports the model will read.</param>
    /// <returns>The classifier.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidDataException">The file is not a model file of this format version.</exception>
    /// <exception cref="IncompatibleModelException">The model was trained with other rules (<see cref="EnsureCompatible"/>).</exception>
    public static DocumentClassifier Load(string path, EpistemicScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(scorer);
        using FileStream stream = File.OpenRead(path);
        return Load(stream, scorer);
    }

    /// <summary>
    /// Checks that <paramref name="scorer"/> runs the rules the model was trained with: the same rule-set version,
    /// the same rule IDs and the same weights.
    /// </summary>
    /// <param name="scorer">The scorer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scorer"/> is null.</exception>
    /// <exception cref="IncompatibleModelException">The scorer's rules differ; the message says how.</exception>
    public void EnsureCompatible(EpistemicScorer scorer)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        if (!string.Equals(RulesetVersion, DefaultRules.Version, StringComparison.Ordinal))
        {
            throw new IncompatibleModelException($"The model was trained with rule set {RulesetVersion}; this scorer runs rule set {DefaultRules.Version}. Retrain the model.");
        }

        string[] active = [.. scorer.Rules.Select(static r => r.Id)];
        string[] missing = [.. Schema.RuleIds.Except(active, StringComparer.Ordinal)];
        string[] unknown = [.. active.Except(Schema.RuleIds, StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        if (missing.Length > 0 || unknown.Length > 0)
        {
            var parts = new List<string>();
            if (missing.Length > 0)
            {
                parts.Add($"the scorer does not run {string.Join(", ", missing)}");
            }

            if (unknown.Length > 0)
            {
                parts.Add($"the model was not trained with {string.Join(", ", unknown)}");
            }

            throw new IncompatibleModelException($"The model's feature schema does not match the scorer's rules: {string.Join("; ", parts)}. Score with the rules the model was trained with, or retrain it.");
        }

        string hash = ScorerRulesHash(scorer);
        if (!string.Equals(hash, RulesHash, StringComparison.Ordinal))
        {
            throw new IncompatibleModelException($"The model was trained with other rule weights (rules hash {RulesHash}; this scorer's is {hash}). Score with the configuration the model was trained with, or retrain it.");
        }
    }

    /// <summary>The probability, in [0, 1], that the text of <paramref name="report"/> belongs to the positive class.</summary>
    /// <param name="report">A report of a scorer with the rules the model was trained with.</param>
    /// <returns>The probability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    /// <exception cref="IncompatibleModelException">
    /// The report's receipt names another rule-set version or rules hash. (A report without a receipt, read from
    /// older output, is not checked.)
    /// </exception>
    public double Predict(EpistemicReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Receipt is Receipt receipt)
        {
            if (!string.Equals(receipt.RulesetVersion, RulesetVersion, StringComparison.Ordinal))
            {
                throw new IncompatibleModelException($"The report was scored with rule set {receipt.RulesetVersion}; the model was trained with rule set {RulesetVersion}.");
            }

            if (!string.Equals(receipt.RulesHash, RulesHash, StringComparison.Ordinal))
            {
                throw new IncompatibleModelException($"The report was scored with other rules or weights (rules hash {receipt.RulesHash}) than the model was trained with ({RulesHash}).");
            }
        }

        var row = new FeatureRow { Features = Schema.Extract(report) };
        float probability;
        lock (_gate)
        {
            probability = _engine.Predict(row).Probability;
        }

        return Math.Clamp((double)probability, 0, 1);
    }

    /// <summary>Writes the model file: a zip with the ML.NET model and the manifest.</summary>
    /// <param name="stream">A writable stream.</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    public void Save(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true);
        ZipArchiveEntry manifestEntry = zip.CreateEntry(ManifestEntry, CompressionLevel.Optimal);
        using (Stream s = manifestEntry.Open())
        {
            JsonSerializer.Serialize(s, Manifest, ManifestJson);
        }

        var model = new MemoryStream();
        _ml.Model.Save(_model, _inputSchema, model);
        ZipArchiveEntry modelEntry = zip.CreateEntry(ModelEntry, CompressionLevel.NoCompression);
        using (Stream s = modelEntry.Open())
        {
            model.Position = 0;
            model.CopyTo(s);
        }
    }

    /// <summary>Writes the model file to <paramref name="path"/>, replacing any file there.</summary>
    /// <param name="path">The path.</param>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public void Save(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using FileStream stream = File.Create(path);
        Save(stream);
    }

    /// <summary>The rules hash of <paramref name="scorer"/>, read from the receipt of an empty report (which runs no rule).</summary>
    internal static string ScorerRulesHash(EpistemicScorer scorer) => scorer.Score(string.Empty).Receipt?.RulesHash ?? string.Empty;
}

/// <summary>The manifest of a model file.</summary>
internal sealed class ModelManifest
{
    public string Format { get; init; } = DocumentClassifier.FormatName;

    public int FormatVersion { get; init; } = DocumentClassifier.FormatVersion;

    public string RulesetVersion { get; init; } = DefaultRules.Version;

    public string RulesHash { get; init; } = string.Empty;

    public ClassifierAlgorithm Algorithm { get; init; }

    public int Seed { get; init; }

    public string PositiveLabel { get; init; } = "positive";

    public int Examples { get; init; }

    public int Positives { get; init; }

    public IReadOnlyList<string> RuleIds { get; init; } = [];

    public IReadOnlyList<double> RuleWeights { get; init; } = [];

    public IReadOnlyList<string> Features { get; init; } = [];

    public FeatureSchema Schema()
    {
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        for (int i = 0; i < RuleIds.Count; i++)
        {
            weights[RuleIds[i]] = RuleWeights[i];
        }

        return new FeatureSchema(weights);
    }
}
