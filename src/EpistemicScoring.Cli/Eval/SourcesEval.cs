using System.Globalization;
using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task sources</c>: detected <c>sources[]</c> against articles annotated with their attributions, in the
/// project's format (<c>../shared/data/dev-annotations/sources.jsonl</c>) or PolNeAR's
/// (<c>../shared/data/attribution/polnear-*.jsonl</c>); <see cref="SourcesGold"/> reads both. When a record has no
/// <c>text</c>, the text is looked up by <c>id</c> in the JSONL files of a <c>news</c> folder beside the data file's
/// folder (<c>../news/*.jsonl</c>), as the shared data is laid out.
/// </summary>
/// <remarks>
/// A detected span matches an annotated one when they overlap on at least 30% of the shorter span and the detected
/// span is at most three times as long as the annotated one plus 20 characters (the rule of issue 3). Matching is
/// one to one, greedy by closeness. PolNeAR annotates only outermost attributions, so there an unmatched prediction
/// whose source lies inside an annotated content span is set aside (unknown, not wrong) and counted apart; the
/// project's guidelines leave refusals out ("declined to comment": the source says nothing, section 6), so there
/// an unmatched prediction of type refusal is set aside the same way. Figures:
/// span precision, recall and F1 with 95% intervals from resampling articles; on matched pairs, agreement of
/// <c>named</c>; the share of annotated unnamed sources matched by a detected unnamed one; recall by annotated kind
/// and type, precision by detected type; the annotated cue words missed most. <c>--details</c> prints each article's misses,
/// false positives and set-aside predictions; <c>--report FILE</c> writes them with the figures as HTML.
/// </remarks>
internal sealed class SourcesEval : IEvalTask
{
    /// <summary>Cue words listed in the table of cues missed most.</summary>
    private const int CuesListed = 30;

    public string Name => "sources";

    public string Description => "span precision/recall/F1 (95% intervals) and named agreement of sources[] against annotated attributions (sources.jsonl or PolNeAR)";

