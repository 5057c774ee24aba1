using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Hedges;

/// <summary>Uncertainty and certainty cues and the uncertain sentences (<see cref="HedgeDetector"/>), with the cue lexicons merged once.</summary>
internal sealed class HedgesAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly PhraseTrie _cues = CueLexicon.Build(lexicons);

    public string Name => "hedges";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations, Annotation.Sources];

    public IReadOnlyList<Annotation> Provides => [Annotation.Hedges];

    public void Annotate(DocumentAnalysis analysis)
    {
        var uncertain = new bool[analysis.Document.Sentences.Length];
        analysis.Hedges = HedgeDetector.Detect(analysis.Document, _cues, analysis.Attributions, uncertain);
        analysis.Uncertain = uncertain;
    }
}
