using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// A quick cost profile (<c>-- --profile [FILE.jsonl|FILE.txt ...]</c>): per analysis stage and for rules plus
/// scoring, the bytes allocated per byte of input (exact: counted by the runtime for this thread) and the time in
/// units of one source-generated regex word pass over the same texts (a median of several rounds; only as steady
/// as the machine). It is the map speed work starts from; BenchmarkDotNet's figures are the ones to quote.
/// </summary>
internal static class CostProfile
{
    private const int Rounds = 7;

    public static void Run(IReadOnlyList<string> paths)
    {
        List<string> texts = Load(paths);
        long bytes = texts.Sum(static t => (long)t.Length * sizeof(char));
        var pipeline = AnalysisPipeline.CreateDefault(LexiconSet.Default);
        EpistemicScorer scorer = EpistemicScorer.CreateDefault();

        // Warm up every path, so the figures below leave out JIT work. Once is not enough: while a process keeps
        // compiling new methods, the runtime holds off counting calls (tiered compilation's call-counting delay), so
        // the word pass measured right after one warm-up round ran unoptimised, about eight times slower than under
        // BenchmarkDotNet, and every figure in word passes came out that much too small. Rounds with pauses between
        // them let both the scorer and the baseline reach their optimised code first.
        for (int round = 0; round < 4; round++)
        {
            foreach (string t in texts)
            {
                _ = scorer.Score(t);
                _ = WordPass.Run(t);
            }

            Thread.Sleep(500);
        }

        double pass = Median(() =>
        {
            foreach (string t in texts)
            {
                _ = WordPass.Run(t);
            }
        });

        var stageTime = new double[pipeline.Stages.Count];
        var stageBytes = new long[pipeline.Stages.Count];
        for (int s = 0; s < pipeline.Stages.Count; s++)
        {
            IAnnotator stage = pipeline.Stages[s];
            List<DocumentAnalysis> analyses = [.. texts.Select(t => pipeline.Run(t, []))];
            stageBytes[s] = Allocated(() => analyses.ForEach(a => stage.Annotate(a)));
            stageTime[s] = Median(() => analyses.ForEach(a => stage.Annotate(a)));
            if (Environment.GetEnvironmentVariable("PROFILE_TYPES") == "1")
            {
                using var perStage = new AllocationSampler();
                perStage.Start();
                for (int r = 0; r < 5; r++)
                {
                    analyses.ForEach(a => stage.Annotate(a));
                }

                perStage.Stop();
                long all = Math.Max(1, perStage.Bytes.Values.Sum());
                Console.WriteLine($"  {stage.Name}: " + string.Join(", ", perStage.Bytes.OrderByDescending(static kv => kv.Value).Take(6).Select(kv => string.Create(CultureInfo.InvariantCulture, $"{kv.Key} {kv.Value / (double)all:P0}"))));
            }
        }

        long pipelineBytes = Allocated(() => texts.ForEach(t => pipeline.Run(t, [])));
        double pipelineTime = Median(() => texts.ForEach(t => pipeline.Run(t, [])));
        long scoreBytes = Allocated(() => texts.ForEach(t => scorer.Score(t)));
        double scoreTime = Median(() => texts.ForEach(t => scorer.Score(t)));

        var inv = CultureInfo.InvariantCulture;
        Console.WriteLine(string.Create(inv, $"{texts.Count} texts, {bytes / 2:N0} characters; one regex word pass over them: {pass:0.00} ms"));
        Console.WriteLine(string.Create(inv, $"{"part",-22} {"word passes",12} {"B/input byte",13}"));
        for (int s = 0; s < stageTime.Length; s++)
        {
            Console.WriteLine(string.Create(inv, $"{pipeline.Stages[s].Name,-22} {stageTime[s] / pass,12:0.00} {stageBytes[s] / (double)bytes,13:0.00}"));
        }

        Console.WriteLine(string.Create(inv, $"{"pipeline (all stages)",-22} {pipelineTime / pass,12:0.00} {pipelineBytes / (double)bytes,13:0.00}"));
        Console.WriteLine(string.Create(inv, $"{"rules and scoring",-22} {(scoreTime - pipelineTime) / pass,12:0.00} {(scoreBytes - pipelineBytes) / (double)bytes,13:0.00}"));
        Console.WriteLine(string.Create(inv, $"{"full report",-22} {scoreTime / pass,12:0.00} {scoreBytes / (double)bytes,13:0.00}"));

        // The rules that allocate most, each run alone over the finished analyses (findings included).
        List<DocumentAnalysis> done = [.. texts.Select(t => pipeline.Run(t, []))];
        var sink = new List<Reports.Evidence>();
        // In rule order over one set of analyses, as Score runs them: a reading several rules share (a lexicon's matches,
        // DocumentAnalysis.Memo) is made by, and counted in, the first rule that asks for it. One round, so the times
        // are rough; each rule's median would hide the shared readings made in its first round.
        var perRule = new List<(string Id, long Bytes, double Time)>();
        List<DocumentAnalysis> inOrder = [.. texts.Select(t => pipeline.Run(t, []))];
        foreach (Rules.IRule rule in Rules.DefaultRules.Create())
        {
            long start = Stopwatch.GetTimestamp();
            long bytesUsed = Allocated(() =>
            {
                foreach (DocumentAnalysis a in inOrder)
                {
                    sink.Clear();
                    rule.Analyze(new Rules.RuleContext(a, rule.Descriptor, rule.Descriptor.DefaultWeight, sink, CancellationToken.None));
                }
            });
            perRule.Add((rule.Descriptor.Id, bytesUsed, Stopwatch.GetElapsedTime(start).TotalMilliseconds));
        }

        Console.WriteLine(string.Create(inv, $"all rules alone: {perRule.Sum(static r => r.Time) / pass:0.00} word passes; slowest: ") + string.Join(", ", perRule.OrderByDescending(static r => r.Time).Take(8).Select(r => string.Create(inv, $"{r.Id} {r.Time / pass:0.00}"))));

        using var sampler = new AllocationSampler();
        sampler.Start();
        texts.ForEach(t => scorer.Score(t));
        sampler.Stop();
        using var pipelineOnly = new AllocationSampler();
        pipelineOnly.Start();
        texts.ForEach(t => pipeline.Run(t, []));
        pipelineOnly.Stop();
        Console.WriteLine("types allocated by rules and scoring (sampled KB): " + string.Join(", ", sampler.Bytes
            .Select(kv => (kv.Key, Bytes: kv.Value - pipelineOnly.Bytes.GetValueOrDefault(kv.Key)))
            .OrderByDescending(static kv => kv.Bytes).Take(10).Select(kv => string.Create(inv, $"{kv.Key} {kv.Bytes / 1024}"))));
        long sampled = Math.Max(1, sampler.Bytes.Values.Sum());
        Console.WriteLine("types allocated most in a full report (share of sampled bytes): " + string.Join(", ", sampler.Bytes.OrderByDescending(static kv => kv.Value).Take(12).Select(kv => string.Create(inv, $"{kv.Key} {kv.Value / (double)sampled:P0}"))));
        EpistemicScorer bare = EpistemicScorer.CreateBuilder().ClearRules().Build();
        texts.ForEach(t => bare.Score(t));
        long bareBytes = Allocated(() => texts.ForEach(t => bare.Score(t)));
        Console.WriteLine(string.Create(inv, $"a report with no rules: {(bareBytes - pipelineBytes) / (double)bytes:0.00} B/input byte beyond the pipeline"));
        var evidenceOf = done.Select(a =>
        {
            var all = new List<Reports.Evidence>();
            foreach (Rules.IRule rule in Rules.DefaultRules.Create())
            {
                var one = new List<Reports.Evidence>();
                rule.Analyze(new Rules.RuleContext(a, rule.Descriptor, rule.Descriptor.DefaultWeight, one, CancellationToken.None));
                all.AddRange(one);
            }

            return all;
        }).ToList();
        foreach (Scoring.ILawRationale law in Rules.DefaultRules.Rationales)
        {
            long b = Allocated(() =>
            {
                for (int d = 0; d < done.Count; d++)
                {
                    _ = law.Summary(done[d], [.. evidenceOf[d].Where(e => e.Law == law.Law)]);
                }
            });
            Console.WriteLine(string.Create(inv, $"rationale of {law.Law}: {b / (double)bytes:0.00} B/input byte"));
        }

        Console.WriteLine(string.Create(inv, $"all rules alone: {perRule.Sum(static r => r.Bytes) / (double)bytes:0.00} B/input byte"));
        Console.WriteLine("rules allocating most (B/input byte): " + string.Join(", ", perRule.OrderByDescending(static r => r.Bytes).Take(8).Select(r => string.Create(inv, $"{r.Id} {r.Bytes / (double)bytes:0.00}"))));
    }

