using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Sources;

/// <summary>Attributions: who is said to have said, written, believed or intended what (<see cref="SourceExtractor"/>).</summary>
internal sealed class SourcesAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly SourceLexicons _lexicons = new(lexicons);

    public string Name => "sources";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations];

    public IReadOnlyList<Annotation> Provides => [Annotation.Sources];

    public void Annotate(DocumentAnalysis analysis) => analysis.Sources = SourceExtractor.Extract(analysis.Document, _lexicons);
}
