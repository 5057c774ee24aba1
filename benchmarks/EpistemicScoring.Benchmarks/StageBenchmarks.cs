using BenchmarkDotNet.Attributes;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// The cost of each analysis stage on all sample articles joined, so that speed work knows where to look. The
/// text analysis (tokens, sentences, quotations) is the baseline every stage reads from.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private TextDocument _doc = TextDocument.Parse(string.Empty);
    private List<SourceMention> _sources = [];
    private List<NumberMention> _numbers = [];

    [GlobalSetup]
    public void Setup()
    {
        string dir = Path.Combine(AppContext.BaseDirectory, "samples");
        _doc = TextDocument.Parse(string.Join("\n\n", Directory.GetFiles(dir, "*.txt").Order().Select(File.ReadAllText)));
        _sources = SourceExtractor.Extract(_doc, LexiconSet.Default);
        _numbers = NumberExtractor.Extract(_doc);
    }

    [Benchmark(Baseline = true, Description = "text analysis")]
    public int Parse() => TextDocument.Parse(_doc.Text).TokenCount;

    [Benchmark(Description = "sources")]
    public int Sources() => SourceExtractor.Extract(_doc, LexiconSet.Default).Count;

    [Benchmark(Description = "numbers")]
    public int Numbers() => NumberExtractor.Extract(_doc).Count;

    [Benchmark(Description = "numeric checks")]
    public int Checks() => NumericChecker.Check(_doc, _numbers, []).Count;

    [Benchmark(Description = "hedges")]
    public int Hedges() => HedgeDetector.Detect(_doc, LexiconSet.Default, _sources, new bool[_doc.Sentences.Length]).Count;

    [Benchmark(Description = "claims")]
    public int Claims() => EpistemicScoring.Analysis.Claims.ClaimClassifier.Classify(_doc, LexiconSet.Default, _sources, _numbers).Length;
}
