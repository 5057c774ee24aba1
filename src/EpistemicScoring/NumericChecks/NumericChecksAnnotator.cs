using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.NumericChecks;

/// <summary>Cross-checks of the figures the text ties together, and against reference facts (<see cref="NumericChecker"/>).</summary>
internal sealed class NumericChecksAnnotator : IAnnotator
{
    public string Name => "numeric checks";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences, Annotation.Numbers];

    public IReadOnlyList<Annotation> Provides => [Annotation.NumericChecks];

    public void Annotate(DocumentAnalysis analysis) =>
        analysis.NumericChecks = NumericChecker.Check(analysis.Document, analysis.Numbers, analysis.Facts);
}
