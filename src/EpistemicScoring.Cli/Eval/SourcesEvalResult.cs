using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>The figures of <c>--task sources</c>, summed over articles, with the per-article counts the intervals resample.</summary>
internal sealed class SourcesEvalResult
{
    /// <summary>Misses, false positives and set-aside predictions kept for the HTML report, at most this many of each.</summary>
    public const int ExamplesKept = 400;

    public int Articles { get; private set; }

    /// <summary>True when some article comes from data that annotates only outermost attributions (PolNeAR).</summary>
    public bool OutermostOnly { get; private set; }

    public bool HasBoilerplate { get; private set; }

    public SourceCounts All { get; } = new();

    public SourceCounts WithoutBoilerplate { get; } = new();

    /// <summary>Annotated kind → (matched, annotated).</summary>
    public SortedDictionary<string, (int Hit, int Count)> KindGold { get; } = new(StringComparer.Ordinal);

    /// <summary>Annotated type → (matched, annotated), when the data gives types.</summary>
    public SortedDictionary<string, (int Hit, int Count)> TypeGold { get; } = new(StringComparer.Ordinal);

    /// <summary>Detected type → (matched, judged): set-aside predictions are not judged.</summary>
    public SortedDictionary<string, (int Right, int Judged)> TypePredicted { get; } = new(StringComparer.Ordinal);

    /// <summary>Annotated cue words → (matched, annotated).</summary>
    public Dictionary<string, (int Hit, int Count)> CueGold { get; } = new(StringComparer.Ordinal);

    public List<(string Id, string Kind, string Cue, string Context)> Misses { get; } = [];

    public List<(string Id, string Kind, string Type, string Cue, string Context)> FalsePositives { get; } = [];

    public List<(string Id, string Kind, string Type, string Cue, string Context)> SetAside { get; } = [];

    public static string TypeName(SourceMention m) => JsonNamingPolicy.CamelCase.ConvertName(m.Type.ToString());

    public void Add(SourceArticle article, IReadOnlyList<SourceMention> detected, ArticleOutcome outcome, bool keepExamples)
    {
        Articles++;
        OutermostOnly |= article.OutermostOnly;
        var all = new SourceCounts();
        var clean = new SourceCounts();
        for (int g = 0; g < article.Gold.Count; g++)
        {
            SourceGold gd = article.Gold[g];
            SourceMention? m = outcome.Match[g] >= 0 ? detected[outcome.Match[g]] : null;
            int hit = m is null ? 0 : 1;
            HasBoilerplate |= gd.Boilerplate;
            Bump(KindGold, gd.Kind, hit);
            if (gd.Type is { } type)
            {
                Bump(TypeGold, type, hit);
            }

            if (gd.Cue.Length > 0)
            {
                Bump(CueGold, gd.Cue, hit);
            }

            all.AddGold(gd, m);
            if (!gd.Boilerplate)
            {
                clean.AddGold(gd, m);
            }

            if (m is null && keepExamples && Misses.Count < ExamplesKept)
            {
                Misses.Add((article.Id, gd.Kind, gd.Cue, SourcesEval.Context(article.Text, gd.Start, gd.End)));
            }
        }

        for (int d = 0; d < detected.Count; d++)
        {
            SourceMention m = detected[d];
            string type = TypeName(m);
            switch (outcome.Status[d])
            {
                case PredictionStatus.Matched:
                    Bump(TypePredicted, type, 1);
                    break;
                case PredictionStatus.SetAside:
                    all.SetAside++;
                    clean.SetAside++;
                    TypePredicted.TryAdd(type, (0, 0));
                    if (keepExamples && SetAside.Count < ExamplesKept)
                    {
                        SetAside.Add((article.Id, m.Kind.ToString(), type, m.Cue?.Text ?? string.Empty, SourcesEval.Context(article.Text, m.Start, m.Start + m.Length)));
                    }

                    break;
                default:
                    Bump(TypePredicted, type, 0);
                    all.FalsePositives++;
                    if (!InBoilerplate(m, article.Gold))
                    {
                        clean.FalsePositives++;
                    }

                    if (keepExamples && FalsePositives.Count < ExamplesKept)
                    {
                        FalsePositives.Add((article.Id, m.Kind.ToString(), type, m.Cue?.Text ?? string.Empty, SourcesEval.Context(article.Text, m.Start, m.Start + m.Length)));
                    }

                    break;
            }
        }

        All.Merge(all);
        WithoutBoilerplate.Merge(clean);
    }

    /// <summary>The <paramref name="n"/> annotated cues missed most often, most misses first.</summary>
    public IEnumerable<(string Cue, int Hit, int Count)> TopCues(int n) =>
        CueGold.Where(static kv => kv.Value.Hit < kv.Value.Count).OrderByDescending(static kv => kv.Value.Count - kv.Value.Hit).ThenBy(static kv => kv.Key, StringComparer.Ordinal)
            .Take(n).Select(static kv => (kv.Key, kv.Value.Hit, kv.Value.Count));

