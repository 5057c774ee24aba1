using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Sources;

/// <summary>Attributions: who is said to have said, written, believed or intended what (<see cref="SourceExtractor"/>).</summary>
internal sealed class SourcesAnnotator : IAnnotator
{
    public string Name => "sources";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations];

    public IReadOnlyList<Annotation> Provides => [Annotation.Sources];

    public void Annotate(DocumentAnalysis analysis) => analysis.Sources = SourceExtractor.Extract(analysis.Document, analysis.Lexicons);
}
