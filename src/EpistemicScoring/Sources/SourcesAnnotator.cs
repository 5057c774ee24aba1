using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Sources;

/// <summary>Attributions: who is said to have said, written, believed or intended what (<see cref="SourceExtractor"/>).</summary>
internal sealed class SourcesAnnotator(LexiconSet lexicons) : IAnnotator
{
    private readonly SourceLexicons _lexicons = new(lexicons);

    public string Name => "sources";

    public IReadOnlyList<Annotation> Requires => [Annotation.Tokens, Annotation.Sentences, Annotation.Quotations];

    public IReadOnlyList<Annotation> Provides => [Annotation.Sources];

    public void Annotate(DocumentAnalysis analysis)
    {
        List<SourceMention> all = SourceExtractor.Extract(analysis.Document, _lexicons);
        analysis.Sources = all;
        analysis.Attributions = all.FindAll(static s => GivesContent(s));
        analysis.Sourcing = all.FindAll(static s => GivesContent(s) && s.Type != AttributionType.Stance && !IsWritersClaim(s));
    }

    /// <summary>A decree ("approved the bill") or a refusal ("declined to comment") gives no one content.</summary>
    internal static bool GivesContent(SourceMention s) => s.Type is not (AttributionType.Decree or AttributionType.Refusal);

    /// <summary>
    /// "Ruiz knows the plan failed", "the ministry intends to", "Ruiz sees the toll as a tax": the writer's claim about
    /// a named person's knowledge, aim or outlook, not sourcing by that person. A document or poll that shows, and unnamed holders, are still sources.
    /// </summary>
    internal static bool IsWritersClaim(SourceMention s) =>
        (s.Type is AttributionType.Perception or AttributionType.Intention || s.Type == AttributionType.Belief && s.Cue is { } view && SourceExtractor.IsOutlookVerb(view.Text))
        && s.Kind is SourceKind.NamedPerson or SourceKind.NamedOrganization or SourceKind.IdentifiedRole or SourceKind.Pronoun
        && !(s.Cue is { } cue && SourceLexicons.DocumentSubject.Contains(cue.Text));
}
