using System.Globalization;
using System.Text.Json;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Eval;

/// <summary>
/// <c>--task numbers</c>: number extraction against annotated mentions, and the consistency checks against
/// stated relations kept and broken.
/// <list type="bullet">
/// <item><c>--data numbers.tsv</c> (columns <c>id start end kind value unit approx text</c>): extraction precision,
/// recall and F1 by span overlap, overall and per kind group (amounts = MONEY, percentages = PERCENT, counts =
/// COUNT, measures = MEASURE), value accuracy of found mentions (within 0.5%), and kind accuracy.</item>
/// <item><c>--data numeric-relations.jsonl</c>, or <c>--relations FILE</c> beside a TSV: the share of broken cases
/// flagged <c>inconsistent</c> on one of the case's spans, and the share of intact originals flagged.</item>
/// </list>
/// The article texts come from <c>--articles FILE</c> (JSONL with <c>id</c> and <c>text</c>), or by default from
/// every <c>*.jsonl</c> in <c>../news/</c> next to the data file.
/// </summary>
internal sealed class NumbersEval : IEvalTask
{
    private static readonly string[] Groups = ["amounts", "percentages", "counts", "measures", "other"];

    public string Name => "numbers";

    public string Description => "number extraction (numbers.tsv) and consistency checks (numeric-relations.jsonl)";

    public int Run(EvalContext context)
    {
        string data = context.DataPath;
        context.Extra.TryGetValue("articles", out string? articlesPath);
        context.Extra.TryGetValue("relations", out string? relationsPath);
        bool isRelations = data.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || data.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        Dictionary<string, string> articles = LoadArticles(articlesPath, data);
        var output = new Dictionary<string, object>(StringComparer.Ordinal) { ["task"] = Name };
        if (isRelations)
        {
            Relations(context, data, articles, output);
        }
        else
        {
            Extraction(context, data, articles, output);
            if (relationsPath is not null)
            {
                Relations(context, relationsPath, articles, output);
            }
        }

        if (context.Json)
        {
            context.Io.Out.WriteLine(JsonSerializer.Serialize(output));
        }

        return ExitCodes.Success;
    }

    private static Dictionary<string, string> LoadArticles(string? path, string data)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var files = new List<string>();
        if (path is not null)
        {
            files.Add(path);
        }
        else
        {
            string? dir = Path.GetDirectoryName(Path.GetFullPath(data));
            string news = Path.Combine(dir ?? ".", "..", "news");
            if (Directory.Exists(news))
            {
                files.AddRange(Directory.GetFiles(news, "*.jsonl"));
            }
        }

        foreach (string file in files)
        {
            foreach ((_, JsonElement record) in JsonLines.ReadAll(file))
            {
                string? id = JsonLines.String(record, "id");
                string? text = JsonLines.String(record, "text");
                if (id is not null && text is not null)
                {
                    result[id] = text;
                }
            }
        }

