using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS211: attributions whose verb judges the reported words ("claimed", "admitted", "revealed"), as a share of all attributions.</summary>
internal sealed class JudgingAttributionRule : IRule
{
    /// <summary>Attributions at which each finding weighs its share of the whole (fewer count one finding each).</summary>
    private const double ShareUnit = 3;

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.JudgingAttribution,
        "Attribution verb that judges",
        Law.SourceReferencing,
        defaultWeight: -0.25,
        "A neutral verb (\"said\", \"told\", \"wrote\") reports a source's words; \"claimed\" casts doubt on them, and \"admitted\", \"revealed\" or \"explained\" present them as settled fact or as a confession before the reader has seen the support. Either way the writer has judged the source instead of reporting it. One finding per such attribution outside quotations; with more than three attributions each finding weighs its share of them, so a text is marked by the habit, not by one verb.")
    {
        Examples =
        [
            "The mayor [|claimed|] that the budget was balanced.",
            "Councillor Dana Ruiz [|admitted|] the contract had never been put to tender.",
        ],
        CounterExamples =
        [
            "The mayor said that the budget was balanced.",
            "\"She claimed the budget was balanced,\" the councillor said.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        TextDocument doc = context.Document;
        Lexicon verbs = context.Lexicons["judging-attribution"];
        int attributions = 0;
        foreach (SourceMention source in context.Analysis.Sources)
        {
            if (source.Cue is not null)
            {
                attributions++;
            }
        }

        double share = Math.Min(1.0, ShareUnit / Math.Max(1, attributions));
        foreach (SourceMention source in context.Analysis.Sources)
        {
            if (source.Cue is not { } cue)
            {
                continue;
            }

            int token = doc.TokenAtOrAfter(cue.Start);
            if (token >= doc.Tokens.Length || doc.IsInQuote(token) || IsWriter(source) || !verbs.TryGet(doc.TokenText(token), out LexiconEntry? entry))
            {
                continue;
            }

            string who = source.Antecedent?.Text ?? source.Text;
            Token t = doc[token];
            context.Report(
                new TextSpan(t.Start, t.Length),
                $"\"{doc.Text.AsSpan(t.Start, t.Length)}\" judges what {who} said instead of reporting it",
                entry.Weight * share);
        }
    }

    /// <summary>"We admit", "I concede": the writer's own voice, not a report of someone else's words.</summary>
    private static bool IsWriter(SourceMention source) =>
        source.Kind == SourceKind.Pronoun && source.Antecedent is null
        && (source.Text.Equals("I", StringComparison.Ordinal) || source.Text.Equals("we", StringComparison.OrdinalIgnoreCase));
}
