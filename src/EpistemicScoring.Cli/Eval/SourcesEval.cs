using System.Globalization;
using System.Text;
using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task sources</c>: detected <c>sources[]</c> against articles annotated with every attribution (the format of
/// <c>../shared/data/dev-annotations/sources.jsonl</c>). One record per article with <c>id</c>, optionally
/// <c>text</c>, and <c>attributions</c> (each with <c>source</c> [start, end) in Python code points, <c>kind</c> and
/// <c>named</c>). When a record has no <c>text</c>, the text is looked up by <c>id</c> in the JSONL files of a
/// <c>news</c> folder beside the data file's folder (<c>../news/*.jsonl</c>), as the shared data is laid out.
/// </summary>
/// <remarks>
/// A detected span matches an annotated one when they overlap on at least 30% of the shorter span and the detected
/// span is at most three times as long as the annotated one plus 20 characters (the rule of issue 3). Matching is
/// one to one, greedy by overlap. Figures: span precision, recall and F1; on matched pairs, agreement of
/// <c>named</c>; the share of annotated unnamed sources matched by a detected unnamed one; recall by kind.
/// <c>--details</c> prints each article's misses and false positives.
/// </remarks>
internal sealed class SourcesEval : IEvalTask
{
    public string Name => "sources";

    public string Description => "span precision/recall/F1 and named agreement of sources[] against annotated attributions (sources.jsonl)";

    public int Run(EvalContext context)
    {
        Dictionary<string, string>? texts = null;
        var total = new Counts();
        var withoutBoilerplate = new Counts();
        var kindGold = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var kindHit = new SortedDictionary<string, int>(StringComparer.Ordinal);
        bool details = context.Extra.ContainsKey("details");
        int articles = 0;
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

            if (!record.TryGetProperty("attributions", out JsonElement attributions) || attributions.ValueKind != JsonValueKind.Array)
            {
                throw new CliException($"{context.DataPath}:{line}: a record needs an \"attributions\" array.");
            }

            articles++;
            int[] utf16 = CodePoints.ToUtf16(text);
            var gold = new List<Gold>();
            foreach (JsonElement a in attributions.EnumerateArray())
            {
                JsonElement src = a.GetProperty("source");
                int s = utf16[Math.Min(src[0].GetInt32(), utf16.Length - 1)];
                int e = utf16[Math.Min(src[1].GetInt32(), utf16.Length - 1)];
                gold.Add(new Gold(
                    s,
                    e,
                    JsonLines.String(a, "kind") ?? "other",
                    a.TryGetProperty("named", out JsonElement n) && n.ValueKind == JsonValueKind.True,
                    a.TryGetProperty("boilerplate", out JsonElement b) && b.ValueKind == JsonValueKind.True));
            }

            EpistemicReport report = context.Scorer.Score(text);
            IReadOnlyList<SourceMention> detected = report.Sources;
            int[] match = Match(gold, detected);
            var used = new bool[detected.Count];
            for (int g = 0; g < gold.Count; g++)
            {
                Gold gd = gold[g];
                kindGold[gd.Kind] = kindGold.GetValueOrDefault(gd.Kind) + 1;
                if (match[g] >= 0)
                {
                    used[match[g]] = true;
                    kindHit[gd.Kind] = kindHit.GetValueOrDefault(gd.Kind) + 1;
                }

                total.AddGold(gd, match[g] >= 0 ? detected[match[g]] : null);
                if (!gd.Boilerplate)
                {
                    withoutBoilerplate.AddGold(gd, match[g] >= 0 ? detected[match[g]] : null);
                }
            }

            for (int d = 0; d < detected.Count; d++)
            {
                if (!used[d])
                {
                    total.FalsePositives++;
                    if (!InBoilerplate(detected[d], gold))
                    {
                        withoutBoilerplate.FalsePositives++;
                    }
                }
            }

            if (details)
            {
                WriteDetails(context.Io.Out, id, text, gold, detected, match, used);
            }
        }

        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(new
            {
                task = Name,
                articles,
                all = total.ToJson(),
                withoutBoilerplate = withoutBoilerplate.ToJson(),
                recallByKind = kindGold.ToDictionary(static kv => kv.Key, kv => (double)kindHit.GetValueOrDefault(kv.Key) / kv.Value),
            }));
            return ExitCodes.Success;
        }

        TextWriter o = context.Io.Out;
        o.WriteLine($"sources: {articles} articles, {total.Gold} annotated attributions, {total.Gold - total.FalseNegatives + total.FalsePositives} detected");
        o.WriteLine($"  spans              {total.Spans}");
        o.WriteLine(Inv($"  named agreement    {total.NamedAgreement:0.000} on {total.Matched} matched sources"));
        o.WriteLine(Inv($"  unnamed as unnamed {total.UnnamedFound:0.000} of {total.GoldUnnamed} annotated unnamed sources ({total.UnnamedAgreement:0.000} of the {total.MatchedUnnamed} matched)"));
        o.WriteLine($"  without boilerplate: {withoutBoilerplate.Spans}");
        o.WriteLine("  recall by kind:");
        foreach ((string kind, int count) in kindGold)
        {
            int hit = kindHit.GetValueOrDefault(kind);
            o.WriteLine(Inv($"    {kind,-18} {hit,4} of {count,4}  {(double)hit / count:0.000}"));
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

    private static int[] Match(List<Gold> gold, IReadOnlyList<SourceMention> detected)
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

        pairs.Sort(static (a, b) => a.Distance != b.Distance ? a.Distance.CompareTo(b.Distance) : b.Overlap.CompareTo(a.Overlap));
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

    private static bool InBoilerplate(SourceMention m, List<Gold> gold)
    {
        foreach (Gold g in gold)
        {
            if (g.Boilerplate && Math.Abs(g.Start - m.Start) < 200)
            {
                return true;
            }
        }

        return false;
    }

    private static void WriteDetails(TextWriter o, string id, string text, List<Gold> gold, IReadOnlyList<SourceMention> detected, int[] match, bool[] used)
    {
        o.WriteLine($"== {id}");
        for (int g = 0; g < gold.Count; g++)
        {
            Gold gd = gold[g];
            if (match[g] < 0)
            {
                o.WriteLine($"  MISS {gd.Kind}/{(gd.Named ? "named" : "unnamed")} [{text[gd.Start..gd.End]}]  …{Context(text, gd.Start, gd.End)}…");
            }
            else if (detected[match[g]].Named != gd.Named)
            {
                SourceMention m = detected[match[g]];
                o.WriteLine($"  NAMED gold {gd.Kind}/{gd.Named} got {m.Kind}/{m.Named} [{m.Text}]  …{Context(text, gd.Start, gd.End)}…");
            }
        }

        for (int d = 0; d < detected.Count; d++)
        {
            if (!used[d])
            {
                SourceMention m = detected[d];
                o.WriteLine($"  FP   {m.Kind}/{(m.Named ? "named" : "unnamed")} [{m.Text}] cue [{m.Cue?.Text}]  …{Context(text, m.Start, m.Start + m.Length)}…");
            }
        }
    }

    private static string Context(string text, int start, int end)
    {
        int a = Math.Max(0, start - 50);
        int b = Math.Min(text.Length, end + 50);
        return (text[a..start] + "[" + text[start..end] + "]" + text[end..b]).ReplaceLineEndings(" ");
    }

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

    private sealed record Gold(int Start, int End, string Kind, bool Named, bool Boilerplate);

    private sealed class Counts
    {
        public int Gold { get; private set; }

        public int FalseNegatives { get; private set; }

        public int FalsePositives { get; set; }

        public int Matched { get; private set; }

        public int NamedAgree { get; private set; }

        public int GoldUnnamed { get; private set; }

        public int UnnamedAsUnnamed { get; private set; }

        public int MatchedUnnamed { get; private set; }

        public PrecisionRecall Spans => new(Gold - FalseNegatives, FalsePositives, FalseNegatives);

        public double NamedAgreement => Matched == 0 ? 0 : (double)NamedAgree / Matched;

        public double UnnamedFound => GoldUnnamed == 0 ? 0 : (double)UnnamedAsUnnamed / GoldUnnamed;

        public double UnnamedAgreement => MatchedUnnamed == 0 ? 0 : (double)UnnamedAsUnnamed / MatchedUnnamed;

        public void AddGold(Gold g, SourceMention? m)
        {
            Gold++;
            if (!g.Named)
            {
                GoldUnnamed++;
            }

            if (m is null)
            {
                FalseNegatives++;
                return;
            }

            Matched++;
            if (m.Named == g.Named)
            {
                NamedAgree++;
            }

            if (!g.Named)
            {
                MatchedUnnamed++;
                if (!m.Named)
                {
                    UnnamedAsUnnamed++;
                }
            }
        }

        public object ToJson()
        {
            PrecisionRecall pr = Spans;
            return new
            {
                annotated = Gold,
                precision = pr.Precision,
                recall = pr.Recall,
                f1 = pr.F1,
                tp = pr.TruePositives,
                fp = pr.FalsePositives,
                fn = pr.FalseNegatives,
                namedAgreement = NamedAgreement,
                matched = Matched,
                unnamedFoundAsUnnamed = UnnamedFound,
                unnamedAgreementOnMatched = UnnamedAgreement,
            };
        }
    }
}
