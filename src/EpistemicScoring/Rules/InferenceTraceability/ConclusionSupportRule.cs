using EpistemicScoring.Claims;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>EPS502: each conclusion or prediction of the writer's, and whether stated support stands behind it.</summary>
internal sealed class ConclusionSupportRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.ConclusionSupport,
        "Conclusions traced to evidence",
        Law.InferenceTraceability,
        defaultWeight: 0.3,
        "A conclusion or prediction with an attributed or figure-backed sentence beside it (four before or one after, same paragraph), or a connective to a figure or source in the sentence itself, can be traced and counts for the law; one with neither counts against it (a prediction half as much: forecasts are often plans, and a date or figure in one makes it a schedule). A hedge on the unsupported conclusion halves the penalty: the writer says it is not sure. A supported conclusion worded with the writer's loaded words or rhetoric (\"this means the disgraceful policy has failed\") earns no credit: the facts beside it may bear out a plain version of it, not the verdict its wording hands the reader.")
    {
        // An analysis argues from figures: traced (and untraced) conclusions weigh a little more.
        ProfileMultipliers = new Dictionary<TextProfile, double> { [TextProfile.Analysis] = 1.2 },
        Examples =
        [
            "Exports fell 12% in March, the ministry said. [|This means export demand has stalled.|]",
            "[|The council will therefore raise taxes next year.|]",
        ],
        CounterExamples =
        [
            "Exports fell 12% in March, the ministry said.",
            "Exports fell 12% in March, the ministry said. This means the disgraceful export policy has failed.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (InferenceLink link in context.Analysis.Links)
        {
            SentenceInfo s = context.Analysis.Sentences[link.Sentence];
            string what = s.ClaimType == ClaimType.Prediction ? "Prediction" : "Conclusion";
            if (link.Unsupported)
            {
                // A prediction weighs half a conclusion: forecasts are often plans, and the future cannot be sourced.
                double strength = (link.Hedged ? -0.5 : -1) * (link.Prediction ? 0.5 : 1);
                context.Report(s.Span, link.Hedged ? $"{what} in sentence {link.Sentence + 1} with no stated support, hedged" : $"{what} in sentence {link.Sentence + 1} with no stated support", strength);
            }
            else if (!link.Leaps && !link.Scheduled)
            {
                // A conclusion worded with loaded words or rhetoric hands the reader its verdict by connotation: the facts
                // beside it may support a plain version of it, but not the framing, so it earns no credit (nor a fault:
                // the rhetoric rules count the words themselves).
                if (WordedAsVerdict(context.Analysis, link.Sentence))
                {
                    continue;
                }

                string by = link.Grounded ? "a figure or source in the same sentence" : Sentences(link.Supports);
                context.Report(s.Span, $"{what} in sentence {link.Sentence + 1} supported by {by}");
            }
        }
    }

    /// <summary>
    /// True when the writer's own words in the sentence carry a loaded word (EPS553's lexicon) or rhetoric (the EPS554
    /// to EPS560 lexicon, in its sense): a conclusion worded as a verdict, which earns no credit for its support.
    /// </summary>
    /// <param name="analysis">The document's analysis.</param>
    /// <param name="sentence">The conclusion's sentence index.</param>
    /// <returns>Whether the conclusion is worded with loaded words or rhetoric.</returns>
    internal static bool WordedAsVerdict(Analysis.DocumentAnalysis analysis, int sentence)
    {
        Text.Sentence s = analysis.Document.Sentences[sentence];
        return WriterVoice.HasMatch(analysis, analysis.Lexicons[Rhetoric.LexiconName], s.FirstToken, s.EndToken, static (doc, i, entry) => entry.Tag is { } tag && Rhetoric.SenseHolds(doc, i, Rhetoric.Sense(tag)))
            || WriterVoice.HasMatch(analysis, analysis.Lexicons["loaded-words"], s.FirstToken, s.EndToken, accept: null);
    }

    /// <summary>"sentence 3" or "sentences 2, 3 and 4" (1-based).</summary>
    internal static string Sentences(IReadOnlyList<int> indices)
    {
        var parts = new string[indices.Count];
        for (int i = 0; i < parts.Length; i++)
        {
            parts[i] = (indices[i] + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return parts.Length == 1 ? "sentence " + parts[0] : "sentences " + string.Join(", ", parts[..^1]) + " and " + parts[^1];
    }
}
