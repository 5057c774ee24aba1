using BenchmarkDotNet.Attributes;
using EpistemicScoring.Reports;
using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// The twelve hostile shapes of issue 18 at 100,000 characters each, against the repeated news article of the same
/// size as the baseline: a Ratio far above 1 names a shape that costs more per character than prose. The full-size
/// run through the command line is <c>benchmarks/hostile/measure.sh</c>.
/// </summary>
[MemoryDiagnoser]
public class HostileBenchmarks
{
    private const int Size = 100_000;
    private readonly EpistemicScorer _scorer = EpistemicScorer.CreateDefault();
    private string _baseline = string.Empty;
    private string _text = string.Empty;

    public static IEnumerable<string> Shapes => HostileDocuments.Names.Where(static n => n != "repeated-articles");

    [ParamsSource(nameof(Shapes))]
    public string Shape { get; set; } = "digit-soup";

    [GlobalSetup]
    public void Setup()
    {
        _baseline = HostileDocuments.Make("repeated-articles", Size);
        _text = HostileDocuments.Make(Shape, Size);
    }

    [Benchmark(Baseline = true, Description = "news prose")]
    public EpistemicReport Prose() => _scorer.Score(_baseline);

    [Benchmark(Description = "hostile shape")]
    public EpistemicReport Hostile() => _scorer.Score(_text);
}
