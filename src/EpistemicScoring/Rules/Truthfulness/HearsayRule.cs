using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>EPS104: hearsay markers in the writer's own voice ("reportedly", "allegedly", "according to reports").</summary>
internal sealed class HearsayRule : IRule
{
    private const string WordFile = "rules-hearsay-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private static readonly FrozenSet<string> ChargeVerbs = EmbeddedData.Class(Words, WordFile, "charge-verbs");

    private static readonly FrozenSet<string> ChargeContext = EmbeddedData.Class(Words, WordFile, "charge-context");

    public RuleDescriptor Descriptor { get; } = new(
        RuleIds.Hearsay,
        "Hearsay",
        Law.Truthfulness,
        defaultWeight: -0.4,
        "\"Reportedly\", \"allegedly\", \"rumored\" and \"according to reports\" pass on a claim second-hand without saying who made it, so the reader cannot go to the first-hand account. They are counted per 300 words of the writer's prose; inside quotations they are the speaker's. \"Allegedly\" before a charge (\"allegedly stole\") or beside the police, a court or an indictment is legal caution about an accusation, and \"reportedly\" in a sentence that names the outlet or body reporting it says who made the claim: neither is hearsay.")
    {
        PerWriterWords = true,
        Examples = ["The governor [|reportedly|] met the contractor twice before the tender closed."],
        CounterExamples =
        [
            "The governor met the contractor twice before the tender closed, according to the ethics office.",
            "The clerk allegedly stole $40,000 from the harbour fund over three years.",
            "Prosecutors say the two men allegedly ran the scheme from a rented office.",
            "The governor reportedly met the contractor twice, the Harbour Gazette said on Friday.",
        ],
    };

    public void Analyze(in RuleContext context)
    {
        foreach (HedgeCue cue in context.Analysis.Hedges)
        {
            if (cue.Kind == HedgeKind.AttributionHedge && !cue.InQuote && !IsNotHearsay(context.Analysis, cue))
            {
                context.Report(cue.Span, $"\"{cue.Text}\" passes the claim on second-hand");
            }
        }
    }

    /// <summary>"allegedly" stating a charge with legal caution, or "reportedly" beside the named body that reports it.</summary>
    private static bool IsNotHearsay(Analysis.DocumentAnalysis analysis, HedgeCue cue)
    {
        TextDocument doc = analysis.Document;
        int token = doc.TokenAtOrAfter(cue.Start);
        int sentence = analysis.SentenceIndexAt(cue.Start);
        if (sentence < 0 || token >= doc.TokenCount)
        {
            return false;
        }

        Sentence s = doc.Sentences[sentence];
        if (cue.Text.Equals("allegedly", StringComparison.OrdinalIgnoreCase))
        {
            if (token + 1 < s.EndToken && doc.IsIn(token + 1, ChargeVerbs))
            {
                return true;
            }

            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (doc.IsIn(i, ChargeContext))
                {
                    return true;
                }
            }

            return false;
        }

        if (cue.Text.Equals("reportedly", StringComparison.OrdinalIgnoreCase))
        {
            foreach (SourceMention source in analysis.Attributions)
            {
                if (source.Named && source.Kind is SourceKind.NamedOrganization or SourceKind.NamedDocument && analysis.SentenceIndexAt(source.Start) == sentence)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
