using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Text;

/// <summary>The first stage: tokens, sentences, paragraphs and quotations, in one pass (<see cref="TextDocument.Parse"/>), the sentences that are layout, not prose (<see cref="Layout"/>), and the headline (<see cref="Headline"/>).</summary>
internal sealed class TextAnnotator : IAnnotator
{
    public string Name => "text";

    public IReadOnlyList<Annotation> Requires => [];

    public IReadOnlyList<Annotation> Provides => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations, Annotation.Layout];

    public void Annotate(DocumentAnalysis analysis)
    {
        analysis.Document = TextDocument.Parse(analysis.Text);
        analysis.Layout = Layout.Find(analysis.Document);
        analysis.HeadlineSentence = Headline.Find(analysis.Document);
    }
}
