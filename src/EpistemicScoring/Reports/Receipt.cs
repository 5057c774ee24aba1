namespace EpistemicScoring.Reports;

/// <summary>
/// What produced a report, so that a batch can be reproduced exactly and two drafts compared: the rule-set
/// version, hashes of the active rules and weights, of the settings and of the lexicons, the profile, and the
/// overrides applied.
/// </summary>
public sealed record Receipt
{
    /// <summary>The version of the built-in rule set.</summary>
    public required string RulesetVersion { get; init; }

    /// <summary>Hash of the active rule IDs with their weights.</summary>
    public required string RulesHash { get; init; }

    /// <summary>Hash of thresholds, minimum words, maximum length, profile choice and reference facts.</summary>
    public required string SettingsHash { get; init; }

    /// <summary>Hash of every lexicon entry.</summary>
    public required string LexiconsHash { get; init; }

    /// <summary>One hash of all the above: equal digests mean equal scoring.</summary>
    public required string Digest { get; init; }

    /// <summary>The profile the text was scored with.</summary>
    public required TextProfile Profile { get; init; }

    /// <summary>True when the profile was detected from the text rather than chosen.</summary>
    public required bool ProfileDetected { get; init; }

    /// <summary>Findings suppressed by hand that matched evidence in this text.</summary>
    public required IReadOnlyList<FindingSuppression> Suppressed { get; init; }

    /// <summary>Verdicts set by hand.</summary>
    public required IReadOnlyList<VerdictOverride> VerdictOverrides { get; init; }

    /// <summary>The version of the EpistemicScoring library that wrote the report (added field).</summary>
    public string ToolVersion { get; init; } = string.Empty;

    /// <summary>
    /// The SHA-256 of the scored text (its UTF-8 bytes), lower-case hex (added field): with <see cref="Digest"/>, it says
    /// which text was scored how, without storing the text.
    /// </summary>
    public string InputSha256 { get; init; } = string.Empty;

    /// <summary>Suppressions in force that matched no finding in this text (added field): a stale or misspelt suppression.</summary>
    public IReadOnlyList<FindingSuppression> UnmatchedSuppressions { get; init; } = [];
}
