using EpistemicScoring.Analysis;

namespace EpistemicScoring.Pipeline;

/// <summary>
/// One stage of the analysis: it reads what earlier stages added to the <see cref="DocumentAnalysis"/> and adds its
/// own part. A stage declares what it requires and what it provides, and <see cref="AnalysisPipeline"/> checks the
/// order when the scorer is built. A stage is built once per scorer (it may hold prepared data such as a phrase
/// trie of the scorer's lexicons), holds no per-document state and is thread-safe.
/// </summary>
internal interface IAnnotator
{
    /// <summary>A short name for messages and ARCHITECTURE.md ("sources", "numbers").</summary>
    string Name { get; }

    /// <summary>What must be in the analysis before this stage runs.</summary>
    IReadOnlyList<Annotation> Requires { get; }

    /// <summary>What this stage adds.</summary>
    IReadOnlyList<Annotation> Provides { get; }

    /// <summary>Adds this stage's annotations to <paramref name="analysis"/>.</summary>
    /// <param name="analysis">The analysis under construction.</param>
    void Annotate(DocumentAnalysis analysis);
}
