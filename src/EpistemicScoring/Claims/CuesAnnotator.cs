using EpistemicScoring.Analysis;
using EpistemicScoring.Hedges;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Claims;

/// <summary>Discourse cues (<see cref="DiscourseCues"/>): conclusions, forecasts, comparisons, background, contrast and time words, read by the claim stage and the Law 4 and 5 rules.</summary>
internal sealed class CuesAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly PhraseTrie _cues = DiscourseCues.BuildTrie(lexicons);

    public string Name => "cues";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations];

    public IReadOnlyList<Annotation> Provides => [Annotation.Cues];

    public void Annotate(DocumentAnalysis analysis) => analysis.Cues = DiscourseCues.Find(analysis.Document, _cues);
}
