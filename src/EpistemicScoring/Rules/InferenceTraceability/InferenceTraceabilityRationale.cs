using EpistemicScoring.Analysis;
using EpistemicScoring.Claims;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Scoring;

namespace EpistemicScoring.Rules.InferenceTraceability;

/// <summary>Law 5's count sentence: the conclusions and predictions by sentence number, which have support and which leap, and the writer's boosters and emphasis.</summary>
internal sealed class InferenceTraceabilityRationale : ILawRationale
{
    public Law Law => Law.InferenceTraceability;

    public string NothingToJudge => "Nothing to judge: no conclusion, prediction or certainty cue found.";

    /// <summary>
    /// Law 5: the conclusions and predictions by sentence number, which of them have stated support and which leap,
    /// and where the writer's boosters stand.
    /// </summary>
    public string Summary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        InferenceLink[] links = analysis.Links;
        var all = new SortedSet<int>();
        var supported = new SortedSet<int>();
        var unsupported = new SortedSet<int>();
        var leaps = new SortedSet<int>();
        var scheduled = new SortedSet<int>();
        int verdicts = 0;
        foreach (InferenceLink link in links)
        {
            all.Add(link.Sentence);
            (link.Unsupported ? unsupported : link.Leaps ? leaps : link.Scheduled ? scheduled : supported).Add(link.Sentence);
            verdicts += !link.Unsupported && !link.Leaps && !link.Scheduled && ConclusionSupportRule.WordedAsVerdict(analysis, link.Sentence) ? 1 : 0;
        }

        var boosted = new SortedSet<int>();
        int boosters = 0;
        int hedges = 0;
        int quoted = 0;
        foreach (HedgeCue h in analysis.Hedges)
        {
            if (h.InQuote)
            {
                quoted++;
                continue;
            }

            if (h.Kind == HedgeKind.Booster)
            {
                boosters++;
                int s = analysis.SentenceIndexAt(h.Start);
                if (s >= 0)
                {
                    boosted.Add(s);
                }
            }
            else
            {
                hedges++;
            }
        }

        string head = all.Count == 0
            ? "No conclusion or prediction of the writer's"
            : $"{Prose.Plural(all.Count, "conclusion or prediction", "conclusions or predictions")}{Prose.Where(all)}: {supported.Count} with stated support{Prose.Where(supported)}{(verdicts > 0 ? $" ({verdicts} of them worded with loaded words or rhetoric, not credited)" : string.Empty)}, {unsupported.Count} with none{Prose.Where(unsupported)}, {leaps.Count} leaping past the facts beside {(leaps.Count == 1 ? "it" : "them")}{Prose.Where(leaps)}{(scheduled.Count > 0 ? $", {scheduled.Count} a dated schedule{Prose.Where(scheduled)}" : string.Empty)}";
        string quotedPart = quoted > 0 ? $" ({quoted} more inside quotations, the speakers')" : string.Empty;
        return $"{head}; the writer uses {Prose.Plural(boosters, "booster")}{Prose.Where(boosted)} and {Prose.Plural(hedges, "hedge")}{quotedPart}{StyleSummary(evidence)}.";
    }

    /// <summary>"; also 2 exclamations or shouted words, 3 intensifiers and 2 rhetorical phrases" (the writer's emphasis and rhetoric), or nothing.</summary>
    private static string StyleSummary(IReadOnlyList<Evidence> evidence)
    {
        var parts = new List<string>(3);
        int emphatic = Prose.Findings(evidence, RuleIds.EmphaticOverstatement);
        int intensifiers = Prose.Findings(evidence, RuleIds.Intensifiers);
        int loaded = Prose.Findings(evidence, RuleIds.LoadedLanguage);
        int rhetoric = 0;
        foreach (string id in (string[])[RuleIds.NameCalling, RuleIds.Exaggeration, RuleIds.FearAppeal, RuleIds.FlagWaving, RuleIds.Slogans, RuleIds.BlackAndWhite, RuleIds.DoubtCasting])
        {
            rhetoric += Prose.Findings(evidence, id);
        }

        if (emphatic > 0)
        {
            parts.Add(Prose.Plural(emphatic, "exclamation or shouted word", "exclamations or shouted words"));
        }

        if (intensifiers > 0)
        {
            parts.Add(Prose.Plural(intensifiers, "intensifier"));
        }

        if (loaded > 0)
        {
            parts.Add(Prose.Plural(loaded, "loaded word"));
        }

        if (rhetoric > 0)
        {
            parts.Add(Prose.Plural(rhetoric, "rhetorical phrase"));
        }

        return parts.Count == 0 ? string.Empty : $"; also {Prose.JoinAnd(parts)}";
    }

}