        return result;
    }

    private static string Group(string kind) => kind switch
    {
        "MONEY" => "amounts",
        "PERCENT" => "percentages",
        "COUNT" => "counts",
        "MEASURE" => "measures",
        _ => "other",
    };

    private static string Group(NumberKind kind) => kind switch
    {
        NumberKind.Money => "amounts",
        NumberKind.Percent or NumberKind.PercentagePoints => "percentages",
        NumberKind.Count => "counts",
        NumberKind.Measure => "measures",
        _ => "other",
    };

    private static bool KindMatches(string gold, string goldUnit, NumberMention m) => gold switch
    {
        "MONEY" => m.Kind == NumberKind.Money,
        "PERCENT" => m.Kind is NumberKind.Percent or NumberKind.PercentagePoints,
        "COUNT" => m.Kind == NumberKind.Count,
        "MEASURE" => m.Kind == NumberKind.Measure,
        "ORDINAL" => m.Kind == NumberKind.Ordinal && m.Unit != "rank",
        "RANK" => m.Kind == NumberKind.Ordinal && m.Unit == "rank",
        "YEAR" => m.Kind == NumberKind.Year,
        "DATE" => m.Kind == NumberKind.Date,
        "TIME" => m.Kind == NumberKind.Time,
        _ => goldUnit switch
        {
            "fraction" => m.Kind == NumberKind.Fraction,
            "multiple" => m.Kind == NumberKind.Multiple,
            "ratio" => m.Kind == NumberKind.Ratio,
            _ => m.Kind == NumberKind.Other,
        },
    };

    private sealed record Gold(string Id, int Start, int End, string Kind, string Value, string Unit, bool Approx, string Text);

    private static void Extraction(EvalContext context, string path, Dictionary<string, string> articles, Dictionary<string, object> output)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: the data file does not exist.");
        }

        var gold = new List<Gold>();
        int line = 0;
        foreach (string row in File.ReadLines(path))
        {
            line++;
            if (line == 1 || string.IsNullOrWhiteSpace(row))
            {
                continue;
            }

            string[] c = row.Split('\t');
            if (c.Length < 8)
            {
                throw new CliException($"{path}:{line}: expected 8 tab-separated columns.");
            }

            gold.Add(new Gold(c[0], int.Parse(c[1], CultureInfo.InvariantCulture), int.Parse(c[2], CultureInfo.InvariantCulture), c[3], c[4], c[5], c[6] == "true", c[7]));
        }

        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var total = new Dictionary<string, int>(StringComparer.Ordinal);
        var predicted = new Dictionary<string, int>(StringComparer.Ordinal);
        var predictedHit = new Dictionary<string, int>(StringComparer.Ordinal);
        var valueRight = new Dictionary<string, int>(StringComparer.Ordinal);
        var valueCounted = new Dictionary<string, int>(StringComparer.Ordinal);
        var kindRight = new Dictionary<string, int>(StringComparer.Ordinal);
        int allPredicted = 0, allPredictedHit = 0, approxRight = 0, approxCounted = 0;
        var misses = new List<string>();
        var falsePositives = new List<string>();
        var wrongValues = new List<string>();
        var wrongKinds = new List<string>();
        foreach (IGrouping<string, Gold> article in gold.GroupBy(static g => g.Id))
        {
            if (!articles.TryGetValue(article.Key, out string? text))
            {
                throw new CliException($"{path}: no article text for {article.Key} (pass --articles FILE).");
            }

            EpistemicReport report = context.Scorer.Score(text);
            IReadOnlyList<NumberMention> numbers = report.Numbers;
            foreach (NumberMention m in numbers)
            {
                allPredicted++;
                string g = Group(m.Kind);
                Inc(predicted, g);
                Gold? hit = article.FirstOrDefault(x => x.Start < m.Start + m.Length && m.Start < x.End);
                if (hit is not null)
                {
                    allPredictedHit++;
                    if (Group(hit.Kind) == g || (g == "other" && Group(hit.Kind) == "other"))
                    {
                        Inc(predictedHit, g);
                    }
                }
                else
                {
                    falsePositives.Add($"{article.Key}\t{m.Kind}\t{m.Value.ToString(CultureInfo.InvariantCulture)}\t{Context(text, m.Start, m.Start + m.Length)}");
                }
            }

            foreach (Gold x in article)
            {
                string g = Group(x.Kind);
                Inc(total, g);
                Inc(total, "all");
                NumberMention? m = numbers.FirstOrDefault(p => x.Start < p.Start + p.Length && p.Start < x.End);
                if (m is null)
                {
                    misses.Add($"{article.Key}\t{x.Kind}\t{x.Value}\t{Context(text, x.Start, x.End)}");
                    continue;
                }

                Inc(found, g);
                Inc(found, "all");
                if (KindMatches(x.Kind, x.Unit, m))
                {
                    Inc(kindRight, g);
                    Inc(kindRight, "all");
                }
                else
                {
                    wrongKinds.Add($"{article.Key}\t{x.Kind}/{x.Unit} got {m.Kind}/{m.Unit}\t{Context(text, x.Start, x.End)}");
                }

                approxCounted++;
                approxRight += m.Approximate == x.Approx ? 1 : 0;
                if (x.Kind is "DATE" or "TIME" || !double.TryParse(x.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out double gv))
                {
                    continue;
                }

                Inc(valueCounted, g);
                Inc(valueCounted, "all");
                bool right = gv == 0 ? m.Value == 0 : Math.Abs(m.Value - gv) <= 0.005 * Math.Abs(gv);
                if (right)
                {
                    Inc(valueRight, g);
                    Inc(valueRight, "all");
                }
                else
                {
                    wrongValues.Add($"{article.Key}\t{x.Kind}\tgold {x.Value} got {m.Value.ToString(CultureInfo.InvariantCulture)}\t{Context(text, x.Start, x.End)}");
                }
            }
        }

        // The quantities subset of the issue's target: amounts, percentages and counts.
        string[] quantity = ["amounts", "percentages", "counts"];
        int qFound = quantity.Sum(g => Get(found, g));
        int qTotal = quantity.Sum(g => Get(total, g));
        int qPred = quantity.Sum(g => Get(predicted, g));
        int qPredHit = quantity.Sum(g => Get(predictedHit, g));
        int qValue = quantity.Sum(g => Get(valueRight, g));
        int qValueCounted = quantity.Sum(g => Get(valueCounted, g));
        int qKind = quantity.Sum(g => Get(kindRight, g));
        var rows = new Dictionary<string, object>(StringComparer.Ordinal);
        void Row(string name, int hitP, int pred, int f, int t, int vr, int vc, int kr)
        {
            double p = pred == 0 ? 0 : (double)hitP / pred;
            double r = t == 0 ? 0 : (double)f / t;
            double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
            double va = vc == 0 ? 0 : (double)vr / vc;
            double ka = f == 0 ? 0 : (double)kr / f;
            rows[name] = new { precision = p, recall = r, f1, valueAccuracy = va, kindAccuracy = ka, gold = t, found = f, predicted = pred };
            if (!context.Json)
            {
                context.Io.Out.WriteLine(FormattableString.Invariant($"  {name,-28} P {p:0.000}  R {r:0.000}  F1 {f1:0.000}  value {va:0.000} ({vr}/{vc})  kind {ka:0.000}  (gold {t}, found {f}, predicted {pred})"));
            }
        }

        if (!context.Json)
        {
            context.Io.Out.WriteLine($"numbers: {gold.Count} annotated mentions in {gold.Select(static g => g.Id).Distinct().Count()} articles; a mention is found when a predicted span overlaps it");
        }

        Row("all mentions", allPredictedHit, allPredicted, Get(found, "all"), Get(total, "all"), Get(valueRight, "all"), Get(valueCounted, "all"), Get(kindRight, "all"));
        Row("amounts+percentages+counts", qPredHit, qPred, qFound, qTotal, qValue, qValueCounted, qKind);
        foreach (string g in Groups)
        {
            Row(g, Get(predictedHit, g), Get(predicted, g), Get(found, g), Get(total, g), Get(valueRight, g), Get(valueCounted, g), Get(kindRight, g));
        }

        double approx = approxCounted == 0 ? 0 : (double)approxRight / approxCounted;
        output["extraction"] = rows;
        output["approximateAccuracy"] = approx;
        if (!context.Json)
        {
            context.Io.Out.WriteLine(FormattableString.Invariant($"  approximate flag right for {approx:0.000} of found mentions"));
            context.Io.Out.WriteLine("  (group precision counts a predicted span of that kind group as right when it overlaps a gold mention of the same group)");
            if (context.Extra.TryGetValue("verbose", out string? verbose) && verbose is not null)
            {
                Dump(context, "missed", misses);
                Dump(context, "false positive", falsePositives);
                Dump(context, "wrong value", wrongValues);
                Dump(context, "wrong kind", wrongKinds);
            }
        }
    }

    private static void Relations(EvalContext context, string path, Dictionary<string, string> articles, Dictionary<string, object> output)
    {
        int broken = 0, brokenFlagged = 0, intact = 0, intactFlagged = 0;
        var byRelation = new Dictionary<string, int[]>(StringComparer.Ordinal);
        var lines = new List<string>();
        foreach ((int line, JsonElement r) in JsonLines.Read(path))
        {
            string id = JsonLines.String(r, "id") ?? throw new CliException($"{path}:{line}: no \"id\".");
            string relation = JsonLines.String(r, "relation") ?? "?";
            if (!articles.TryGetValue(id, out string? text))
            {
                throw new CliException($"{path}:{line}: no article text for {id} (pass --articles FILE).");
            }

            var spans = new List<(int Start, int End)>();
            foreach (JsonElement s in r.GetProperty("spans").EnumerateArray())
            {
                spans.Add((s[0].GetInt32(), s[1].GetInt32()));
            }

            bool expect = r.TryGetProperty("expect_flag", out JsonElement e) && e.ValueKind == JsonValueKind.True;
            if (r.TryGetProperty("edit", out JsonElement edit) && edit.ValueKind == JsonValueKind.Object)
            {
                int es = edit.GetProperty("start").GetInt32();
                int ee = edit.GetProperty("end").GetInt32();
                string replacement = edit.GetProperty("replacement").GetString() ?? string.Empty;
                text = string.Concat(text.AsSpan(0, es), replacement, text.AsSpan(ee));
                int shift = replacement.Length - (ee - es);
                for (int k = 0; k < spans.Count; k++)
                {
                    (int s0, int e0) = spans[k];
                    if (s0 >= ee)
                    {
                        spans[k] = (s0 + shift, e0 + shift);
                    }
                    else if (e0 >= ee)
                    {
                        spans[k] = (s0, e0 + shift);
                    }
                }
            }

            EpistemicReport report = context.Scorer.Score(text);
            NumericCheck? flag = report.NumericChecks.FirstOrDefault(c => c.Status == NumericCheckStatus.Inconsistent
                && c.Spans.Any(sp => spans.Any(cs => cs.Start < sp.Start + sp.Length && sp.Start < cs.End)));
            bool flagged = flag is not null;
            if (!byRelation.TryGetValue(relation, out int[]? counts))
            {
                counts = new int[4];
                byRelation[relation] = counts;
            }

            if (expect)
            {
                broken++;
                counts[0]++;
                brokenFlagged += flagged ? 1 : 0;
                counts[1] += flagged ? 1 : 0;
            }
            else
            {
                intact++;
                counts[2]++;
                intactFlagged += flagged ? 1 : 0;
                counts[3] += flagged ? 1 : 0;
            }

            lines.Add($"{(expect ? "broken" : "intact")} {relation,-7} {(flagged ? "FLAGGED" : "-"),-8} {id}  {flag?.Message}");
        }

        double detection = broken == 0 ? 0 : (double)brokenFlagged / broken;
        double falseAlarms = intact == 0 ? 0 : (double)intactFlagged / intact;
        output["consistency"] = new
        {
            broken,
            brokenFlagged,
            detectionRate = detection,
            intact,
            intactFlagged,
            falseAlarmRate = falseAlarms,
            byRelation = byRelation.ToDictionary(static kv => kv.Key, static kv => new { broken = kv.Value[0], flagged = kv.Value[1], intact = kv.Value[2], falseAlarms = kv.Value[3] }),
        };
        if (!context.Json)
        {
            context.Io.Out.WriteLine(FormattableString.Invariant($"consistency: {broken} broken cases, {brokenFlagged} flagged inconsistent ({detection:0.000}); {intact} intact originals, {intactFlagged} flagged ({falseAlarms:0.000})"));
            foreach ((string relation, int[] c) in byRelation.OrderBy(static kv => kv.Key, StringComparer.Ordinal))
            {
                context.Io.Out.WriteLine($"  {relation,-8} broken {c[1]}/{c[0]} flagged, intact {c[3]}/{c[2]} flagged");
            }

            if (context.Extra.TryGetValue("verbose", out string? verbose) && verbose is not null)
            {
                foreach (string l in lines)
                {
                    context.Io.Out.WriteLine("    " + l);
                }
            }
        }
    }

    private static void Dump(EvalContext context, string label, List<string> items)
    {
        context.Io.Out.WriteLine($"  -- {label}: {items.Count}");
        foreach (string s in items)
        {
            context.Io.Out.WriteLine("    " + s);
        }
    }

    private static string Context(string text, int start, int end)
    {
        int a = Math.Max(0, start - 40);
        int b = Math.Min(text.Length, end + 40);
        return (text[a..start] + "[" + text[start..end] + "]" + text[end..b]).ReplaceLineEndings(" ");
    }

    private static void Inc(Dictionary<string, int> d, string key) => d[key] = Get(d, key) + 1;

    private static int Get(Dictionary<string, int> d, string key) => d.TryGetValue(key, out int v) ? v : 0;
}
