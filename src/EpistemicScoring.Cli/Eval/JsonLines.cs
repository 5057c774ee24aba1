using System.Text.Json;

namespace EpistemicScoring.Cli.Eval;

/// <summary>Reads a JSONL data file record by record, with line numbers in errors.</summary>
internal static class JsonLines
{
    /// <summary>
    /// The records of <paramref name="path"/>, only those of the current <see cref="DevSplit"/> half when
    /// <c>eval --half</c> chose one.
    /// </summary>
    public static IEnumerable<(int Line, JsonElement Record)> Read(string path)
    {
        DevHalf half = DevSplit.Current;
        foreach ((int line, JsonElement record) in ReadAll(path))
        {
            if (DevSplit.Includes(half, record, line))
            {
                yield return (line, record);
            }
        }
    }

    /// <summary>
    /// Every record of <paramref name="path"/>, whatever half <c>eval --half</c> chose: for side files (article
    /// texts looked up by id), whose records are keyed differently from the labelled file they serve.
    /// </summary>
    public static IEnumerable<(int Line, JsonElement Record)> ReadAll(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: the data file does not exist.");
        }

        int lineNumber = 0;
        foreach (string line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonElement element;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                element = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new CliException($"{path}:{lineNumber}: not valid JSON ({ex.Message}).");
            }

            yield return (lineNumber, element);
        }
    }

    public static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