    private static List<string> Load(IReadOnlyList<string> paths)
    {
        if (paths.Count == 0)
        {
            string dir = Path.Combine(AppContext.BaseDirectory, "samples");
            return [.. Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)];
        }

        var texts = new List<string>();
        foreach (string path in paths)
        {
            if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (string line in File.ReadLines(path))
                {
                    if (line.Length > 0 && JsonDocument.Parse(line).RootElement.TryGetProperty("text", out JsonElement text) && text.GetString() is { } t)
                    {
                        texts.Add(t);
                    }
                }
            }
            else
            {
                texts.Add(File.ReadAllText(path));
            }
        }

        return texts;
    }

    private static long Allocated(Action action)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    private static double Median(Action action)
    {
        var times = new double[Rounds];
        for (int r = 0; r < Rounds; r++)
        {
            long start = Stopwatch.GetTimestamp();
            action();
            times[r] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[Rounds / 2];
    }

}

/// <summary>
/// Samples what a piece of work allocates by type, from the runtime's allocation ticks (one event about every
/// 100 KB allocated, naming the type of the object that crossed the mark): enough to see which types dominate.
/// </summary>
internal sealed class AllocationSampler : System.Diagnostics.Tracing.EventListener
{
    private readonly Dictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _on;

    public IReadOnlyDictionary<string, long> Bytes => _bytes;

    public void Start() => _on = true;

    public void Stop() => _on = false;

    protected override void OnEventSourceCreated(System.Diagnostics.Tracing.EventSource eventSource)
    {
        if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(eventSource, System.Diagnostics.Tracing.EventLevel.Verbose, (System.Diagnostics.Tracing.EventKeywords)0x1);
        }
    }

    protected override void OnEventWritten(System.Diagnostics.Tracing.EventWrittenEventArgs eventData)
    {
        if (!_on || eventData.EventName is null || !eventData.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || eventData.Payload is null)
        {
            return;
        }

        int typeAt = eventData.PayloadNames!.IndexOf("TypeName");
        int amountAt = eventData.PayloadNames.IndexOf("AllocationAmount64");
        if (typeAt < 0 || amountAt < 0)
        {
            return;
        }

        string type = eventData.Payload[typeAt] as string ?? "?";
        long amount = Convert.ToInt64(eventData.Payload[amountAt], CultureInfo.InvariantCulture);
        lock (_bytes)
        {
            _bytes[type] = _bytes.GetValueOrDefault(type) + amount;
        }
    }
}
