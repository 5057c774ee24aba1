using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Profiles;

/// <summary>The profile the text reads as (<see cref="ProfileDetector"/>): news report, wire brief, analysis or opinion.</summary>
internal sealed class ProfileAnnotator : IAnnotator
{
    public string Name => "profile";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Quotations, Annotation.Sources, Annotation.Claims];

    public IReadOnlyList<Annotation> Provides => [Annotation.Profile];

    public void Annotate(DocumentAnalysis analysis) => analysis.DetectedProfile = ProfileDetector.Detect(analysis);
}
