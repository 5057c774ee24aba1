using BenchmarkDotNet.Attributes;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// Scoring the sample articles, against a baseline of one regex word pass over the same text (the cheapest
/// thing any text tool does). The Ratio column is the cost of a full five-law report in units of that pass.
/// </summary>
[MemoryDiagnoser]
public class ScoringBenchmarks
{
    private readonly EpistemicScorer _scorer = EpistemicScorer.CreateDefault();
    private string _text = string.Empty;

    [Params("well-sourced-report.txt", "unnamed-officials.txt", "opinion-column.txt", "all-x20")]
    public string Article { get; set; } = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "samples");
        _text = Article == "all-x20"
            ? string.Join("\n\n", Enumerable.Repeat(Directory.GetFiles(dir, "*.txt").Order().Select(File.ReadAllText), 20).SelectMany(static t => t))
            : File.ReadAllText(Path.Combine(dir, Article));
    }

    [Benchmark(Baseline = true, Description = "regex word pass")]
    public int RegexWordPass() => WordPass.Run(_text);

    [Benchmark(Description = "text analysis")]
    public int Parse() => TextDocument.Parse(_text).TokenCount;

    [Benchmark(Description = "score")]
    public EpistemicReport Score() => _scorer.Score(_text);

}
