using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;

namespace EpistemicScoring.Pipeline;

/// <summary>
/// An ordered list of stages, checked once when it is built: every stage's requirements are provided by an earlier
/// stage, no annotation is provided twice, and everything a <see cref="DocumentAnalysis"/> exposes is provided.
/// Running it builds the analysis of one text, each stage once.
/// </summary>
internal sealed class AnalysisPipeline
{
    private readonly IAnnotator[] _stages;
    private readonly LexiconSet _lexicons;

    /// <summary>Builds and checks a pipeline.</summary>
    /// <param name="lexicons">The lexicons the stages were built with (the analysis carries them for the rules).</param>
    /// <param name="stages">The stages in the order they run.</param>
    /// <exception cref="InvalidOperationException">A stage runs before what it requires, an annotation is provided twice, or one is missing.</exception>
    public AnalysisPipeline(LexiconSet lexicons, IEnumerable<IAnnotator> stages)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        ArgumentNullException.ThrowIfNull(stages);
        _lexicons = lexicons;
        _stages = [.. stages];
        var provided = new Dictionary<Annotation, string>();
        foreach (IAnnotator stage in _stages)
        {
            foreach (Annotation needed in stage.Requires)
            {
                if (!provided.ContainsKey(needed))
                {
                    throw new InvalidOperationException($"The analysis stage '{stage.Name}' requires {needed}, which no earlier stage provides.");
                }
            }

            foreach (Annotation added in stage.Provides)
            {
                if (!provided.TryAdd(added, stage.Name))
                {
                    throw new InvalidOperationException($"The analysis stages '{provided[added]}' and '{stage.Name}' both provide {added}.");
                }
            }
        }

        foreach (Annotation a in Enum.GetValues<Annotation>())
        {
            if (!provided.ContainsKey(a))
            {
                throw new InvalidOperationException($"No analysis stage provides {a}.");
            }
        }
    }

    /// <summary>The stages in the order they run.</summary>
    public IReadOnlyList<IAnnotator> Stages => _stages;

    /// <summary>The default stages, in order: text, language, sources, numbers, numeric checks, hedges, cues, claims, links, profile.</summary>
    /// <param name="lexicons">The scorer's lexicons.</param>
    /// <returns>The checked pipeline.</returns>
    public static AnalysisPipeline CreateDefault(LexiconSet lexicons) => new(lexicons, DefaultStages.Create(lexicons));

    /// <summary>Runs every stage on <paramref name="text"/>.</summary>
    /// <param name="text">The input string.</param>
    /// <param name="facts">Reference facts for the numeric checks.</param>
    /// <param name="cancellationToken">Observed between stages.</param>
    /// <returns>The complete analysis.</returns>
    public DocumentAnalysis Run(string text, IReadOnlyList<ReferenceFact> facts, CancellationToken cancellationToken = default)
    {
        var analysis = new DocumentAnalysis(text, _lexicons, facts);
        foreach (IAnnotator stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Annotate(analysis);
        }

        return analysis;
    }
}
