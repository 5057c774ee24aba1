using BenchmarkDotNet.Attributes;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// The cost of each stage of the default analysis pipeline alone, on all sample articles joined, so that speed work
/// knows where to look. Each stage is run again on a complete analysis: a stage writes only its own annotations, so
/// re-running it costs what it costs inside the pipeline. The text stage (tokens, sentences, quotations) is the
/// baseline every other stage reads from.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private static readonly AnalysisPipeline Pipeline = AnalysisPipeline.CreateDefault(LexiconSet.Default);
    private DocumentAnalysis? _analysis;
    private IAnnotator? _stage;

    /// <summary>The stage names, in pipeline order.</summary>
    public static IEnumerable<string> StageNames => Pipeline.Stages.Select(static s => s.Name);

    [ParamsSource(nameof(StageNames))]
    public string Stage { get; set; } = "text";

    [GlobalSetup]
    public void Setup()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "samples");
        string text = string.Join("\n\n", Directory.GetFiles(dir, "*.txt").Order().Select(File.ReadAllText));
        _analysis = Pipeline.Run(text, []);
        _stage = Pipeline.Stages.Single(s => s.Name == Stage);
    }

    [Benchmark(Description = "stage alone")]
    public void Run() => _stage!.Annotate(_analysis!);
}
