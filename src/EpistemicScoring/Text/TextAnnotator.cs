using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Text;

/// <summary>The first stage: tokens, sentences, paragraphs and quotations, in one pass (<see cref="TextDocument.Parse"/>).</summary>
internal sealed class TextAnnotator : IAnnotator
{
    public string Name => "text";

    public IReadOnlyList<Annotation> Requires => [];

    public IReadOnlyList<Annotation> Provides => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations];

    public void Annotate(DocumentAnalysis analysis) => analysis.Document = TextDocument.Parse(analysis.Text);
}
