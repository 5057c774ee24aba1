using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using EpistemicScoring.Cli.Commands;
using EpistemicScoring.ML;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task document</c>: how well scores separate documents by a binary label (real against fake and satire
/// news, by default): ROC AUC of the overall score and of each law, plain and over pairs of texts of similar
/// length, with text length itself as the baseline to beat; mean scores and verdict spread by label; per-rule
/// firing rates. Text, JSON (<c>--json</c>) and an HTML report with charts (<c>--report FILE</c>). With
/// <c>--model FILE</c>, the trained classifier's probability is measured too, as the row <c>classifier</c>.
/// </summary>
internal sealed class DocumentEval : IEvalTask
{
    public string Name => "document";

    public string Description => "ROC AUC of scores against a binary label (JSONL id, text, label; --positive real)";

    public int Run(EvalContext context)
    {
        string positive = context.Extra.GetValueOrDefault("positive") ?? "real";
        string? modelPath = context.Extra.GetValueOrDefault("model");
        DocumentClassifier? classifier = modelPath is null ? null : ModelFiles.Load(modelPath, context.Scorer);
        List<ScoredDocument> docs = ScoredCorpus.Load(context);
        var labelled = docs
            .Select(d => (Doc: d, Label: JsonLines.String(d.Record, "label")))
            .Where(x => x.Label is not null)
            .ToList();
        if (labelled.Count == 0)
        {
            throw new CliException($"{context.DataPath}: no record has a string \"label\".");
        }

        var result = new DocumentEvalResult
        {
            Documents = labelled.Count,
            PositiveLabel = positive,
            Positives = labelled.Count(x => x.Label == positive),
            Labels = labelled.GroupBy(x => x.Label!).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Classifier = classifier is null ? null : new ClassifierInfo(modelPath!, classifier.PositiveLabel, TrainCommand.AlgorithmName(classifier.Algorithm), classifier.RulesetVersion, classifier.TrainingExamples),
        };

        result.Separation.Add(Separation("length (baseline)", labelled.Select(x => ((double)x.Doc.Length, x.Label == positive, x.Doc.Length)).ToList()));
        result.Separation.Add(Separation("overall", labelled.Select(x => (x.Doc.Report.Overall.Score, x.Label == positive, x.Doc.Length)).ToList()));
        Dictionary<EpistemicReport, double>? probabilities = null;
        if (classifier is not null)
        {
            probabilities = new Dictionary<EpistemicReport, double>(ReferenceEqualityComparer.Instance);
            foreach (var x in labelled)
            {
                probabilities[x.Doc.Report] = ModelFiles.Predict(classifier, x.Doc.Report, modelPath!);
            }

            result.Separation.Add(Separation("classifier", labelled.Select(x => (probabilities[x.Doc.Report], x.Label == positive, x.Doc.Length)).ToList()));
        }
        foreach (Law law in Laws.All)
        {
            result.Separation.Add(Separation(law.JsonName(), labelled.Select(x => (x.Doc.Report[law].Score, x.Label == positive, x.Doc.Length)).ToList()));
        }

        foreach (var group in labelled.GroupBy(x => x.Label!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var means = new Dictionary<string, double> { ["overall"] = group.Average(x => x.Doc.Report.Overall.Score) };
            foreach (Law law in Laws.All)
            {
                means[law.JsonName()] = group.Average(x => x.Doc.Report[law].Score);
            }

            result.MeanScores[group.Key] = means;
        }

        foreach (Law law in Laws.All)
        {
            result.VerdictShares[law.JsonName()] = Enum.GetValues<Verdict>()
                .ToDictionary(v => v.ToString().ToLowerInvariant(), v => (double)labelled.Count(x => x.Doc.Report[law].Verdict == v) / labelled.Count);
        }

        result.Profiles = labelled.GroupBy(x => JsonNamingPolicy.CamelCase.ConvertName(x.Doc.Report.Profile.ToString())).ToDictionary(g => g.Key, g => g.Count());
        var ruleIds = context.Scorer.Rules.Select(r => r.Id).ToList();
        foreach (string ruleId in ruleIds)
        {
            var rates = new Dictionary<string, double>();
            foreach (var group in labelled.GroupBy(x => x.Label!))
            {
                rates[group.Key] = (double)group.Count(x => x.Doc.Report.Laws.Any(l => l.Evidence.Any(e => e.RuleId == ruleId))) / group.Count();
            }

            result.RuleFiringRates[ruleId] = rates;
            result.RuleSeparation.Add(Separation(ruleId, labelled.Select(x => (x.Doc.Report.Laws.Sum(l => l.Evidence.Where(e => e.RuleId == ruleId).Sum(e => e.Weight)), x.Label == positive, x.Doc.Length)).ToList(), withInterval: false));
        }

        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(result, EvalJson.Options));
        }
        else
        {
            context.Io.Out.Write(Format(result));
        }

        if (context.ReportPath is not null)
        {
            EvalHtml.WriteDocumentReport(context.ReportPath, result, labelled.Select(x => (x.Doc, x.Label!)).ToList(), probabilities is null ? null : r => probabilities[r]);
            context.Io.Error.WriteLine($"HTML report written to {context.ReportPath}");
        }

        return ExitCodes.Success;
    }

    private static SeparationFigures Separation(string name, List<(double Score, bool Positive, int Length)> items, bool withInterval = true)
    {
        (double matched, long pairs) = Statistics.LengthMatchedAuc(items);
        List<(double Score, bool Positive)> plain = [.. items.Select(static i => (i.Score, i.Positive))];
        (double low, double high) = withInterval ? Statistics.RocAucInterval(plain) : (double.NaN, double.NaN);
        return new SeparationFigures(name, Statistics.RocAuc(plain), matched, pairs) { RocAucLow = low, RocAucHigh = high };
    }

    private static string Format(DocumentEvalResult r)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"document: {r.Documents} documents ({string.Join(", ", r.Labels.Select(kv => $"{kv.Value} {kv.Key}"))}); positive label '{r.PositiveLabel}'\n");
        if (r.Classifier is ClassifierInfo c)
        {
            sb.Append(inv, $"classifier: {c.Model} ({c.Algorithm}, trained on {c.TrainingExamples} documents, probability of '{c.PositiveLabel}'); on the documents it was trained on, its figures overstate it: quote the cross-validated ones of 'epistemic train'\n");
        }

        sb.Append('\n');
        sb.Append(inv, $"{"score",-24} {"ROC AUC",8} {"95% interval",14} {"AUC, length-matched",20} {"pairs",8}\n");
        foreach (SeparationFigures s in r.Separation)
        {
            sb.Append(inv, $"{s.Score,-24} {s.RocAuc,8:0.000} {$"{s.RocAucLow:0.000}-{s.RocAucHigh:0.000}",14} {s.LengthMatchedAuc,20:0.000} {s.LengthMatchedPairs,8}\n");
        }

        sb.Append(inv, $"(95% intervals: {Statistics.BootstrapResamples} stratified bootstrap resamples, fixed seed)\n");

        sb.Append("\nmean score by label\n");
        foreach ((string label, Dictionary<string, double> means) in r.MeanScores)
        {
            sb.Append(inv, $"  {label,-10} {string.Join("  ", means.Select(kv => $"{kv.Key} {kv.Value:0.0}"))}\n");
        }

        sb.Append("\nverdict shares by law (high / moderate / low / insufficient)\n");
        foreach ((string law, Dictionary<string, double> shares) in r.VerdictShares)
        {
            sb.Append(inv, $"  {law,-22} {shares["high"],6:P0} {shares["moderate"],6:P0} {shares["low"],6:P0} {shares["insufficient"],6:P0}\n");
        }

        sb.Append(inv, $"\nprofiles: {string.Join(", ", r.Profiles.Select(kv => $"{kv.Key} {kv.Value}"))}\n");
        sb.Append("\nrules: firing rate by label; ROC AUC of the rule's summed weight, plain and length-matched\n");
        foreach ((string rule, Dictionary<string, double> rates) in r.RuleFiringRates)
        {
            SeparationFigures? sep = r.RuleSeparation.Find(x => x.Score == rule);
            sb.Append(inv, $"  {rule}  {string.Join("  ", rates.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value,4:P0}"))}   auc {sep?.RocAuc:0.000} / {sep?.LengthMatchedAuc:0.000}\n");
        }

        return sb.ToString();
    }
}

