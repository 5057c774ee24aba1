using EpistemicScoring.Claims;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS405: scope qualifiers that keep a claim to its actual reach.</summary>
internal sealed class ScopeQualifiersRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ScopeQualifiers,
        "Claims kept to their scope",
        Law.ContextualJudgment,
        defaultWeight: 0.15,
        "Scope qualifiers (\"in some cases\", \"in part\", \"for the most part\", \"a majority of\") keep a claim to what the evidence covers, the opposite of a sweeping generalisation (EPS406).")
    {
        Examples = ["The rule change explains the drop [|in part|]."],
        CounterExamples = ["The rule change explains the drop."],
    };

    public void Analyze(in RuleContext context) => CueShareRule.Report(context, CueRole.Scope, "Qualifies the scope of a claim", minWeight: 0.6);
}
