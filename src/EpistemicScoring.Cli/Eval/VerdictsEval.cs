using System.Globalization;
using System.Text;
using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task verdicts</c>: agreement of per-law verdicts with people's. Gold records carry <c>id</c> and a verdict
/// per law (top-level keys named as in the report, <c>truthfulness</c> … <c>inferenceTraceability</c>, or nested
/// under <c>laws</c> or <c>verdicts</c>; <c>overall</c> optional); texts come from the records, <c>--texts</c> or
/// existing batch output (<c>--predictions</c>). Per law: accuracy, macro-F1, Cohen's kappa with quadratic weights
/// over the ordered verdicts low &lt; moderate &lt; high (pairs where either side is insufficient are left out of
/// kappa and counted), and the confusion matrix.
/// </summary>
internal sealed class VerdictsEval : IEvalTask
{
    private static readonly Verdict[] Order = [Verdict.High, Verdict.Moderate, Verdict.Low, Verdict.Insufficient];

    public string Name => "verdicts";

    public string Description => "accuracy, macro-F1, quadratic kappa and confusion matrices of per-law verdicts (JSONL id + verdict per law)";

    public int Run(EvalContext context)
    {
        List<ScoredDocument> docs = ScoredCorpus.Load(context);
        var results = new List<LawAgreement>();
        foreach (string name in Laws.All.Select(l => l.JsonName()).Append("overall"))
        {
            var pairs = new List<(Verdict Gold, Verdict Predicted)>();
            foreach (ScoredDocument d in docs)
            {
                if (GoldVerdict(d.Record, name) is not Verdict gold)
                {
                    continue;
                }

                Verdict predicted = name == "overall"
                    ? d.Report.Overall.Verdict
                    : d.Report.Laws.First(l => l.Law.JsonName() == name).Verdict;
                pairs.Add((gold, predicted));
            }

            if (pairs.Count > 0)
            {
                results.Add(Agreement(name, pairs));
            }
        }

        if (results.Count == 0)
        {
            throw new CliException($"{context.DataPath}: no record carries a verdict for any law.");
        }

        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(new { task = Name, documents = docs.Count, laws = results }, EvalJson.Options));
        }
        else
        {
            context.Io.Out.Write(Format(docs.Count, results));
        }

        if (context.ReportPath is not null)
        {
            EvalHtml.WriteVerdictReport(context.ReportPath, docs.Count, results);
            context.Io.Error.WriteLine($"HTML report written to {context.ReportPath}");
        }

        return ExitCodes.Success;
    }

    internal static LawAgreement Agreement(string name, List<(Verdict Gold, Verdict Predicted)> pairs)
    {
        var matrix = new int[Order.Length][];
        for (int i = 0; i < Order.Length; i++)
        {
            matrix[i] = new int[Order.Length];
        }

        foreach ((Verdict g, Verdict p) in pairs)
        {
            matrix[Array.IndexOf(Order, g)][Array.IndexOf(Order, p)]++;
        }

        var indexed = pairs.Select(p => (Gold: Array.IndexOf(Order, p.Gold), Predicted: Array.IndexOf(Order, p.Predicted))).ToList();
        var ordinal = pairs
            .Where(p => p.Gold != Verdict.Insufficient && p.Predicted != Verdict.Insufficient)
            .Select(p => ((int)p.Gold - 1, (int)p.Predicted - 1))
            .ToList();
        return new LawAgreement(
            name,
            pairs.Count,
            (double)pairs.Count(p => p.Gold == p.Predicted) / pairs.Count,
            Statistics.MacroF1(indexed, Order.Length),
            Statistics.QuadraticKappa(ordinal, 3),
            pairs.Count - ordinal.Count,
            [.. Order.Select(v => v.ToString().ToLowerInvariant())],
            matrix);
    }

    private static Verdict? GoldVerdict(JsonElement record, string law)
    {
        foreach (JsonElement holder in new[] { record, Child(record, "laws"), Child(record, "verdicts") })
        {
            if (holder.ValueKind == JsonValueKind.Object && holder.TryGetProperty(law, out JsonElement v))
            {
                string? text = v.ValueKind == JsonValueKind.String ? v.GetString()
                    : v.ValueKind == JsonValueKind.Object && v.TryGetProperty("verdict", out JsonElement inner) && inner.ValueKind == JsonValueKind.String ? inner.GetString()
                    : null;
                if (text is not null && Enum.TryParse(text, ignoreCase: true, out Verdict verdict) && Enum.IsDefined(verdict))
                {
                    return verdict;
                }
            }
        }

        return null;
    }

    private static JsonElement Child(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement c) ? c : default;

    private static string Format(int documents, List<LawAgreement> results)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.Append(inv, $"verdicts: {documents} documents\n\n");
        sb.Append(inv, $"{"law",-22} {"n",5} {"accuracy",9} {"macro-F1",9} {"kappa (quadratic)",18} {"left out",9}\n");
        foreach (LawAgreement a in results)
        {
            sb.Append(inv, $"{a.Law,-22} {a.Count,5} {a.Accuracy,9:0.000} {a.MacroF1,9:0.000} {a.QuadraticKappa,18:0.000} {a.InsufficientPairs,9}\n");
        }

        foreach (LawAgreement a in results)
        {
            sb.Append(inv, $"\n{a.Law}: rows gold, columns predicted ({string.Join(" / ", a.Categories)})\n");
            for (int i = 0; i < a.Categories.Length; i++)
            {
                sb.Append(inv, $"  {a.Categories[i],-13} {string.Join(" ", a.Confusion[i].Select(c => c.ToString(inv).PadLeft(5)))}\n");
            }
        }

        return sb.ToString();
    }
}

/// <summary>Agreement figures of one law.</summary>
internal sealed record LawAgreement(string Law, int Count, double Accuracy, double MacroF1, double QuadraticKappa, int InsufficientPairs, string[] Categories, int[][] Confusion);
