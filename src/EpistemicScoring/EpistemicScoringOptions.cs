using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;

namespace EpistemicScoring;

/// <summary>Per-rule settings.</summary>
public sealed class RuleOptions
{
    /// <summary>False turns the rule off. Default true.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Replaces the rule's default weight when set.</summary>
    public double? Weight { get; set; }
}

/// <summary>Everything a scorer can be configured with. The only mutable type of the library.</summary>
public sealed class EpistemicScoringOptions
{
    /// <summary>The default maximum text length: 5,000,000 characters.</summary>
    public const int DefaultMaxTextLength = 5_000_000;

    /// <summary>Where scores turn into verdicts.</summary>
    public VerdictThresholds Thresholds { get; set; } = new();

    /// <summary>Per-rule settings by rule ID.</summary>
    public IDictionary<string, RuleOptions> Rules { get; set; } = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Longest text scored; a longer one is refused with <see cref="TextTooLongException"/>, never truncated.</summary>
    public int MaxTextLength { get; set; } = DefaultMaxTextLength;

    /// <summary>
    /// Fewest words for any law to be judged; shorter texts get every law <see cref="Verdict.Insufficient"/>
    /// (the analysis is still filled). Default 60, about three news sentences.
    /// </summary>
    public int MinWords { get; set; } = Scoring.ScoringConstants.MinWords;

    /// <summary>
    /// How many claims (sentences that state, attribute, judge, infer or predict) a text must make for a law's score
    /// to keep its whole distance above the middle (50). A shorter text keeps <c>sqrt(claims / ConfidenceClaims)</c>
    /// of it, so that it is not High on a handful of findings; scores below the middle are not tempered. Default
    /// 30; 0 turns tempering off.
    /// </summary>
    public int ConfidenceClaims { get; set; } = Scoring.ScoringConstants.ConfidenceClaims;

    /// <summary>Entries added to the lexicon of the same name (for example <c>anonymous-sources</c>).</summary>
    public IDictionary<string, IReadOnlyList<LexiconEntry>> LexiconAdditions { get; set; } =
        new Dictionary<string, IReadOnlyList<LexiconEntry>>(StringComparer.Ordinal);

    /// <summary>Reference facts every text is checked against.</summary>
    public IList<ReferenceFact> Facts { get; set; } = [];

    /// <summary>The kind of text to assume; null detects it per text (the default).</summary>
    public TextProfile? Profile { get; set; }

    /// <summary>Corrections applied to every report (suppressed findings, verdicts set by hand).</summary>
    public ScoringOverrides Overrides { get; set; } = new();

    /// <summary>User lexicon files (the line format of <see cref="Lexicon"/>) added to the lexicon of the same name when the scorer is built.</summary>
    public IDictionary<string, string> LexiconFiles { get; set; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The settings for rule <paramref name="ruleId"/>, created on first use.</summary>
    /// <param name="ruleId">The rule ID.</param>
    /// <returns>Its settings.</returns>
    public RuleOptions Rule(string ruleId)
    {
        ArgumentNullException.ThrowIfNull(ruleId);
        if (!Rules.TryGetValue(ruleId, out RuleOptions? options))
        {
            Rules[ruleId] = options = new RuleOptions();
        }

        return options;
    }

    /// <summary>A deep copy, so that a built scorer is not changed by later edits.</summary>
    /// <returns>The copy.</returns>
    public EpistemicScoringOptions Clone() => new()
    {
        Thresholds = new VerdictThresholds { High = Thresholds.High, Moderate = Thresholds.Moderate },
        Rules = Rules.ToDictionary(
            static kv => kv.Key,
            static kv => new RuleOptions { Enabled = kv.Value.Enabled, Weight = kv.Value.Weight },
            StringComparer.OrdinalIgnoreCase),
        MaxTextLength = MaxTextLength,
        MinWords = MinWords,
        ConfidenceClaims = ConfidenceClaims,
        LexiconAdditions = new Dictionary<string, IReadOnlyList<LexiconEntry>>(LexiconAdditions, StringComparer.Ordinal),
        Facts = [.. Facts],
        Profile = Profile,
        Overrides = ScoringOverrides.Combine(Overrides, null),
        LexiconFiles = new Dictionary<string, string>(LexiconFiles, StringComparer.Ordinal),
    };
}
