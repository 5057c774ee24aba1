using System.Text.Json;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Cli.Eval;

/// <summary>One labelled document with its report.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Record">The labelled record.</param>
/// <param name="Length">Text length in characters.</param>
/// <param name="Report">The report.</param>
internal sealed record ScoredDocument(string Id, JsonElement Record, int Length, EpistemicReport Report);

/// <summary>
/// Pairs labelled records with reports: scores the records' own <c>text</c>, texts from a separate JSONL file,
/// or reads existing batch output (<c>--predictions</c>) joined by id.
/// </summary>
internal static class ScoredCorpus
{
    public static List<ScoredDocument> Load(EvalContext context)
    {
        var records = JsonLines.Read(context.DataPath).ToList();
        string? predictionsPath = context.Extra.GetValueOrDefault("predictions");
        string? textsPath = context.Extra.GetValueOrDefault("texts");
        Dictionary<string, EpistemicReport>? predictions = predictionsPath is null ? null : ReadPredictions(predictionsPath);
        Dictionary<string, string>? texts = textsPath is null ? null : ReadTexts(textsPath);

        var result = new ScoredDocument?[records.Count];
        var failures = new List<string>();
        Parallel.For(0, records.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            (int line, JsonElement record) = records[i];
            string id = IdOf(record) ?? $"line {line}";
            string? text = JsonLines.String(record, "text") ?? (texts is not null && texts.TryGetValue(id, out string? t) ? t : null);
            if (predictions is not null)
            {
                if (!predictions.TryGetValue(id, out EpistemicReport? report))
                {
                    lock (failures)
                    {
                        failures.Add($"{context.DataPath}:{line}: no report with id '{id}' in {predictionsPath}");
                    }

                    return;
                }

                int length = text?.Length ?? (report.Sentences.Count == 0 ? 0 : report.Sentences[^1].Start + report.Sentences[^1].Length);
                result[i] = new ScoredDocument(id, record, length, report);
                return;
            }

            if (text is null)
            {
                lock (failures)
                {
                    failures.Add($"{context.DataPath}:{line}: the record has no \"text\" (give --texts or --predictions)");
                }

                return;
            }

            result[i] = new ScoredDocument(id, record, text.Length, context.Scorer.Score(new ScoringRequest(text) { Id = id }));
        });

        if (failures.Count > 0)
        {
            throw new CliException(string.Join(Environment.NewLine, failures.Order(StringComparer.Ordinal).Take(10)));
        }

        return [.. result.Select(static r => r!)];
    }

    public static string? IdOf(JsonElement record) =>
        record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out JsonElement id)
            ? id.ValueKind == JsonValueKind.String ? id.GetString() : id.GetRawText()
            : null;

    private static Dictionary<string, EpistemicReport> ReadPredictions(string path)
    {
        var map = new Dictionary<string, EpistemicReport>(StringComparer.Ordinal);
        foreach ((int line, JsonElement record) in JsonLines.ReadAll(path))
        {
            if (record.TryGetProperty("error", out _))
            {
                continue;
            }

            try
            {
                EpistemicReport report = ReportJson.Deserialize(record.GetRawText());
                if (report.Id is not null)
                {
                    map[report.Id] = report;
                }
            }
            catch (JsonException ex)
            {
                throw new CliException($"{path}:{line}: not a report ({ex.Message}).");
            }
        }

        return map;
    }

    private static Dictionary<string, string> ReadTexts(string path)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach ((_, JsonElement record) in JsonLines.ReadAll(path))
        {
            if (IdOf(record) is string id && JsonLines.String(record, "text") is string text)
            {
                map[id] = text;
            }
        }

        return map;
    }
}