    public int Run(EvalContext context)
    {
        Dictionary<string, string>? texts = null;
        var result = new SourcesEvalResult();
        bool details = context.Extra.ContainsKey("details");
        foreach ((int line, JsonElement record) in JsonLines.Read(context.DataPath))
        {
            string id = JsonLines.String(record, "id") ?? $"line {line}";
            string? text = JsonLines.String(record, "text");
            if (text is null)
            {
                texts ??= LoadTexts(context.DataPath);
                if (!texts.TryGetValue(id, out text))
                {
                    throw new CliException($"{context.DataPath}:{line}: no \"text\" in the record and no article '{id}' in ../news/*.jsonl.");
                }
            }

            SourceArticle article = SourcesGold.Read(record, text, id, $"{context.DataPath}:{line}");
            IReadOnlyList<SourceMention> detected = context.Scorer.Score(text).Sources;
            ArticleOutcome outcome = Compare(article, detected);
            result.Add(article, detected, outcome, keepExamples: context.ReportPath is not null);
            if (details)
            {
                WriteDetails(context.Io.Out, article, detected, outcome);
            }
        }

        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(result.ToJson(CuesListed)));
        }
        else
        {
            WriteText(context.Io.Out, result);
        }

        if (context.ReportPath is not null)
        {
            SourcesEvalHtml.Write(context.ReportPath, result, CuesListed);
            context.Io.Out.WriteLine($"  report: {context.ReportPath}");
        }

        return ExitCodes.Success;
    }

    /// <summary>True when the detected span satisfies the matching rule against the annotated one.</summary>
    internal static bool Matches(int goldStart, int goldEnd, int start, int end)
    {
        int overlap = Math.Min(goldEnd, end) - Math.Max(goldStart, start);
        int shorter = Math.Min(goldEnd - goldStart, end - start);
        return overlap > 0 && overlap >= 0.3 * shorter && end - start <= (3 * (goldEnd - goldStart)) + 20;
    }

    /// <summary>Matches one article's predictions to its annotations and marks the unmatched ones as wrong or set aside.</summary>
    internal static ArticleOutcome Compare(SourceArticle article, IReadOnlyList<SourceMention> detected)
    {
        int[] match = Match(article.Gold, detected);
        var status = new PredictionStatus[detected.Count];
        for (int g = 0; g < match.Length; g++)
        {
            if (match[g] >= 0)
            {
                status[match[g]] = PredictionStatus.Matched;
            }
        }

        for (int d = 0; d < detected.Count; d++)
        {
            if (status[d] == PredictionStatus.Matched)
            {
                continue;
            }

            status[d] = article.OutermostOnly && InsideContent(detected[d], article.Contents)
                || !article.OutermostOnly && detected[d].Type == AttributionType.Refusal ? PredictionStatus.SetAside : PredictionStatus.Wrong;
        }

        return new ArticleOutcome(match, status);
    }

    private static bool InsideContent(SourceMention m, List<(int Start, int End)> contents)
    {
        foreach ((int start, int end) in contents)
        {
            if (m.Start >= start && m.Start + m.Length <= end)
            {
                return true;
            }
        }

        return false;
    }

    private static int[] Match(List<SourceGold> gold, IReadOnlyList<SourceMention> detected)
    {
        var pairs = new List<(int Overlap, int Distance, int G, int D)>();
        for (int g = 0; g < gold.Count; g++)
        {
            for (int d = 0; d < detected.Count; d++)
            {
                SourceMention m = detected[d];
                if (Matches(gold[g].Start, gold[g].End, m.Start, m.Start + m.Length))
                {
                    int overlap = Math.Min(gold[g].End, m.Start + m.Length) - Math.Max(gold[g].Start, m.Start);
                    int distance = Math.Abs(gold[g].Start - m.Start) + Math.Abs(gold[g].End - m.Start - m.Length);
                    pairs.Add((overlap, distance, g, d));
                }
            }
        }

        pairs.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : b.Overlap != a.Overlap ? b.Overlap.CompareTo(a.Overlap) : a.G != b.G ? a.G.CompareTo(b.G) : a.D.CompareTo(b.D));
        int[] match = new int[gold.Count];
        Array.Fill(match, -1);
        var used = new bool[detected.Count];
        foreach ((_, _, int g, int d) in pairs)
        {
            if (match[g] < 0 && !used[d])
            {
                match[g] = d;
                used[d] = true;
            }
        }

        return match;
    }

    private static void WriteText(TextWriter o, SourcesEvalResult r)
    {
        string format = r.OutermostOnly ? " (outermost attributions only, as PolNeAR annotates)" : string.Empty;
        o.WriteLine($"sources: {r.Articles} articles{format}, {r.All.Gold} annotated attributions with a source, {r.All.Detected} detected");
        o.WriteLine($"  spans              {r.All.Spans}");
        o.WriteLine($"  95% intervals      {r.All.IntervalText()}");
        if (r.OutermostOnly || r.All.SetAside > 0)
        {
            o.WriteLine(r.OutermostOnly
                ? $"  set aside          {r.All.SetAside} unmatched predictions inside an annotated content span (nested attributions the data does not annotate)"
                : $"  set aside          {r.All.SetAside} unmatched refusals (\"declined to comment\": the guidelines leave them out)");
        }

        if (r.All.GoldWithNamed > 0)
        {
            o.WriteLine(Inv($"  named agreement    {r.All.NamedAgreement:0.000} on {r.All.MatchedWithNamed} matched sources"));
            o.WriteLine(Inv($"  unnamed as unnamed {r.All.UnnamedFound:0.000} of {r.All.GoldUnnamed} annotated unnamed sources ({r.All.UnnamedAgreement:0.000} of the {r.All.MatchedUnnamed} matched)"));
        }

        if (r.HasBoilerplate)
        {
            o.WriteLine($"  without boilerplate: {r.WithoutBoilerplate.Spans}  {r.WithoutBoilerplate.IntervalText()}");
        }

        o.WriteLine($"  ({Statistics.BootstrapResamples} bootstrap resamples of articles, fixed seed)");
        if (r.KindGold.Count > 1 || !r.KindGold.ContainsKey("unknown"))
        {
            o.WriteLine("  recall by kind:");
            foreach ((string kind, (int hit, int count)) in r.KindGold)
            {
                o.WriteLine(Inv($"    {kind,-18} {hit,5} of {count,5}  {(double)hit / count:0.000}"));
            }
        }

        if (r.TypeGold.Count > 0)
        {
            o.WriteLine("  recall by annotated type:");
            foreach ((string type, (int hit, int count)) in r.TypeGold)
            {
                o.WriteLine(Inv($"    {type,-18} {hit,5} of {count,5}  {(double)hit / count:0.000}"));
            }
        }

        o.WriteLine("  precision by detected type (right of judged; set-aside predictions are not judged):");
        foreach ((string type, (int right, int judged)) in r.TypePredicted)
        {
            o.WriteLine(Inv($"    {type,-18} {right,5} of {judged,5}  {(judged == 0 ? 0 : (double)right / judged):0.000}"));
        }

        o.WriteLine($"  annotated cues missed most (the {CuesListed} with most misses):");
        foreach ((string cue, int hit, int count) in r.TopCues(CuesListed))
        {
            o.WriteLine(Inv($"    {Truncate(cue, 24),-24} {hit,5} of {count,5}  {(double)hit / count:0.000}"));
        }
    }

    private static void WriteDetails(TextWriter o, SourceArticle article, IReadOnlyList<SourceMention> detected, ArticleOutcome outcome)
    {
        string text = article.Text;
        o.WriteLine($"== {article.Id}");
        for (int g = 0; g < article.Gold.Count; g++)
        {
            SourceGold gd = article.Gold[g];
            string named = gd.Named switch { true => "/named", false => "/unnamed", null => string.Empty };
            if (outcome.Match[g] < 0)
            {
                o.WriteLine($"  MISS {gd.Kind}{named} [{text[gd.Start..gd.End]}] cue [{gd.Cue}]{Near(detected, gd)}  …{Context(text, gd.Start, gd.End)}…");
            }
            else if (gd.Named is bool goldNamed && detected[outcome.Match[g]].Named != goldNamed)
            {
                SourceMention m = detected[outcome.Match[g]];
                o.WriteLine($"  NAMED gold {gd.Kind}/{goldNamed} got {m.Kind}/{m.Named} [{m.Text}]  …{Context(text, gd.Start, gd.End)}…");
            }
        }

        for (int d = 0; d < detected.Count; d++)
        {
            if (outcome.Status[d] != PredictionStatus.Matched)
            {
                SourceMention m = detected[d];
                string tag = outcome.Status[d] == PredictionStatus.Wrong ? "FP  " : "ASIDE";
                o.WriteLine($"  {tag} {m.Kind}/{(m.Named ? "named" : "unnamed")} [{m.Text}] cue [{m.Cue?.Text}]  …{Context(text, m.Start, m.Start + m.Length)}…");
            }
        }
    }

    /// <summary>A prediction overlapping a missed annotation (a span or pairing disagreement, not a miss of the cue), or nothing.</summary>
    private static string Near(IReadOnlyList<SourceMention> detected, SourceGold gold)
    {
        foreach (SourceMention m in detected)
        {
            if (m.Start < gold.End && gold.Start < m.Start + m.Length)
            {
                return $" near [{m.Text}] cue [{m.Cue?.Text}]";
            }
        }

        return string.Empty;
    }

    /// <summary>The span in brackets with up to 50 characters either side, on one line.</summary>
    internal static string Context(string text, int start, int end)
    {
        int a = Math.Max(0, start - 50);
        int b = Math.Min(text.Length, end + 50);
        return (text[a..start] + "[" + text[start..end] + "]" + text[end..b]).ReplaceLineEndings(" ");
    }

    private static string Truncate(string s, int length) => s.Length <= length ? s : s[..(length - 1)] + "…";

    private static Dictionary<string, string> LoadTexts(string dataPath)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? dir = Path.GetDirectoryName(Path.GetFullPath(dataPath));
        string news = Path.Combine(dir ?? ".", "..", "news");
        if (!Directory.Exists(news))
        {
            return result;
        }

        foreach (string file in Directory.EnumerateFiles(news, "*.jsonl"))
        {
            foreach ((_, JsonElement r) in JsonLines.ReadAll(file))
            {
                string? id = JsonLines.String(r, "id");
                string? text = JsonLines.String(r, "text");
                if (id is not null && text is not null)
                {
                    result[id] = text;
                }
            }
        }

        return result;
    }

    private static string Inv(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What became of a prediction.</summary>
internal enum PredictionStatus
{
    /// <summary>Not matched and not set aside: a false positive.</summary>
    Wrong,

    /// <summary>Matched to an annotated attribution.</summary>
    Matched,

    /// <summary>Not matched, but inside an annotated content span of data that annotates only outermost attributions.</summary>
    SetAside,
}

/// <summary>One article's matching.</summary>
/// <param name="Match">For each annotated attribution, the index of its matched prediction, or -1.</param>
/// <param name="Status">For each prediction, what became of it.</param>
internal sealed record ArticleOutcome(int[] Match, PredictionStatus[] Status);
