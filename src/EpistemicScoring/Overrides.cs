using System.Text.Json.Serialization;

namespace EpistemicScoring;

/// <summary>
/// Suppresses one finding: the rule's evidence whose span text has the given hash (the <c>spanHash</c> written
/// on every evidence item). The hash follows the text, not the offset, so the suppression survives edits
/// elsewhere in the draft.
/// </summary>
/// <param name="RuleId">The rule ID.</param>
/// <param name="SpanHash">The evidence's <c>spanHash</c>.</param>
/// <param name="Reason">Why the finding does not apply, kept in the receipt.</param>
public sealed record FindingSuppression(string RuleId, string SpanHash, string Reason);

/// <summary>Sets a law's verdict by hand; the report keeps the computed verdict beside it.</summary>
/// <param name="Law">The law.</param>
/// <param name="Verdict">The verdict to report.</param>
/// <param name="Reason">Why, kept in the receipt.</param>
public sealed record VerdictOverride(Law Law, Verdict Verdict, string Reason);

/// <summary>A person's corrections to the computed report.</summary>
public sealed class ScoringOverrides
{
    /// <summary>Findings to drop before scoring.</summary>
    public IList<FindingSuppression> Suppress { get; set; } = [];

    /// <summary>Verdicts to set by hand.</summary>
    public IList<VerdictOverride> Verdicts { get; set; } = [];

    /// <summary>True when there is nothing to apply.</summary>
    [JsonIgnore]
    public bool IsEmpty => Suppress.Count == 0 && Verdicts.Count == 0;

    /// <summary>Both sets of overrides together.</summary>
    /// <param name="first">The first set, or null.</param>
    /// <param name="second">The second set, or null.</param>
    /// <returns>The union; the second set's verdicts win for the same law.</returns>
    public static ScoringOverrides Combine(ScoringOverrides? first, ScoringOverrides? second) => new()
    {
        Suppress = [.. first?.Suppress ?? [], .. second?.Suppress ?? []],
        Verdicts = [.. first?.Verdicts ?? [], .. second?.Verdicts ?? []],
    };
}
