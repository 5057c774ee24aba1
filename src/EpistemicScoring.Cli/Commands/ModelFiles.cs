using EpistemicScoring.ML;

namespace EpistemicScoring.Cli.Commands;

/// <summary>Reads a classifier model file for <c>--model</c>: a missing, unreadable or unfitting file is an error naming the path (exit 2).</summary>
internal static class ModelFiles
{
    public static DocumentClassifier Load(string path, EpistemicScorer scorer)
    {
        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a model file.");
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: the model file does not exist.");
        }

        try
        {
            using MemoryStream bytes = IO.BoundedInput.ReadBytes(path, IO.BoundedInput.MaxModelBytes, "model file");
            return DocumentClassifier.Load(bytes, scorer);
        }
        catch (InvalidDataException ex)
        {
            throw new CliException($"{path}: not a usable model file ({ex.Message})");
        }
        catch (IncompatibleModelException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the model file ({ex.Message}).");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException or InvalidOperationException or ArgumentException or NullReferenceException or InvalidCastException or OverflowException or IndexOutOfRangeException)
        {
            // A model file is untrusted input: whatever a corrupt or hand-edited file makes the reader throw is the file's fault.
            throw new CliException($"{path}: not a usable model file ({ex.Message})");
        }
    }

    /// <summary>The classifier's probability for <paramref name="report"/>; a report scored with other rules is an input error.</summary>
    public static double Predict(DocumentClassifier classifier, EpistemicScoring.Reports.EpistemicReport report, string modelPath)
    {
        try
        {
            return classifier.Predict(report);
        }
        catch (IncompatibleModelException ex)
        {
            throw new CliException($"{modelPath}: {ex.Message}");
        }
    }

    /// <summary>
    /// The report JSON with one more top-level property, <c>classifier</c>, written only when a model was given, so
    /// that the report object is unchanged without one.
    /// </summary>
    /// <param name="report">The report.</param>
    /// <param name="classifier">The model.</param>
    /// <param name="probability">The model's probability for the report.</param>
    /// <param name="options">Serializer options (indented for one report, compact for a batch line).</param>
    /// <returns>The JSON.</returns>
    public static string WithClassifier(EpistemicScoring.Reports.EpistemicReport report, DocumentClassifier classifier, double probability, System.Text.Json.JsonSerializerOptions? options = null)
    {
        System.Text.Json.Nodes.JsonObject json = System.Text.Json.Nodes.JsonNode.Parse(EpistemicScoring.Serialization.ReportJson.Serialize(report))!.AsObject();
        json["classifier"] = new System.Text.Json.Nodes.JsonObject
        {
            ["probability"] = Math.Round(probability, 4),
            ["positiveLabel"] = classifier.PositiveLabel,
            ["algorithm"] = TrainCommand.AlgorithmName(classifier.Algorithm),
            ["rulesetVersion"] = classifier.RulesetVersion,
            ["trainingExamples"] = classifier.TrainingExamples,
        };
        return json.ToJsonString(options);
    }
}
