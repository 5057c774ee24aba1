using EpistemicScoring.Claims;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>EPS404: background and precedent.</summary>
internal sealed class BackgroundRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Background,
        "Background and precedent",
        Law.ContextualJudgment,
        defaultWeight: 0.25,
        "Background and precedent (\"previously\", \"for the first time since\", \"in recent years\", \"the last time\") show how the event fits what came before. One finding per sentence, adding up to the share of such sentences.")
    {
        Examples = ["The river flooded the town, [|for the first time since|] 1997."],
        CounterExamples = ["The river flooded the town."],
    };

    public void Analyze(in RuleContext context) => CueShareRule.Report(context, CueRole.Background, "Gives background or precedent");
}
