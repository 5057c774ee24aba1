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
            return DocumentClassifier.Load(path, scorer);
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
}
