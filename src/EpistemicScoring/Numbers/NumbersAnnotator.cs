using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Numbers;

/// <summary>Numeric mentions with their normalised values, units and kinds (<see cref="NumberExtractor"/>).</summary>
internal sealed class NumbersAnnotator : IAnnotator
{
    public string Name => "numbers";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences];

    public IReadOnlyList<Annotation> Provides => [Annotation.Numbers];

    public void Annotate(DocumentAnalysis analysis) => analysis.Numbers = NumberExtractor.Extract(analysis.Document);
}
