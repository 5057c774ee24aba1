using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// The hostile set of issue 18 outside BenchmarkDotNet, since one document takes seconds, not microseconds:
/// <c>hostile write FILE.jsonl [SIZE]</c> writes the twelve documents as batch input, and
/// <c>hostile profile [SIZE] [NAME]</c> times every analysis stage and rule on each document, in process, to show
/// which part of the pipeline grows faster than the text.
/// </summary>
internal static class HostileRun
{
    private const int DefaultSize = 1_000_000;

    public static int Run(string[] args)
    {
        if (args.Length >= 2 && args[0] == "write")
        {
            int size = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : DefaultSize;
            Write(args[1], size);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "profile")
        {
            int size = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : DefaultSize;
            Profile(size, args.Length > 2 ? args[2] : null);
            return 0;
        }

        Console.Error.WriteLine("usage: hostile write FILE.jsonl [SIZE] | hostile profile [SIZE] [NAME]");
        return 2;
    }

    private static void Write(string path, int size)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write);
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        foreach ((string name, string text) in HostileDocuments.All(size))
        {
            json.Reset(stream);
            json.WriteStartObject();
            json.WriteString("id", name);
            // Lone surrogates cannot be written as UTF-8; a JSON writer refuses them, so the record carries U+FFFD
            // there, as any UTF-8 file would (the library tests score the strings with their lone surrogates).
            json.WriteString("text", ReplaceLoneSurrogates(text));
            json.WriteEndObject();
            json.Flush();
            stream.WriteByte((byte)'\n');
        }

        Console.WriteLine($"{path}: {HostileDocuments.Names.Count} records, {stream.Length / 1e6:0.0} MB");
    }

    private static string ReplaceLoneSurrogates(string text)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else
            {
                sb.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return sb.ToString();
    }

    private static void Profile(int size, string? only)
    {
        AnalysisPipeline pipeline = AnalysisPipeline.CreateDefault(LexiconSet.Default);
        IReadOnlyList<IRule> rules = DefaultRules.Create();
        EpistemicScorer scorer = EpistemicScorer.CreateDefault();
        foreach ((_, string small) in HostileDocuments.All(20_000))
        {
            scorer.Score(small); // warm up the JIT on every shape, so that the first timings are not of tier-0 code
        }

        double total = 0;
        foreach (string name in HostileDocuments.Names)
        {
            if (only is not null && name != only)
            {
                continue;
            }

            string text = HostileDocuments.Make(name, size);
            var parts = new List<(string Part, double Ms)>();
            var analysis = new DocumentAnalysis(text, LexiconSet.Default, []);
            foreach (IAnnotator stage in pipeline.Stages)
            {
                long t0 = Stopwatch.GetTimestamp();
                stage.Annotate(analysis);
                parts.Add((stage.Name, Stopwatch.GetElapsedTime(t0).TotalMilliseconds));
            }

            var sink = new List<Evidence>();
            foreach (IRule rule in rules)
            {
                sink.Clear();
                long t0 = Stopwatch.GetTimestamp();
                rule.Analyze(new RuleContext(analysis, rule.Descriptor, rule.Descriptor.DefaultWeight, sink, new System.Runtime.CompilerServices.StrongBox<int>(), CancellationToken.None));
                parts.Add((rule.Descriptor.Id, Stopwatch.GetElapsedTime(t0).TotalMilliseconds));
            }

            long s0 = Stopwatch.GetTimestamp();
            EpistemicReport report = scorer.Score(text);
            double score = Stopwatch.GetElapsedTime(s0).TotalMilliseconds;
            string json = Serialization.ReportJson.Serialize(report);
            total += score;
            string worst = string.Join(", ", parts.OrderByDescending(static p => p.Ms).Take(4).Select(static p => $"{p.Part} {p.Ms:0}"));
            Console.WriteLine($"{name,-26} {text.Length,9:N0} chars  score {score,8:0} ms  json {json.Length / 1e6,6:0.0} MB  tokens {analysis.Document.TokenCount,8:N0}  sentences {analysis.Sentences.Count,7:N0}  slowest: {worst}");
        }

        Console.WriteLine($"total {total / 1000:0.00} s");
    }
}
