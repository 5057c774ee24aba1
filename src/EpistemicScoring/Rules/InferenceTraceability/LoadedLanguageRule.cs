namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS553: loaded words in the writer's own voice ("a corrupt hoax", "a disgraceful charade"), per 300 words.</summary>
internal sealed class LoadedLanguageRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.LoadedLanguage,
        "Loaded language",
        Law.InferenceTraceability,
        defaultWeight: -0.2,
        "Emotive judgements in the writer's own words (\"hoax\", \"crooked\", \"a disgraceful charade\", \"spewing\") hand the reader a verdict by connotation instead of the evidence for it. They are counted per 300 words of the writer's prose; inside quotations and in reported speech (\"the mayor called the plan a hoax\") they are the speaker's and do not count. Labels pinned on people (\"lunatics\", \"globalists\") are name calling, EPS554.")
    {
        PerWriterWords = true,

        // In an opinion piece the argument is the writer's own: persuasion by wording in place of argument is what its
        // readers most need to see (as with overclaiming, EPS501).
        ProfileMultipliers = Rhetoric.OpinionMultiplier,
        Examples = ["The so-called reform is a [|hoax|] cooked up by the usual suspects."],
        CounterExamples = ["\"This reform is a hoax,\" the opposition leader said.", "The opposition leader said the reform was a hoax."],
    };

    public void Analyze(in RuleContext context) =>
        WriterVoice.ReportMatches(context, context.Lexicons["loaded-words"], accept: null, static word => $"Loaded word \"{word}\" in the writer's voice");
}
