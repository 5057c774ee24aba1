using System.Text.Json.Serialization;

namespace EpistemicScoring.Reports;

/// <summary>One piece of evidence a rule found: a span, how much it moves its law, and why.</summary>
/// <param name="RuleId">The stable rule ID (<c>EPS201</c>).</param>
/// <param name="Law">The law the evidence bears on.</param>
/// <param name="Start">Start of the span in the input.</param>
/// <param name="Length">Length of the span.</param>
/// <param name="Weight">Signed weight: negative lowers the law's score, positive raises it.</param>
/// <param name="Message">What was found, in words.</param>
public sealed record Evidence(
    string RuleId,
    [property: JsonIgnore] Law Law,
    int Start,
    int Length,
    double Weight,
    string Message)
{
    /// <summary>
    /// A stable hash of the span's text: with the rule ID, it names this finding in a
    /// <see cref="FindingSuppression"/>, independently of where the text moves in later drafts.
    /// </summary>
    public string SpanHash { get; init; } = string.Empty;

    /// <summary>The span of the evidence.</summary>
    [JsonIgnore]
    public TextSpan Span => new(Start, Length);
}

/// <summary>A score with its verdict.</summary>
/// <param name="Score">0 to 100, higher is better.</param>
/// <param name="Verdict">The verdict.</param>
public sealed record ScoreVerdict(double Score, Verdict Verdict);

/// <summary>The assessment of one law.</summary>
public sealed record LawAssessment
{
    /// <summary>The law.</summary>
    public required Law Law { get; init; }

    /// <summary>0 to 100, higher is better; written also when the verdict is insufficient.</summary>
    public required double Score { get; init; }

    /// <summary>The verdict.</summary>
    public required Verdict Verdict { get; init; }

    /// <summary>One to three plain sentences naming what was counted.</summary>
    public required IReadOnlyList<string> Rationale { get; init; }

    /// <summary>The evidence behind the score, strongest first.</summary>
    public required IReadOnlyList<Evidence> Evidence { get; init; }

    /// <summary>The verdict computed from the evidence, before any verdict set by hand.</summary>
    public Verdict ComputedVerdict { get; init; }

    /// <summary>The verdict set by hand, or null (then left out of the JSON: the contract keeps null for a few named fields).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public VerdictOverride? Override { get; init; }

    /// <summary>Evidence dropped by a <see cref="FindingSuppression"/>; it does not count in the score.</summary>
    public IReadOnlyList<Evidence> Suppressed { get; init; } = [];

    /// <summary>
    /// The share of the score's distance above 50 that the text's claims earn (see
    /// <see cref="EpistemicScoringOptions.ConfidenceClaims"/>): 1 when the score was not tempered, lower for a short
    /// text whose evidence pointed above the middle.
    /// </summary>
    public double Confidence { get; init; } = 1;

    /// <summary>
    /// Findings left out by the per-rule cap (<see cref="Rules.RuleContext.MaxFindingsPerRule"/>): 0 for any
    /// ordinary text, written only when not 0.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public int OmittedFindings { get; init; }
}

/// <summary>The five-law report on one text.</summary>
public sealed record EpistemicReport
{
    /// <summary>The schema version of this object; bumped only for a breaking change.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>The caller's identifier for the text, or null.</summary>
    public string? Id { get; init; }

    /// <summary>The schema version.</summary>
    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The overall score and verdict.</summary>
    public required ScoreVerdict Overall { get; init; }

    /// <summary>Exactly five assessments, in law order.</summary>
    public required IReadOnlyList<LawAssessment> Laws { get; init; }

    /// <summary>Every attribution found.</summary>
    public required IReadOnlyList<SourceMention> Sources { get; init; }

    /// <summary>Every numeric mention found.</summary>
    public required IReadOnlyList<NumberMention> Numbers { get; init; }

    /// <summary>Cross-checks of the figures.</summary>
    public required IReadOnlyList<NumericCheck> NumericChecks { get; init; }

    /// <summary>Uncertainty and certainty cues.</summary>
    public required IReadOnlyList<HedgeCue> Hedges { get; init; }

    /// <summary>The sentences, with whether each is uncertain.</summary>
    public required IReadOnlyList<SentenceInfo> Sentences { get; init; }

    /// <summary>The kind of text the scoring assumed.</summary>
    public TextProfile Profile { get; init; }

    /// <summary>
    /// The language the text reads as. Only English, or text that gives too little to tell, is judged; in another
    /// language every law is insufficient and <see cref="Warnings"/> says why. Null only in reports read from older output.
    /// </summary>
    public LanguageInfo? Language { get; init; }

    /// <summary>What the reader should know that is not a finding: another language, control or format characters, lone surrogates, HTML remains, very long tokens or sentences (README, Input policy), a suppression that matched nothing. Empty for ordinary text.</summary>
    public IReadOnlyList<InputWarning> Warnings { get; init; } = [];
    /// <summary>The headline (the text's first line, when it is one), which Law 5 judges against the body; null when there is none.</summary>
    public SpanText? Headline { get; init; }

    /// <summary>What produced the report, for reproduction and comparison; null only in reports read from older output.</summary>
    public Receipt? Receipt { get; init; }

    /// <summary>The assessment of <paramref name="law"/>.</summary>
    /// <param name="law">The law.</param>
    /// <returns>Its assessment.</returns>
    public LawAssessment this[Law law] => Laws[(int)law - 1];
}
