using System.Text.Json;

namespace EpistemicScoring.Cli.Eval;

/// <summary>One annotated attribution, its offsets already in UTF-16 code units.</summary>
/// <param name="Start">First character of the source span.</param>
/// <param name="End">End of the source span (exclusive).</param>
/// <param name="Kind">The annotated source kind, or <c>unknown</c> when the data gives none (PolNeAR).</param>
/// <param name="Named">The annotated <c>named</c>, or null when the data gives none.</param>
/// <param name="Boilerplate">True for page furniture (related links, captions).</param>
/// <param name="Type">The annotated attribution type (speech, writing, ...), or null when the data gives none.</param>
/// <param name="Cue">The cue's words in lower case ("said", "according to"), empty when none is annotated.</param>
internal sealed record SourceGold(int Start, int End, string Kind, bool? Named, bool Boilerplate, string? Type, string Cue);

/// <summary>An annotated article: its text, its attributions and the spans of their contents.</summary>
/// <param name="Id">The record's id.</param>
/// <param name="Text">The article text.</param>
/// <param name="Gold">The attributions that have a source span.</param>
/// <param name="Contents">Every annotated content span (of any attribution, with a source or not), for the set-aside rule.</param>
/// <param name="OutermostOnly">True when the data annotates only outermost attributions (PolNeAR), so that a prediction inside an annotated content span is unknown, not wrong.</param>
internal sealed record SourceArticle(string Id, string Text, List<SourceGold> Gold, List<(int Start, int End)> Contents, bool OutermostOnly);

/// <summary>
/// Reads the two annotated formats of <c>--task sources</c>. The project's own (<c>dev-annotations/sources.jsonl</c>):
/// <c>source</c>, <c>cue</c> and <c>content</c> as one [start, end) pair each, with <c>kind</c>, <c>named</c>,
/// <c>nested</c> and <c>boilerplate</c>; every attribution is annotated, nested ones included. PolNeAR
/// (<c>attribution/polnear-*.jsonl</c>): <c>source</c>, <c>cue</c> and <c>content</c> as lists of [start, end) pairs
/// (spans may be discontinuous), no kinds, and only outermost attributions; an attribution with an empty source
/// (an agentless passive) is not a source to find. Offsets are Python code points in both.
/// </summary>
internal static class SourcesGold
{
    /// <summary>Reads one record of either format.</summary>
    /// <param name="record">The JSON record.</param>
    /// <param name="text">The article text (from the record or looked up by id).</param>
    /// <param name="id">The record's id.</param>
    /// <param name="where">File and line, for errors.</param>
    /// <returns>The article.</returns>
    public static SourceArticle Read(JsonElement record, string text, string id, string where)
    {
        if (!record.TryGetProperty("attributions", out JsonElement attributions) || attributions.ValueKind != JsonValueKind.Array)
        {
            throw new CliException($"{where}: a record needs an \"attributions\" array.");
        }

        int[] utf16 = CodePoints.ToUtf16(text);
        var gold = new List<SourceGold>();
        var contents = new List<(int, int)>();
        bool polnear = false;
        foreach (JsonElement a in attributions.EnumerateArray())
        {
            if (!a.TryGetProperty("source", out JsonElement src))
            {
                throw new CliException($"{where}: an attribution needs a \"source\".");
            }

            List<(int Start, int End)> sourceSpans = Spans(src, utf16, where, out bool lists);
            polnear |= lists;
            foreach ((int s, int e) in a.TryGetProperty("content", out JsonElement c) ? Spans(c, utf16, where, out _) : [])
            {
                contents.Add((s, e));
            }

            if (sourceSpans.Count == 0)
            {
                continue; // an agentless passive: nothing to find
            }

            int start = sourceSpans.Min(static s => s.Start);
            int end = sourceSpans.Max(static s => s.End);
            string cue = a.TryGetProperty("cue", out JsonElement cueSpans)
                ? string.Join(' ', Spans(cueSpans, utf16, where, out _).Select(s => text[s.Start..s.End])).ToLowerInvariant()
                : string.Empty;
            bool? named = a.TryGetProperty("named", out JsonElement n) && n.ValueKind is JsonValueKind.True or JsonValueKind.False ? n.GetBoolean() : null;
            gold.Add(new SourceGold(
                start,
                end,
                JsonLines.String(a, "kind") ?? (lists ? "unknown" : "other"),
                named,
                a.TryGetProperty("boilerplate", out JsonElement b) && b.ValueKind == JsonValueKind.True,
                JsonLines.String(a, "type"),
                string.Join(' ', cue.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        }

        return new SourceArticle(id, text, gold, contents, polnear);
    }

    /// <summary>A span field as a list of UTF-16 spans: null, one [start, end) pair, or a list of pairs.</summary>
    private static List<(int Start, int End)> Spans(JsonElement value, int[] utf16, string where, out bool lists)
    {
        lists = false;
        var result = new List<(int, int)>();
        if (value.ValueKind == JsonValueKind.Null)
        {
            return result;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            throw new CliException($"{where}: a span must be [start, end], a list of them, or null.");
        }

        if (value.GetArrayLength() == 0)
        {
            lists = true;
            return result;
        }

        if (value[0].ValueKind == JsonValueKind.Number)
        {
            result.Add(Pair(value, utf16, where));
            return result;
        }

        lists = true;
        foreach (JsonElement pair in value.EnumerateArray())
        {
            result.Add(Pair(pair, utf16, where));
        }

        return result;
    }

    private static (int Start, int End) Pair(JsonElement pair, int[] utf16, string where)
    {
        if (pair.ValueKind != JsonValueKind.Array || pair.GetArrayLength() != 2 || !pair[0].TryGetInt32(out int s) || !pair[1].TryGetInt32(out int e) || s < 0 || e < s)
        {
            throw new CliException($"{where}: a span must be a pair [start, end] of code-point offsets with start <= end.");
        }

        int last = utf16.Length - 1;
        return (utf16[Math.Min(s, last)], utf16[Math.Min(e, last)]);
    }
}
