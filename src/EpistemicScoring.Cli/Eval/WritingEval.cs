using System.Globalization;
using System.Text;
using System.Text.Json;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task writing</c>: Law 5 against articles annotated with propaganda techniques (the format of
/// <c>../shared/data/writing/ptc-propaganda-dev.jsonl</c>: <c>id</c>, <c>text</c>, <c>spans</c> with <c>technique</c>,
/// <c>start</c> and <c>end</c> in code points, and <c>words</c>). Two questions: does Law 5 fall where the rhetoric is
/// denser (Spearman's rank correlation and concordance on clear pairs between the score and the techniques per 100
/// words), and do Law 5's findings against a text lie on the annotated spans (recall and precision per technique)?
/// </summary>
/// <remarks>
/// A finding is a piece of Law 5 evidence with a negative weight; it touches a technique span when they share a
/// character. Recall of a technique is the share of its spans touched by any such finding, and by the findings of
/// the rules aimed at it (<see cref="RuleTechniques"/>); precision of a technique is the share of the findings of its
/// rules that touch one of its spans. A pair of articles is clear when one has at least twice the other's density
/// and at least one technique span per 100 words more. Every interval is a percentile bootstrap over articles
/// (1,000 resamples, seed 1). With <c>--baseline FILE</c> (batch output of another rule set for the same articles) the
/// task also says in what share of resamples the scorer under test beats it. <c>--details</c> lists up to twenty
/// findings of each rule with the technique they touch, to read what a rule fires on.
/// </remarks>
internal sealed class WritingEval : IEvalTask
{
    /// <summary>A clear pair: the denser article has at least this many times the other's density ...</summary>
    public const double ClearRatio = 2;

    /// <summary>... and at least this many more technique spans per 100 words.</summary>
    public const double ClearGap = 1;

    private const int Resamples = 1000;

    /// <summary>
    /// The techniques each rule of Law 5 is aimed at, for recall and precision by technique (names as the annotation
    /// writes them). A rule not listed still counts in "any finding".
    /// </summary>
    internal static readonly IReadOnlyDictionary<string, string[]> RuleTechniques = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [RuleIds.UnsupportedBoosters] = ["Exaggeration,Minimisation"],
        [RuleIds.EmphaticOverstatement] = ["Loaded_Language", "Slogans"],
        [RuleIds.RhetoricalQuestions] = ["Doubt"],
        [RuleIds.Intensifiers] = ["Loaded_Language", "Exaggeration,Minimisation"],
        [RuleIds.LoadedLanguage] = ["Loaded_Language"],
        [RuleIds.NameCalling] = ["Name_Calling,Labeling"],
        [RuleIds.Exaggeration] = ["Exaggeration,Minimisation"],
        [RuleIds.FearAppeal] = ["Appeal_to_fear-prejudice"],
        [RuleIds.FlagWaving] = ["Flag-Waving"],
        [RuleIds.Slogans] = ["Slogans", "Thought-terminating_Cliches"],
        [RuleIds.BlackAndWhite] = ["Black-and-White_Fallacy"],
        [RuleIds.DoubtCasting] = ["Doubt"],
    };

    public string Name => "writing";

    public string Description => "Law 5 against annotated rhetoric (JSONL id, text, spans [technique, start, end], words): span recall and precision per technique, Spearman and clear-pair concordance with technique density";

    public int Run(EvalContext context)
    {
        List<ScoredDocument> docs = ScoredCorpus.Load(context);
        var habitRules = context.Scorer.Rules.Where(static r => r.Law == Law.InferenceTraceability && r.PerWriterWords).Select(static r => r.Id).ToHashSet(StringComparer.Ordinal);
        bool details = context.Extra.ContainsKey("details");
        var articles = new List<Article>(docs.Count);
        var samples = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (ScoredDocument d in docs)
        {
            articles.Add(Read(context.DataPath, d, habitRules, details ? samples : null));
        }

        if (articles.Count == 0)
        {
            throw new CliException($"{context.DataPath}: no article to evaluate (in this half).");
        }

        Dictionary<string, EpistemicReport>? baseline = context.Extra.GetValueOrDefault("baseline") is { } path ? ReadBaseline(path) : null;
        WritingEvalResult result = Measure(articles, baseline);
        result.Half = DevSplit.Current.ToString().ToLowerInvariant();
        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(result, EvalJson.Options));
        }
        else
        {
            context.Io.Out.Write(Format(result));
            if (details)
            {
                foreach ((string rule, List<string> lines) in samples.OrderBy(static kv => kv.Key, StringComparer.Ordinal))
                {
                    context.Io.Out.Write(string.Create(CultureInfo.InvariantCulture, $"\n{rule}: first {lines.Count} findings (technique touched, or -)\n"));
                    foreach (string line in lines)
                    {
                        context.Io.Out.WriteLine("  " + line);
                    }
                }
            }
        }

        if (context.ReportPath is not null)
        {
            EvalHtml.WriteWritingReport(context.ReportPath, result);
            context.Io.Error.WriteLine($"HTML report written to {context.ReportPath}");
        }

        return ExitCodes.Success;
    }

    private static Article Read(string dataPath, ScoredDocument d, HashSet<string> habitRules, Dictionary<string, List<string>>? samples)
    {
        string? text = JsonLines.String(d.Record, "text");
        var gold = new List<(string Technique, int Start, int End)>();
        if (d.Record.TryGetProperty("spans", out JsonElement spans) && spans.ValueKind == JsonValueKind.Array && spans.GetArrayLength() > 0)
        {
            if (text is null)
            {
                throw new CliException($"{dataPath}: the record '{d.Id}' has spans but no \"text\" to place them in.");
            }

            int[] utf16 = CodePoints.ToUtf16(text);
            foreach (JsonElement s in spans.EnumerateArray())
            {
                string technique = JsonLines.String(s, "technique") ?? "other";
                int start = utf16[Math.Clamp(s.GetProperty("start").GetInt32(), 0, utf16.Length - 1)];
                int end = utf16[Math.Clamp(s.GetProperty("end").GetInt32(), 0, utf16.Length - 1)];
                gold.Add((technique, start, end));
            }
        }

        int words = d.Record.TryGetProperty("words", out JsonElement w) && w.ValueKind == JsonValueKind.Number
            ? w.GetInt32()
            : text is null ? 0 : text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var article = new Article(d.Id, d.Length, Math.Max(1, words), d.Report);
        foreach ((string technique, _, _) in gold)
        {
            article.Gold[technique] = article.Gold.GetValueOrDefault(technique) + 1;
        }

        var findings = d.Report[Law.InferenceTraceability].Evidence.Where(static e => e.Weight < 0).ToList();
        var touchedAny = new bool[gold.Count];
        var touchedHabit = new bool[gold.Count];
        var touchedOwn = new bool[gold.Count];
        foreach (Evidence e in findings)
        {
            string[] own = RuleTechniques.GetValueOrDefault(e.RuleId) ?? [];
            RuleCounts counts = article.Rules.TryGetValue(e.RuleId, out RuleCounts? c) ? c : article.Rules[e.RuleId] = new RuleCounts();
            counts.Findings++;
            string? touched = null;
            bool onOwn = false;
            for (int g = 0; g < gold.Count; g++)
            {
                if (e.Start < gold[g].End && gold[g].Start < e.Start + e.Length)
                {
                    touchedAny[g] = true;
                    touchedHabit[g] |= habitRules.Contains(e.RuleId);
                    bool mine = own.Contains(gold[g].Technique);
                    touchedOwn[g] |= mine;
                    onOwn |= mine;
                    touched = mine || touched is null ? gold[g].Technique : touched;
                }
            }

            if (touched is not null)
            {
                counts.OnAnySpan++;
                counts.Touched[touched] = counts.Touched.GetValueOrDefault(touched) + 1;
            }

            counts.OnOwnTechnique += onOwn ? 1 : 0;
            foreach (string t in own)
            {
                TechniqueCounts tc = article.Techniques.TryGetValue(t, out TechniqueCounts? x) ? x : article.Techniques[t] = new TechniqueCounts();
                tc.OwnFindings++;
                tc.OwnFindingsOnIt += gold.Exists(g => g.Technique == t && e.Start < g.End && g.Start < e.Start + e.Length) ? 1 : 0;
            }

            if (samples is not null && text is not null)
            {
                List<string> list = samples.TryGetValue(e.RuleId, out List<string>? l) ? l : samples[e.RuleId] = [];
                if (list.Count < 20)
                {
                    list.Add($"{d.Id}  {Snippet(text, e)}  [{touched ?? "-"}]");
                }
            }
        }

        for (int g = 0; g < gold.Count; g++)
        {
            TechniqueCounts tc = article.Techniques.TryGetValue(gold[g].Technique, out TechniqueCounts? x) ? x : article.Techniques[gold[g].Technique] = new TechniqueCounts();
            tc.TouchedAny += touchedAny[g] ? 1 : 0;
            tc.TouchedHabit += touchedHabit[g] ? 1 : 0;
            tc.TouchedOwn += touchedOwn[g] ? 1 : 0;
        }

        return article;
    }

    /// <summary>The finding in its context: up to 40 characters either side, the finding in brackets, on one line.</summary>
    private static string Snippet(string text, Evidence e)
    {
        int from = Math.Max(0, e.Start - 40);
        int to = Math.Min(text.Length, e.Start + Math.Min(e.Length, 160) + 40);
        string s = text[from..e.Start] + "[" + text.Substring(e.Start, Math.Min(e.Length, 160)) + "]" + text[Math.Min(text.Length, e.Start + Math.Min(e.Length, 160))..to];
        return s.ReplaceLineEndings(" ");
    }

    private static WritingEvalResult Measure(List<Article> articles, Dictionary<string, EpistemicReport>? baseline)
    {
        var result = new WritingEvalResult
        {
            Articles = articles.Count,
            Spans = articles.Sum(static a => a.Gold.Values.Sum()),
            DensityMin = articles.Min(static a => a.Density),
            DensityMedian = Median([.. articles.Select(static a => a.Density)]),
            DensityMax = articles.Max(static a => a.Density),
        };

        result.Correlations.Add(Correlate("inferenceTraceability", articles, static a => a.Report[Law.InferenceTraceability].Score));
        result.Correlations.Add(Correlate("overall", articles, static a => a.Report.Overall.Score));
        foreach (Law law in Laws.All.Where(static l => l != Law.InferenceTraceability))
        {
            result.Correlations.Add(Correlate(law.JsonName(), articles, a => a.Report[law].Score));
        }

        result.Correlations.Add(Correlate("length (baseline)", articles, static a => a.Length));
        if (baseline is not null)
        {
            result.Baseline = CompareBaseline(articles, baseline);
        }

        foreach (string technique in articles.SelectMany(static a => a.Techniques.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            TechniqueCounts Sum(IEnumerable<Article> set)
            {
                var t = new TechniqueCounts();
                foreach (Article a in set)
                {
                    if (a.Techniques.TryGetValue(technique, out TechniqueCounts? c))
                    {
                        t.Add(c);
                    }
                }

                return t;
            }

            int gold = articles.Sum(a => a.Gold.GetValueOrDefault(technique));
            TechniqueCounts all = Sum(articles);
            (double low, double high) = Statistics.BootstrapInterval(articles.Count, ix =>
            {
                int g = 0, hit = 0;
                foreach (int i in ix)
                {
                    g += articles[i].Gold.GetValueOrDefault(technique);
                    hit += articles[i].Techniques.TryGetValue(technique, out TechniqueCounts? c) ? c.TouchedAny : 0;
                }

                return g == 0 ? double.NaN : (double)hit / g;
            }, Resamples);
            result.Techniques.Add(new TechniqueFigures(
                technique,
                gold,
                Share(all.TouchedAny, gold),
                low,
                high,
                Share(all.TouchedHabit, gold),
                Share(all.TouchedOwn, gold),
                all.OwnFindings,
                Share(all.OwnFindingsOnIt, all.OwnFindings)));
        }

        foreach (string rule in articles.SelectMany(static a => a.Rules.Keys).Distinct().Order(StringComparer.Ordinal))
        {
            var sum = new RuleCounts();
            foreach (Article a in articles)
            {
                if (a.Rules.TryGetValue(rule, out RuleCounts? c))
                {
                    sum.Add(c);
                }
            }

            (double low, double high) = Statistics.BootstrapInterval(articles.Count, ix =>
            {
                int f = 0, on = 0;
                foreach (int i in ix)
                {
                    if (articles[i].Rules.TryGetValue(rule, out RuleCounts? c))
                    {
                        f += c.Findings;
                        on += c.OnAnySpan;
                    }
                }

                return f == 0 ? double.NaN : (double)on / f;
            }, Resamples);
            result.Rules.Add(new RuleFigures(
                rule,
                sum.Findings,
                articles.Count(a => a.Rules.ContainsKey(rule)),
                Share(sum.OnAnySpan, sum.Findings),
                low,
                high,
                RuleTechniques.ContainsKey(rule) ? Share(sum.OnOwnTechnique, sum.Findings) : double.NaN,
                sum.Touched.OrderByDescending(static kv => kv.Value).ThenBy(static kv => kv.Key, StringComparer.Ordinal).Take(3).ToDictionary(static kv => kv.Key, static kv => kv.Value)));
        }

        foreach (Article a in articles)
        {
            result.Documents.Add(new DocumentFigures(a.Id, a.Words, Math.Round(a.Density, 3), a.Report[Law.InferenceTraceability].Score, a.Report.Overall.Score, JsonNamingPolicy.CamelCase.ConvertName(a.Report.Profile.ToString())));
        }

        return result;
    }

    private static CorrelationFigures Correlate(string name, List<Article> articles, Func<Article, double> score)
    {
        var items = articles.Select(a => (Score: score(a), a.Density)).ToList();
        double rho = Statistics.Spearman([.. items.Select(static i => (i.Score, i.Density))]);
        (double concordance, long pairs) = Statistics.ClearPairConcordance(items, ClearRatio, ClearGap);
        (double rl, double rh) = Statistics.BootstrapInterval(items.Count, ix => Statistics.Spearman([.. ix.Select(i => (items[i].Score, items[i].Density))]), Resamples);
        (double cl, double ch) = Statistics.BootstrapInterval(items.Count, ix => Statistics.ClearPairConcordance([.. ix.Select(i => items[i])], ClearRatio, ClearGap).Concordance, Resamples);
        return new CorrelationFigures(name, rho, rl, rh, concordance, cl, ch, pairs);
    }

    private static BaselineFigures CompareBaseline(List<Article> articles, Dictionary<string, EpistemicReport> baseline)
    {
        var joined = articles.Where(a => baseline.ContainsKey(a.Id)).ToList();
        var now = joined.Select(static a => (Score: a.Report[Law.InferenceTraceability].Score, a.Density)).ToList();
        var before = joined.Select(a => (Score: baseline[a.Id][Law.InferenceTraceability].Score, a.Density)).ToList();
        double Rho(List<(double Score, double Density)> set, int[] ix) => Statistics.Spearman([.. ix.Select(i => (set[i].Score, set[i].Density))]);
        double Con(List<(double Score, double Density)> set, int[] ix) => Statistics.ClearPairConcordance([.. ix.Select(i => set[i])], ClearRatio, ClearGap).Concordance;
        int[] every = [.. Enumerable.Range(0, joined.Count)];
        double[] rhoGain = Statistics.BootstrapValues(joined.Count, ix => Rho(before, ix) - Rho(now, ix), Resamples);
        double[] conGain = Statistics.BootstrapValues(joined.Count, ix => Con(now, ix) - Con(before, ix), Resamples);
        return new BaselineFigures(
            joined.Count,
            Rho(before, every),
            Con(before, every),
            rhoGain.Length == 0 ? double.NaN : (double)rhoGain.Count(static g => g > 0) / rhoGain.Length,
            conGain.Length == 0 ? double.NaN : (double)conGain.Count(static g => g > 0) / conGain.Length);
    }

    private static Dictionary<string, EpistemicReport> ReadBaseline(string path)
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
                EpistemicReport report = Serialization.ReportJson.Deserialize(record.GetRawText());
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

    private static double Share(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values.Length == 0 ? double.NaN : values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2;
    }

    private static string Format(WritingEvalResult r)
    {
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"writing: {r.Articles} articles ({r.Half}), {r.Spans} technique spans; density {r.DensityMin:0.00} to {r.DensityMax:0.00} spans per 100 words (median {r.DensityMedian:0.00})\n\n");
        sb.Append(inv, $"scores against technique density (negative Spearman and concordance near 1: the score falls as the rhetoric thickens; clear pairs: {ClearRatio:0}x the density and {ClearGap:0.#} more per 100 words; 95% bootstrap intervals)\n");
        sb.Append(inv, $"{"score",-24} {"Spearman",9} {"95% interval",17} {"concordance",12} {"95% interval",17} {"pairs",7}\n");
        foreach (CorrelationFigures c in r.Correlations)
        {
            sb.Append(inv, $"{c.Score,-24} {c.Spearman,9:0.000} {Interval(c.SpearmanLow, c.SpearmanHigh),17} {c.Concordance,12:0.000} {Interval(c.ConcordanceLow, c.ConcordanceHigh),17} {c.ClearPairs,7}\n");
        }

        if (r.Baseline is BaselineFigures b)
        {
            sb.Append(inv, $"\nbaseline ({b.Articles} articles joined by id): Spearman {b.Spearman:0.000}, concordance {b.Concordance:0.000}; the scorer under test has the more negative Spearman in {b.SpearmanBetterShare:P0} of resamples and the higher concordance in {b.ConcordanceBetterShare:P0}\n");
        }

        sb.Append("\ntechniques: spans touched by a Law 5 finding against the text (any rule, with 95% interval; habit rules; the rules aimed at it), and the precision of the rules aimed at it\n");
        sb.Append(inv, $"{"technique",-36} {"spans",6} {"recall",7} {"95% interval",17} {"habit",6} {"aimed",6} {"findings",9} {"precision",10}\n");
        foreach (TechniqueFigures t in r.Techniques)
        {
            sb.Append(inv, $"{t.Technique,-36} {t.Spans,6} {t.RecallAny,7:0.000} {Interval(t.RecallAnyLow, t.RecallAnyHigh),17} {t.RecallHabit,6:0.00} {t.RecallAimed,6:0.00} {t.AimedFindings,9} {Figure(t.PrecisionAimed),10}\n");
        }

        sb.Append("\nrules: Law 5 findings against the text, the share on any technique span (with 95% interval) and on the techniques the rule is aimed at\n");
        sb.Append(inv, $"{"rule",-8} {"findings",9} {"articles",9} {"on a span",10} {"95% interval",17} {"on its own",11}  most touched\n");
        foreach (RuleFigures f in r.Rules)
        {
            sb.Append(inv, $"{f.Rule,-8} {f.Findings,9} {f.Articles,9} {f.PrecisionAny,10:0.000} {Interval(f.PrecisionAnyLow, f.PrecisionAnyHigh),17} {Figure(f.PrecisionAimed),11}  {string.Join(", ", f.MostTouched.Select(static kv => $"{kv.Key} {kv.Value}"))}\n");
        }

        return sb.ToString();
    }

    private static string Interval(double low, double high) =>
        double.IsNaN(low) ? "-" : string.Create(CultureInfo.InvariantCulture, $"[{low:0.000}, {high:0.000}]");

    private static string Figure(double value) => double.IsNaN(value) ? "-" : value.ToString("0.000", CultureInfo.InvariantCulture);

    private sealed class Article(string id, int length, int words, EpistemicReport report)
    {
        public string Id { get; } = id;

        public int Length { get; } = length;

        public int Words { get; } = words;

        public EpistemicReport Report { get; } = report;

        public Dictionary<string, int> Gold { get; } = new(StringComparer.Ordinal);

        public double Density => 100.0 * Gold.Values.Sum() / Words;

        public Dictionary<string, TechniqueCounts> Techniques { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, RuleCounts> Rules { get; } = new(StringComparer.Ordinal);
    }

    private sealed class TechniqueCounts
    {
        public int TouchedAny { get; set; }

        public int TouchedHabit { get; set; }

        public int TouchedOwn { get; set; }

        public int OwnFindings { get; set; }

        public int OwnFindingsOnIt { get; set; }

        public void Add(TechniqueCounts o)
        {
            TouchedAny += o.TouchedAny;
            TouchedHabit += o.TouchedHabit;
            TouchedOwn += o.TouchedOwn;
            OwnFindings += o.OwnFindings;
            OwnFindingsOnIt += o.OwnFindingsOnIt;
        }
    }

    private sealed class RuleCounts
    {
        public int Findings { get; set; }

        public int OnAnySpan { get; set; }

        public int OnOwnTechnique { get; set; }

        public Dictionary<string, int> Touched { get; } = new(StringComparer.Ordinal);

        public void Add(RuleCounts o)
        {
            Findings += o.Findings;
            OnAnySpan += o.OnAnySpan;
            OnOwnTechnique += o.OnOwnTechnique;
            foreach ((string k, int v) in o.Touched)
            {
                Touched[k] = Touched.GetValueOrDefault(k) + v;
            }
        }
    }
}

