namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS556: appeals to fear in the writer's own voice ("ticking time bomb", "before it is too late"), per 300 words.</summary>
internal sealed class FearAppealRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.FearAppeal,
        "Appeals to fear",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "Alarm raised in the writer's own words (\"a ticking time bomb\", \"no one is safe\", \"before it is too late\", \"an invasion\" of people) asks the reader to act on dread rather than on a weighed risk. Entries come from the rhetoric lexicon (family fear) and are chosen so that plain reports of danger (\"the storm is dangerous\") do not count. Inside quotations and reported speech the alarm is the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["The new dam is a [|ticking time bomb|], and the valley must act [|before it is too late|]."],
        CounterExamples =
        [
            "\"The dam is a ticking time bomb,\" the engineer said.",
            "Engineers found cracks in the new dam and closed the road below it on Friday.",
        ],
    };

    public void Analyze(in RuleContext context) => Rhetoric.Report(context, ["fear"], "Appeal to fear");
}