    public object ToJson(int cues) => new
    {
        task = "sources",
        articles = Articles,
        outermostOnly = OutermostOnly,
        bootstrapResamples = Statistics.BootstrapResamples,
        all = All.ToJson(),
        withoutBoilerplate = HasBoilerplate ? WithoutBoilerplate.ToJson() : null,
        recallByKind = KindGold.ToDictionary(static kv => kv.Key, static kv => (double)kv.Value.Hit / kv.Value.Count),
        recallByType = TypeGold.ToDictionary(static kv => kv.Key, static kv => new { found = kv.Value.Hit, total = kv.Value.Count }),
        precisionByType = TypePredicted.ToDictionary(static kv => kv.Key, static kv => new { right = kv.Value.Right, judged = kv.Value.Judged }),
        mostMissedCues = TopCues(cues).Select(static c => new { cue = c.Cue, found = c.Hit, total = c.Count }).ToArray(),
    };

    private static void Bump<TKey>(IDictionary<TKey, (int, int)> map, TKey key, int hit)
        where TKey : notnull
    {
        (int h, int c) = map.TryGetValue(key, out (int, int) v) ? v : (0, 0);
        map[key] = (h + hit, c + 1);
    }

    private static bool InBoilerplate(SourceMention m, List<SourceGold> gold)
    {
        foreach (SourceGold g in gold)
        {
            if (g.Boilerplate && Math.Abs(g.Start - m.Start) < 200)
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>Span counts and <c>named</c> agreement, pooled, with each article's counts kept for the bootstrap.</summary>
internal sealed class SourceCounts
{
    private readonly List<PrecisionRecall> _articles = [];
    private (Interval P, Interval R, Interval F1)? _intervals;

    public int Gold { get; private set; }

    public int FalseNegatives { get; private set; }

    public int FalsePositives { get; set; }

    public int SetAside { get; set; }

    public int Matched { get; private set; }

    /// <summary>Annotations that say whether the source is named.</summary>
    public int GoldWithNamed { get; private set; }

    public int MatchedWithNamed { get; private set; }

    public int NamedAgree { get; private set; }

    public int GoldUnnamed { get; private set; }

    public int UnnamedAsUnnamed { get; private set; }

    public int MatchedUnnamed { get; private set; }

    public int Detected => Matched + FalsePositives + SetAside;

    public PrecisionRecall Spans => new(Matched, FalsePositives, FalseNegatives);

    public double NamedAgreement => MatchedWithNamed == 0 ? 0 : (double)NamedAgree / MatchedWithNamed;

    public double UnnamedFound => GoldUnnamed == 0 ? 0 : (double)UnnamedAsUnnamed / GoldUnnamed;

    public double UnnamedAgreement => MatchedUnnamed == 0 ? 0 : (double)UnnamedAsUnnamed / MatchedUnnamed;

    public (Interval Precision, Interval Recall, Interval F1) Intervals => _intervals ??= Statistics.PrecisionRecallIntervals(_articles);

    public string IntervalText()
    {
        (Interval p, Interval r, Interval f) = Intervals;
        return $"precision {p}  recall {r}  F1 {f}";
    }

    public void AddGold(SourceGold g, SourceMention? m)
    {
        Gold++;
        if (g.Named is bool named)
        {
            GoldWithNamed++;
            GoldUnnamed += named ? 0 : 1;
        }

        if (m is null)
        {
            FalseNegatives++;
            return;
        }

        Matched++;
        if (g.Named is bool n)
        {
            MatchedWithNamed++;
            NamedAgree += m.Named == n ? 1 : 0;
            if (!n)
            {
                MatchedUnnamed++;
                UnnamedAsUnnamed += m.Named ? 0 : 1;
            }
        }
    }

    /// <summary>Adds one article's counts (and keeps them as one bootstrap unit).</summary>
    public void Merge(SourceCounts article)
    {
        Gold += article.Gold;
        FalseNegatives += article.FalseNegatives;
        FalsePositives += article.FalsePositives;
        SetAside += article.SetAside;
        Matched += article.Matched;
        GoldWithNamed += article.GoldWithNamed;
        MatchedWithNamed += article.MatchedWithNamed;
        NamedAgree += article.NamedAgree;
        GoldUnnamed += article.GoldUnnamed;
        UnnamedAsUnnamed += article.UnnamedAsUnnamed;
        MatchedUnnamed += article.MatchedUnnamed;
        _articles.Add(article.Spans);
        _intervals = null;
    }

    private static double? Finite(double x) => double.IsFinite(x) ? x : null;

    public object ToJson()
    {
        PrecisionRecall pr = Spans;
        (Interval p, Interval r, Interval f) = Intervals;
        return new
        {
            annotated = Gold,
            precision = pr.Precision,
            precisionLow = Finite(p.Low),
            precisionHigh = Finite(p.High),
            recall = pr.Recall,
            recallLow = Finite(r.Low),
            recallHigh = Finite(r.High),
            f1 = pr.F1,
            f1Low = Finite(f.Low),
            f1High = Finite(f.High),
            tp = pr.TruePositives,
            fp = pr.FalsePositives,
            fn = pr.FalseNegatives,
            setAside = SetAside,
            namedAgreement = GoldWithNamed == 0 ? (double?)null : NamedAgreement,
            matched = Matched,
            unnamedFoundAsUnnamed = GoldWithNamed == 0 ? (double?)null : UnnamedFound,
            unnamedAgreementOnMatched = GoldWithNamed == 0 ? (double?)null : UnnamedAgreement,
        };
    }
}
