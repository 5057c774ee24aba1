using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// The analysis of one text by the default pipeline, for tests, benchmarks and tools that need the analysis without
/// scoring it. A scorer builds its pipeline once (<see cref="AnalysisPipeline.CreateDefault"/>); this builds one per call.
/// </summary>
internal static class DocumentAnalyzer
{
    public static DocumentAnalysis Analyze(TextDocument doc, LexiconSet lexicons, IReadOnlyList<ReferenceFact> facts) =>
        AnalysisPipeline.CreateDefault(lexicons).Run(doc.Text, facts);
}
