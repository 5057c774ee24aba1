namespace EpistemicScoring.Scoring;

/// <summary>
/// The few numbers that turn evidence into scores, in one place. Each says where it came from.
/// </summary>
internal static class ScoringConstants
{
    /// <summary>
    /// Score of a law before any evidence: the middle of the scale, so that the sign of the evidence alone
    /// decides whether the law leans high or low.
    /// </summary>
    public const double Prior = 50;

    /// <summary>
    /// Each further rule total of the same sign counts this much less than the one before it (strongest first),
    /// so that many weak signals saturate below one strong one: any number of rules at 0.1 add up to at most
    /// 0.1 / (1 - 0.6) = 0.25, less than a single rule at 0.3.
    /// </summary>
    public const double Decay = 0.6;

    /// <summary>
    /// The law score is <c>Prior + HalfRange * tanh(net)</c>: net evidence of +0.31 reaches the default High
    /// threshold (65) and -0.1 falls below the Moderate one (45); no amount of evidence leaves 0 to 100.
    /// </summary>
    public const double HalfRange = 50;

    /// <summary>
    /// A rule's findings in one text add up to at most this many times its largest single finding (soft cap
    /// through tanh): a rule that fires on every sentence of a long text says "this is pervasive", not
    /// "this outweighs everything else".
    /// </summary>
    public const double RuleCap = 3;

    /// <summary>
    /// Below this many words a text is too short to judge any law (a headline, a caption): every law is
    /// insufficient. Sixty words is about three news sentences.
    /// </summary>
    public const int MinWords = 60;

    /// <summary>
    /// Claims from which an upward law score keeps its whole distance from the prior (see
    /// <see cref="LawScorer.Temper"/>). Thirty claims is a news report of some 600 to 700 words; a brief of eight
    /// claims keeps about half its distance.
    /// </summary>
    public const int ConfidenceClaims = 30;

    /// <summary>
    /// The overall score blends the weighted mean of the judged laws with the weakest of them, so that one law
    /// far below the others (sourced facts, but a conclusion that leaps past them) pulls the whole down: a text
    /// at 90 on four laws and 20 on the fifth comes out near 60, not 76.
    /// </summary>
    public const double WeakestLawShare = 0.3;

    /// <summary>
    /// Weights of the laws in the overall mean. Source referencing and inference traceability weigh 1.5: they
    /// are read off the whole text (every attribution, every conclusion), and on the labelled news articles they
    /// are the laws that best separate reporting from fabrication at equal length. Reliability and accuracy
    /// weighs 0.5 when its figures were actually cross-checked (a relation the text states between them, or a
    /// reference fact), and 0.25 when it could only note whether figures are attributed, which Law 2 already
    /// weighs. Truthfulness and contextual judgment weigh 1.
    /// </summary>
    /// <param name="law">The law.</param>
    /// <param name="crossChecked">Whether the text's figures were checked against each other or against reference facts.</param>
    /// <returns>The weight.</returns>
    public static double LawWeight(Law law, bool crossChecked) => law switch
    {
        Law.SourceReferencing or Law.InferenceTraceability => 1.5,
        Law.ReliabilityAccuracy => crossChecked ? 0.5 : 0.25,
        _ => 1.0,
    };
}
