namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS559: black-and-white framing in the writer's own voice ("there is no middle ground", "the only way"), per 300 words.</summary>
internal sealed class BlackAndWhiteRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.BlackAndWhite,
        "Black-and-white framing",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "A forced choice in the writer's own words (\"you are either with us or against us\", \"there is no middle ground\", \"the only way out\") leaves out the options between two poles, so the conclusion follows from the framing, not from evidence. Entries come from the rhetoric lexicon (family blackwhite). Inside quotations and reported speech the framing is the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["On the harbour plan [|there is no middle ground|]."],
        CounterExamples =
        [
            "\"There is no middle ground,\" the mayor said of the harbour plan.",
            "The council weighed three versions of the harbour plan.",
        ],
    };

    public void Analyze(in RuleContext context) => Rhetoric.Report(context, ["blackwhite"], "Black-and-white framing");
}
