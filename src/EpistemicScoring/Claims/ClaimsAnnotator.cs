using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Claims;

/// <summary>The claim type of each sentence (<see cref="ClaimClassifier"/>), written with its uncertainty flag into <see cref="DocumentAnalysis.Sentences"/>.</summary>
internal sealed class ClaimsAnnotator : IAnnotator
{
    public string Name => "claims";

    public IReadOnlyList<Annotation> Requires => [Annotation.Sentences, Annotation.Sources, Annotation.Numbers, Annotation.Hedges, Annotation.Cues];

    public IReadOnlyList<Annotation> Provides => [Annotation.Claims];

    public void Annotate(DocumentAnalysis analysis)
    {
        TextDocument doc = analysis.Document;
        ClaimType[] claims = ClaimClassifier.Classify(doc, analysis.Cues, analysis.Attributions, analysis.Numbers);
        var sentences = new SentenceInfo[doc.Sentences.Length];
        foreach (Sentence s in doc.Sentences)
        {
            sentences[s.Index] = new SentenceInfo(s.Span.Start, s.Span.Length, analysis.Uncertain[s.Index]) { ClaimType = claims[s.Index] };
        }

        analysis.Sentences = sentences;
    }
}
