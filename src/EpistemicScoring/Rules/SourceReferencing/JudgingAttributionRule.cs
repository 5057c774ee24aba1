using EpistemicScoring.Sources;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>EPS211: attributions whose verb judges the reported words ("claimed", "admitted", "revealed"), as a share of all attributions.</summary>
internal sealed class JudgingAttributionRule : IRule
{
    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.JudgingAttribution,
        "Attribution verb that judges",
        Law.SourceReferencing,
        defaultWeight: -0.25,
        "A neutral verb (\"said\", \"told\", \"wrote\") reports a source's words; \"claimed\" casts doubt on them, and \"admitted\", \"revealed\" or \"explained\" present them as settled fact or as a confession before the reader has seen the support. Either way the writer has judged the source instead of reporting it. One finding per such attribution outside quotations; with more than three attributions each finding weighs its share of them, so a text is marked by the habit, not by one verb. A document that \"reveals\" and a noun (\"the claims\") are not counted.")
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
        foreach (SourceMention source in context.Analysis.Sourcing)
        {
            if (source.Cue is not null)
            {
                attributions++;
            }
        }

        double share = Math.Min(1.0, 3.0 / Math.Max(1, attributions));
        foreach (SourceMention source in context.Analysis.Sourcing)
        {
            if (source.Cue is not { } cue)
            {
                continue;
            }

            // The writer's own "we admit" is keyed "author" by the source pass: no one else's words are judged.
            int token = doc.TokenAtOrAfter(cue.Start);
            if (token >= doc.Tokens.Length || doc.IsInQuote(token) || source.Key == "author" || IsDocument(source) || IsNoun(doc, token)
                || !verbs.TryGet(doc.TokenText(token), out LexiconEntry? entry))
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

    /// <summary>"The filings reveal": a document shows what it holds; only people are judged by the verb.</summary>
    private static bool IsDocument(SourceMention source) =>
        source.Kind is SourceKind.NamedDocument or SourceKind.UnnamedDocument;

    /// <summary>"The claims", "her admission", "a whistleblower's claims": the noun names the assertion, it is not the writer's verb.</summary>
    private static bool IsNoun(TextDocument doc, int cue) =>
        cue > 0 && (doc.Is(cue - 1, "the") || doc.Is(cue - 1, "a") || doc.Is(cue - 1, "an") || doc.Is(cue - 1, "these") || doc.Is(cue - 1, "those")
            || doc.IsIn(cue - 1, SourceLexicons.PossessivePronouns) || SourceLexicons.IsPossessiveClitic(doc, cue - 1));
}