/// <summary>Maps code-point offsets (Python's string indices, as the shared data writes them) to UTF-16 indices.</summary>
internal static class CodePoints
{
    /// <summary>For each code-point index 0..n, the UTF-16 index where it starts (the last entry is the text's length).</summary>
    public static int[] ToUtf16(string text)
    {
        var map = new List<int>(text.Length + 1);
        for (int i = 0; i < text.Length; i++)
        {
            map.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        map.Add(text.Length);
        return [.. map];
    }
}

/// <summary>One score against technique density.</summary>
internal sealed record CorrelationFigures(string Score, double Spearman, double SpearmanLow, double SpearmanHigh, double Concordance, double ConcordanceLow, double ConcordanceHigh, long ClearPairs);

/// <summary>One technique's spans and how Law 5's findings meet them.</summary>
internal sealed record TechniqueFigures(string Technique, int Spans, double RecallAny, double RecallAnyLow, double RecallAnyHigh, double RecallHabit, double RecallAimed, int AimedFindings, double PrecisionAimed);

/// <summary>One rule's findings and how many lie on technique spans.</summary>
internal sealed record RuleFigures(string Rule, int Findings, int Articles, double PrecisionAny, double PrecisionAnyLow, double PrecisionAnyHigh, double PrecisionAimed, Dictionary<string, int> MostTouched);

/// <summary>The baseline's figures and the share of resamples in which the scorer under test beats it.</summary>
internal sealed record BaselineFigures(int Articles, double Spearman, double Concordance, double SpearmanBetterShare, double ConcordanceBetterShare);

/// <summary>One article's density and scores, for comparisons outside the tool.</summary>
internal sealed record DocumentFigures(string Id, int Words, double Density, double InferenceTraceability, double Overall, string Profile);

/// <summary>Everything <see cref="WritingEval"/> measures.</summary>
internal sealed class WritingEvalResult
{
    public string Task { get; } = "writing";

    public string Half { get; set; } = "all";

    public int Articles { get; init; }

    public int Spans { get; init; }

    public double DensityMin { get; init; }

    public double DensityMedian { get; init; }

    public double DensityMax { get; init; }

    public List<CorrelationFigures> Correlations { get; } = [];

    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public BaselineFigures? Baseline { get; set; }

    public List<TechniqueFigures> Techniques { get; } = [];

    public List<RuleFigures> Rules { get; } = [];

    public List<DocumentFigures> Documents { get; } = [];
}
