using EpistemicScoring.Analysis;

namespace EpistemicScoring;

/// <summary>A text to score, with its identifier, metadata and reference facts.</summary>
/// <param name="Text">The text.</param>
public sealed record ScoringRequest(string Text)
{
    /// <summary>The caller's identifier, copied into the report.</summary>
    public string? Id { get; init; }

    /// <summary>Free metadata (title, outlet, profile hints); not scored.</summary>
    public IReadOnlyDictionary<string, string>? Metadata { get; init; }

    /// <summary>Reference facts to check figures against, in addition to the scorer's own.</summary>
    public IReadOnlyList<ReferenceFact>? Facts { get; init; }

    /// <summary>The kind of text, overriding the scorer's choice or detection.</summary>
    public TextProfile? Profile { get; init; }

    /// <summary>Corrections for this text, applied after the scorer's own.</summary>
    public ScoringOverrides? Overrides { get; init; }
}
