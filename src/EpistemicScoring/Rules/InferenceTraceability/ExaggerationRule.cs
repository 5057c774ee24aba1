namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS555: exaggeration and minimisation in the writer's own voice ("not a shred of evidence", "a mere"), per 300 words.</summary>
internal sealed class ExaggerationRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Exaggeration,
        "Exaggeration and minimisation",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "Words that blow a matter up (\"mind-boggling\", \"endless\", \"not a shred of\") or shrink it (\"a mere\", \"a drop in the bucket\", \"crocodile tears\") set its size by wording rather than by a figure the reader could check. Entries come from the rhetoric lexicon (families exaggeration and minimisation); degree adverbs such as \"totally\" are counted by EPS552, not here. Inside quotations and reported speech they are the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["There is [|not a shred of|] evidence for the new levy, and its yield is [|a drop in the bucket|]."],
        CounterExamples =
        [
            "\"There is not a shred of evidence,\" the lawyer said.",
            "The audit found two errors in the accounts, and the fine was 4,000 euros.",
        ],
    };

    public void Analyze(in RuleContext context) => Rhetoric.Report(context, ["exaggeration", "minimisation"], "Exaggeration or minimisation");
}
