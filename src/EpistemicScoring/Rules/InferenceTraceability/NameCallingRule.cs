namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS554: name calling and labels in the writer's own voice ("leftists", "the Dems", "warmongers"), per 300 words.</summary>
internal sealed class NameCallingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.NameCalling,
        "Name calling and labels",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "A label pinned on people or a group in the writer's own words (\"leftists\", \"globalists\", \"warmongers\", \"the Dems\") sorts them into a camp the reader is meant to dislike, in place of saying what they did. Entries come from the rhetoric lexicon (family label); a capitalised word inside ordinary prose is read as a name and left alone unless the entry is itself a capitalised label. Inside quotations and reported speech the label is the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["The bill was written by [|globalists|] who have never set foot in a factory."],
        CounterExamples =
        [
            "\"They are globalists,\" the candidate said of the board.",
            "The candidate called the board members globalists.",
            "The bill was written by three senators who sit on the trade committee.",
        ],
    };

    public void Analyze(in RuleContext context) => Rhetoric.Report(context, ["label"], "Label");
}
