using EpistemicScoring.Claims;
using EpistemicScoring.Hedges;
using EpistemicScoring.Language;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Profiles;
using EpistemicScoring.Sources;
using EpistemicScoring.Text;

namespace EpistemicScoring.Pipeline;

/// <summary>The built-in stages in the order they run; ARCHITECTURE.md draws the same list.</summary>
internal static class DefaultStages
{
    public static IEnumerable<IAnnotator> Create(LexiconSet lexicons) =>
    [
        new TextAnnotator(),
        new LanguageAnnotator(),
        new SourcesAnnotator(lexicons),
        new NumbersAnnotator(),
        new NumericChecksAnnotator(),
        new HedgesAnnotator(lexicons),
        new CuesAnnotator(lexicons),
        new ClaimsAnnotator(),
        new LinksAnnotator(),
        new ProfileAnnotator(),
    ];
}
