namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS557: flag-waving in the writer's own voice ("our great nation", "real Americans"), per 300 words.</summary>
internal sealed class FlagWavingRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.FlagWaving,
        "Flag-waving",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "An appeal to national or group pride in the writer's own words (\"our great nation\", \"real Americans\", \"true patriots\", \"our way of life\") makes agreement a matter of belonging rather than of evidence. Entries come from the rhetoric lexicon (family flag); the writer's \"our\" is what makes most of them an appeal, so a neutral \"the country's\" does not count. Inside quotations and reported speech the appeal is the speaker's. Counted per 300 words of the writer's prose.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["Every one of these rules is an attack on [|our way of life|]."],
        CounterExamples =
        [
            "\"This is an attack on our way of life,\" the governor said.",
            "The rules change how the country's farmers may sell milk.",
        ],
    };

    public void Analyze(in RuleContext context) => Rhetoric.Report(context, ["flag"], "Flag-waving");
}
