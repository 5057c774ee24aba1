using EpistemicScoring.Analysis;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Claims;

/// <summary>Each conclusion or prediction of the writer's linked to its stated support (<see cref="InferenceLinks"/>), for Law 5.</summary>
internal sealed class LinksAnnotator : IAnnotator
{
    public string Name => "links";

    public IReadOnlyList<Annotation> Requires => [Annotation.Sources, Annotation.Numbers, Annotation.Hedges, Annotation.Cues, Annotation.Claims];

    public IReadOnlyList<Annotation> Provides => [Annotation.Links];

    public void Annotate(DocumentAnalysis analysis) => analysis.Links = InferenceLinks.Build(analysis);
}
