using System.Net;
using System.Text;
using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task uncertainty</c>: sentence-level <c>uncertain</c> against JSONL records with <c>text</c> and a boolean
/// <c>uncertain</c> (the Szeged/CoNLL-2010 format). Each record is one sentence; it counts as uncertain when any
/// sentence the scorer finds in it is. When records carry <c>cue_types</c>, recall is also broken down by gold cue
/// type (a sentence counts under each type it holds), and precision by the kind of the predicted cues.
/// <c>--report FILE</c> writes an HTML page of the disagreements with the predicted cues marked.
/// </summary>
internal sealed class UncertaintyEval : IEvalTask
{
    private const int MaxListed = 2000;

    public string Name => "uncertainty";

    public string Description => "precision, recall and F1 of sentences[].uncertain against JSONL {text, uncertain[, cue_types]}";

    public int Run(EvalContext context)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var goldTypes = new SortedDictionary<string, (int Found, int Total)>(StringComparer.Ordinal);
        var predictedKinds = new SortedDictionary<string, (int Right, int Total)>(StringComparer.Ordinal);
        var falsePositives = new List<(string Text, IReadOnlyList<HedgeCue> Cues)>();
        var falseNegatives = new List<(string Text, IReadOnlyList<HedgeCue> Cues, string Gold)>();
        foreach ((int line, JsonElement record) in JsonLines.Read(context.DataPath))
        {
            string? text = JsonLines.String(record, "text");
            if (text is null || !record.TryGetProperty("uncertain", out JsonElement gold) || gold.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
            {
                throw new CliException($"{context.DataPath}:{line}: a record needs a string \"text\" and a boolean \"uncertain\".");
            }

            EpistemicReport report = context.Scorer.Score(text);
            bool predicted = false;
            foreach (SentenceInfo s in report.Sentences)
            {
                predicted |= s.Uncertain;
            }

            bool expected = gold.ValueKind == JsonValueKind.True;
            if (predicted && expected)
            {
                tp++;
            }
            else if (predicted)
            {
                fp++;
                if (context.ReportPath is not null && falsePositives.Count < MaxListed)
                {
                    falsePositives.Add((text, report.Hedges));
                }
            }
            else if (expected)
            {
                fn++;
                if (context.ReportPath is not null && falseNegatives.Count < MaxListed)
                {
                    falseNegatives.Add((text, report.Hedges, GoldCues(record)));
                }
            }
            else
            {
                tn++;
            }

            CountTypes(record, predicted, goldTypes);
            CountKinds(report.Hedges, expected, predictedKinds);
        }

        var pr = new PrecisionRecall(tp, fp, fn);
        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name,
                sentences = tp + fp + fn + tn,
                precision = pr.Precision,
                recall = pr.Recall,
                f1 = pr.F1,
                tp,
                fp,
                fn,
                tn,
                recallByCueType = goldTypes.ToDictionary(static kv => kv.Key, static kv => new { found = kv.Value.Found, total = kv.Value.Total }),
                precisionByCueKind = predictedKinds.ToDictionary(static kv => kv.Key, static kv => new { right = kv.Value.Right, total = kv.Value.Total }),
            }));
        }
        else
        {
            context.Io.Out.WriteLine($"uncertainty: {tp + fp + fn + tn} sentences, {tp + fn} uncertain in the labels");
            context.Io.Out.WriteLine($"  {pr}");
            if (goldTypes.Count > 0)
            {
                context.Io.Out.WriteLine("  recall by gold cue type (sentences holding that type, found uncertain):");
                foreach ((string type, (int found, int total)) in goldTypes)
                {
                    context.Io.Out.WriteLine(FormattableString.Invariant($"    {type,-36} {found,5} / {total,-5} {(total == 0 ? 0 : (double)found / total):0.000}"));
                }
            }

            if (predictedKinds.Count > 0)
            {
                context.Io.Out.WriteLine("  predicted cues by kind (share in sentences labelled uncertain):");
                foreach ((string kind, (int right, int total)) in predictedKinds)
                {
                    context.Io.Out.WriteLine(FormattableString.Invariant($"    {kind,-36} {right,5} / {total,-5} {(total == 0 ? 0 : (double)right / total):0.000}"));
                }
            }
        }

        if (context.ReportPath is not null)
        {
            WriteReport(context.ReportPath, pr, falsePositives, falseNegatives);
            context.Io.Out.WriteLine($"  report: {context.ReportPath}");
        }

        return ExitCodes.Success;
    }

    private static void CountTypes(JsonElement record, bool predicted, SortedDictionary<string, (int Found, int Total)> types)
    {
        if (!record.TryGetProperty("cue_types", out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonElement t in array.EnumerateArray())
        {
            if (t.ValueKind == JsonValueKind.String && t.GetString() is { } type && seen.Add(type.Trim()))
            {
                types.TryGetValue(type.Trim(), out (int Found, int Total) c);
                types[type.Trim()] = (c.Found + (predicted ? 1 : 0), c.Total + 1);
            }
        }
    }

    private static void CountKinds(IReadOnlyList<HedgeCue> cues, bool expected, SortedDictionary<string, (int Right, int Total)> kinds)
    {
        foreach (HedgeCue cue in cues)
        {
            string kind = JsonNamingPolicy.CamelCase.ConvertName(cue.Kind.ToString());
            kinds.TryGetValue(kind, out (int Right, int Total) c);
            kinds[kind] = (c.Right + (expected ? 1 : 0), c.Total + 1);
        }
    }

    private static string GoldCues(JsonElement record)
    {
        if (!record.TryGetProperty("cue_texts", out JsonElement texts) || texts.ValueKind != JsonValueKind.Array)
        {
            return string.Empty;
        }

        var parts = new List<string>();
        foreach (JsonElement t in texts.EnumerateArray())
        {
            parts.Add(t.ToString());
        }

        return string.Join(" | ", parts);
    }

    private static void WriteReport(string path, PrecisionRecall pr, List<(string Text, IReadOnlyList<HedgeCue> Cues)> fps, List<(string Text, IReadOnlyList<HedgeCue> Cues, string Gold)> fns)
    {
        var html = new StringBuilder();
        html.Append("<!doctype html><meta charset=\"utf-8\"><title>uncertainty disagreements</title>")
            .Append("<style>mark{background:#fd6}li{margin:.3em 0}.k{color:#888;font-size:80%}</style>")
            .Append("<h1>Uncertainty: disagreements</h1><p>").Append(WebUtility.HtmlEncode(pr.ToString())).Append("</p>")
            .Append("<h2>Predicted uncertain, labelled certain (").Append(fps.Count).Append(")</h2><ol>\n");
        foreach ((string text, IReadOnlyList<HedgeCue> cues) in fps)
        {
            html.Append("<li>").Append(Marked(text, cues)).Append("</li>\n");
        }

        html.Append("</ol><h2>Labelled uncertain, predicted certain (").Append(fns.Count).Append(")</h2><ol>\n");
        foreach ((string text, IReadOnlyList<HedgeCue> cues, string gold) in fns)
        {
            html.Append("<li>").Append(Marked(text, cues)).Append(" <span class=\"k\">gold: ").Append(WebUtility.HtmlEncode(gold)).Append("</span></li>\n");
        }

        html.Append("</ol>\n");
        IO.SafeOutput.WriteAllText(path, "the report", html.ToString());
    }

    private static string Marked(string text, IReadOnlyList<HedgeCue> cues)
    {
        var sb = new StringBuilder();
        int at = 0;
        foreach (HedgeCue cue in cues)
        {
            if (cue.Start < at)
            {
                continue;
            }

            sb.Append(WebUtility.HtmlEncode(text[at..cue.Start]))
              .Append("<mark title=\"").Append(cue.Kind).Append("\">").Append(WebUtility.HtmlEncode(cue.Text)).Append("</mark>")
              .Append("<span class=\"k\">[").Append(cue.Kind).Append("]</span>");
            at = cue.Start + cue.Length;
        }

        sb.Append(WebUtility.HtmlEncode(text[at..]));
        return sb.ToString();
    }
}