/// <summary>The classifier measured with <c>--model</c>.</summary>
internal sealed record ClassifierInfo(string Model, string PositiveLabel, string Algorithm, string RulesetVersion, int TrainingExamples);

/// <summary>Separation figures of one score.</summary>
internal sealed record SeparationFigures(string Score, double RocAuc, double LengthMatchedAuc, long LengthMatchedPairs)
{
    /// <summary>Lower end of the 95% bootstrap interval of <see cref="RocAuc"/> (NaN, written null, for per-rule rows).</summary>
    public double RocAucLow { get; init; } = double.NaN;

    /// <summary>Upper end of the 95% bootstrap interval of <see cref="RocAuc"/>.</summary>
    public double RocAucHigh { get; init; } = double.NaN;
}

/// <summary>Everything <see cref="DocumentEval"/> measures.</summary>
internal sealed class DocumentEvalResult
{
    public string Task { get; } = "document";

    public int Documents { get; init; }

    public string PositiveLabel { get; init; } = "real";

    public int Positives { get; init; }

    public Dictionary<string, int> Labels { get; init; } = [];

    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClassifierInfo? Classifier { get; init; }

    public List<SeparationFigures> Separation { get; } = [];

    public Dictionary<string, Dictionary<string, double>> MeanScores { get; } = [];

    public Dictionary<string, Dictionary<string, double>> VerdictShares { get; } = [];

    public Dictionary<string, int> Profiles { get; set; } = [];

    public Dictionary<string, Dictionary<string, double>> RuleFiringRates { get; } = [];

    public List<SeparationFigures> RuleSeparation { get; } = [];
}

/// <summary>JSON settings for evaluation output: camelCase; a figure that cannot be computed (NaN) is written as null.</summary>
internal static class EvalJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
        Converters = { new NaNAsNull() },
    };

    private sealed class NaNAsNull : System.Text.Json.Serialization.JsonConverter<double>
    {
        public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

        public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
        {
            if (double.IsFinite(value))
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
