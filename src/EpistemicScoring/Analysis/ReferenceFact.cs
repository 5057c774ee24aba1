namespace EpistemicScoring.Analysis;

/// <summary>
/// A known figure to check the text against ("Korea's foreign-exchange reserves: 411 billion USD, as of
/// August 2025, Bank of Korea").
/// </summary>
public sealed record ReferenceFact
{
    /// <summary>The fact's key, also matched as a phrase in the text ("korea fx reserves").</summary>
    public required string Key { get; init; }

    /// <summary>Other phrases that name the same quantity ("foreign exchange reserves", "FX reserves").</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The value, normalised as number mentions are (money in whole units, percent as written).</summary>
    public required double Value { get; init; }

    /// <summary>The unit: an ISO 4217 code, <c>%</c>, <c>pp</c>, a measure word, or null for a count.</summary>
    public string? Unit { get; init; }

    /// <summary>Relative tolerance (0.05 = 5%) within which a mention confirms the fact.</summary>
    public double Tolerance { get; init; } = 0.02;

    /// <summary>Where the fact comes from, quoted in messages.</summary>
    public string? Source { get; init; }

    /// <summary>The date the fact holds for, as written in the fact pack.</summary>
    public string? AsOf { get; init; }
}
