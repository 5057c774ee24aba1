using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Language;

/// <summary>The second stage: the language the text reads as (<see cref="LanguageGuesser"/>) and the input warnings (<see cref="InputChecks"/>).</summary>
internal sealed class LanguageAnnotator : IAnnotator
{
    public string Name => "language";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences];

    public IReadOnlyList<Annotation> Provides => [Annotation.Language];

    public void Annotate(DocumentAnalysis analysis)
    {
        analysis.Language = LanguageGuesser.Guess(analysis.Document);
        analysis.Warnings = InputChecks.Find(analysis.Document, analysis.Language);
    }
}
