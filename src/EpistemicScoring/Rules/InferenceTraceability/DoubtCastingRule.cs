namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS560: doubt cast without evidence in the writer's own voice ("so-called", "self-styled", "conveniently"), per 300 words.</summary>
internal sealed class DoubtCastingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.DoubtCasting,
        "Doubt cast without evidence",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "Words that cast doubt on a person or claim without saying what is wrong with it (\"so-called\", \"self-styled\", \"supposed\", \"conveniently\", \"one has to wonder\") insinuate instead of showing. Entries come from the rhetoric lexicon (family doubt); hearsay (\"reportedly\") is Law 1's EPS104 and rhetorical questions are EPS551. Inside quotations and reported speech the doubt is the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["The [|so-called|] experts on the panel [|conveniently|] forgot the report."],
        CounterExamples =
        [
            "\"The so-called experts forgot the report,\" the mayor said.",
            "Two of the experts on the panel had not read the report.",
        ],
    };

    public void Analyze(in RuleContext context) => Rhetoric.Report(context, ["doubt"], "Doubt cast");
}
