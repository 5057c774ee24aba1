using EpistemicScoring.Rules.ContextualJudgment;
using EpistemicScoring.Rules.InferenceTraceability;
using EpistemicScoring.Rules.ReliabilityAccuracy;
using EpistemicScoring.Rules.SourceReferencing;
using EpistemicScoring.Rules.Truthfulness;

namespace EpistemicScoring.Rules;

/// <summary>The built-in rule set, law by law.</summary>
public static class DefaultRules
{
    /// <summary>The version of the built-in rule set; changes whenever a rule, weight or lexicon changes on purpose.</summary>
    public const string Version = "0.6.0";

    /// <summary>The count sentence of each law's rationale, in law order; each sits with its law's rules.</summary>
    internal static IReadOnlyList<Scoring.ILawRationale> Rationales { get; } =
    [
        new TruthfulnessRationale(),
        new SourceReferencingRationale(),
        new ReliabilityAccuracyRationale(),
        new ContextualJudgmentRationale(),
        new InferenceTraceabilityRationale(),
    ];

    /// <summary>New instances of every built-in rule.</summary>
    /// <returns>The rules.</returns>
    public static IReadOnlyList<IRule> Create() =>
    [
        new SpecificFactsRule(),
        new UnsupportedAssertionsRule(),
        new HearsayRule(),
        new ContradictedFactsRule(),
        new ConfirmedFiguresRule(),
        new SourceCorroborationRule(),
        new FirstHandSourcingRule(),
        new NamedSourcesRule(),
        new UnnamedSourcesRule(),
        new NoSourcesRule(),
        new IdentifiedByRoleRule(),
        new AttributionOccasionRule(),
        new JudgingAttributionRule(),
        new DistinctSourcesRule(),
        new SingleSourceRelianceRule(),
        new SourceVarietyRule(),
        new AnonymityReasonRule(),
        new IndependentCorroborationRule(),
        new InconsistentFiguresRule(),
        new ReferenceFiguresRule(),
        new UnsourcedPreciseFiguresRule(),
        new ConsistencySummaryRule(),
        new AttributedFiguresRule(),
        new UnnamedFiguresRule(),
        new TemporalAnchorsRule(),
        new OtherSidesRule(),
        new ComparisonsRule(),
        new BackgroundRule(),
        new ScopeQualifiersRule(),
        new SweepingGeneralisationsRule(),
        new OpposingSourcesRule(),
        new UnsupportedBoostersRule(),
        new ConclusionSupportRule(),
        new SupportConnectivesRule(),
        new ConclusionLeapsRule(),
        new TraceableClaimsRule(),
        new CalibratedHedgingRule(),
        new WeaselSupportRule(),
        new HeadlineLeapRule(),
        new EmphaticOverstatementRule(),
        new RhetoricalQuestionsRule(),
        new IntensifiersRule(),
        new LoadedLanguageRule(),
        new NameCallingRule(),
        new ExaggerationRule(),
        new FearAppealRule(),
        new FlagWavingRule(),
        new SloganRule(),
        new BlackAndWhiteRule(),
        new DoubtCastingRule(),
    ];
}
