using System.Collections.Frozen;
using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Text;

namespace EpistemicScoring.Profiles;

/// <summary>
/// What each profile changes, and how a profile is detected. A profile scales the weights of a few rules; it
/// never switches a rule off, and the multipliers stay between 0.5 and 1.5 so that no kind of text escapes a law.
/// </summary>
internal static class ProfileDetector
{
    private const string WordFile = "profile-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private static readonly FrozenDictionary<TextProfile, FrozenDictionary<string, double>> Multipliers =
        new Dictionary<TextProfile, FrozenDictionary<string, double>>
        {
            // The reference profile: every weight as the rule declares it.
            [TextProfile.NewsReport] = FrozenDictionary<string, double>.Empty,

            // An analysis argues from figures: traced conclusions weigh a little more.
            [TextProfile.Analysis] = new Dictionary<string, double>
            {
                [RuleIds.ConclusionSupport] = 1.2,
            }.ToFrozenDictionary(),

            // An opinion column is the writer's own argument: the absence of sources is expected to a degree, and
            // judgements in the writer's own voice are the genre, not a lapse; but overclaiming and untraced
            // conclusions are what readers most need to see.
            [TextProfile.Opinion] = new Dictionary<string, double>
            {
                [RuleIds.NoSources] = 0.75,
                [RuleIds.UnsupportedAssertions] = 0.5,
                [RuleIds.UnsupportedBoosters] = 1.2,
            }.ToFrozenDictionary(),

            // A wire brief is short by design: a single view is not a failing, but its sourcing still matters.
            [TextProfile.WireBrief] = new Dictionary<string, double>
            {
                [RuleIds.OtherSides] = 0.5,
            }.ToFrozenDictionary(),
        }.ToFrozenDictionary();

    /// <summary>Words at or under which a sourced text counts as a wire brief.</summary>
    private const int WireBriefWords = 220;

    /// <summary>First-person pronouns in the writer's voice per 100 words at or above which a text reads as opinion.</summary>
    private const double OpinionFirstPersonRate = 0.8;

    /// <summary>Share of attributed sentences at or above which a text reads as a news report.</summary>
    private const double NewsAttributedShare = 0.2;

    private static readonly FrozenSet<string> FirstPerson = EmbeddedData.Class(Words, WordFile, "first-person");

    private static readonly FrozenSet<string> OpinionLabels = EmbeddedData.Class(Words, WordFile, "opinion-labels");

    private static readonly FrozenSet<string> AnalysisLabels = EmbeddedData.Class(Words, WordFile, "analysis-labels");

    /// <summary>A section label is read in the first this many sentences (headline, kicker, byline, dateline).</summary>
    private const int LabelSentences = 4;

    /// <summary>A section label is a heading of at most this many words.</summary>
    private const int LabelWords = 5;

    /// <summary>
    /// A quotation of fewer words than this that no attribution claims is the writer's scare quote ("a simple
    /// “review”"), not a speaker quoted: it does not make a text a news report.
    /// </summary>
    private const int ScareQuoteWords = 4;

    public static double Multiplier(TextProfile profile, string ruleId) =>
        Multipliers.TryGetValue(profile, out FrozenDictionary<string, double>? table) && table.TryGetValue(ruleId, out double m) ? m : 1.0;

    /// <summary>
    /// Detects the profile from the analysis: a section label near the top ("Opinion", "Analysis"), length, the
    /// writer's first person, attribution density, quotations of speakers, and the share of the writer's own
    /// judgements, conclusions and forecasts.
    /// </summary>
    public static TextProfile Detect(DocumentAnalysis analysis)
    {
        TextDocument doc = analysis.Document;
        if (SectionLabel(doc) is { } labelled)
        {
            return labelled;
        }

        int evaluative = 0;
        foreach (SentenceInfo s in analysis.Sentences)
        {
            if (s.ClaimType is ClaimType.Evaluation or ClaimType.Inference or ClaimType.Prediction or ClaimType.Question)
            {
                evaluative++;
            }
        }

        // Sentences attributed to a third party: the writer's own "we" and unresolved pronouns do not make a report.
        int attributed = 0;
        int lastSentence = -1;
        foreach (SourceMention source in analysis.Attributions)
        {
            if (source.Kind == SourceKind.Pronoun && source.Antecedent is null)
            {
                continue;
            }

            int sentence = analysis.SentenceIndexAt(source.Start);
            if (sentence != lastSentence)
            {
                attributed++;
                lastSentence = sentence;
            }
        }

        int sentences = Math.Max(1, analysis.Sentences.Count);
        if (doc.WordCount <= WireBriefWords && attributed > 0)
        {
            return TextProfile.WireBrief;
        }

        int firstPerson = 0;
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if (doc[i].Kind == TokenKind.Word && !doc.IsInQuote(i) && doc.IsIn(i, FirstPerson))
            {
                firstPerson++;
            }
        }

        double firstPersonRate = 100.0 * firstPerson / Math.Max(1, doc.WordCount);
        double attributedShare = (double)attributed / sentences;
        if (firstPersonRate >= OpinionFirstPersonRate && attributedShare < NewsAttributedShare)
        {
            return TextProfile.Opinion;
        }

        if (attributedShare >= NewsAttributedShare || SpeakerQuotations(analysis) >= 2)
        {
            return TextProfile.NewsReport;
        }

        return (double)evaluative / sentences >= 0.5 ? TextProfile.Opinion : TextProfile.Analysis;
    }

    /// <summary>
    /// The profile a section label names: a heading line of a few words among the first sentences ("Opinion", "BBIU
    /// Opinion", "News analysis") whose last word is a label; null when there is none. A label inside prose ("an
    /// opinion poll") is not a heading and does not count.
    /// </summary>
    private static TextProfile? SectionLabel(TextDocument doc)
    {
        for (int k = 0; k < doc.Sentences.Length && k < LabelSentences; k++)
        {
            Sentence s = doc.Sentences[k];
            int words = 0;
            int last = -1;
            for (int i = s.FirstToken; i < s.EndToken; i++)
            {
                if (doc[i].Kind == TokenKind.Word)
                {
                    words++;
                    last = i;
                }
            }

            bool heading = words is > 0 and <= LabelWords && doc[s.EndToken - 1].Kind != TokenKind.Punctuation
                && (s.EndToken >= doc.TokenCount || doc.NewlinesBefore(s.EndToken) > 0);
            if (heading && last >= 0 && (doc[s.FirstToken].IsCapitalized || doc[s.FirstToken].IsAllCaps))
            {
                if (doc.IsIn(last, OpinionLabels))
                {
                    return TextProfile.Opinion;
                }

                if (doc.IsIn(last, AnalysisLabels))
                {
                    return TextProfile.Analysis;
                }
            }
        }

        return null;
    }

    /// <summary>Quotations of speakers: those an attribution claims, and any of four words or more (a scare quote is shorter).</summary>
    private static int SpeakerQuotations(DocumentAnalysis analysis)
    {
        TextDocument doc = analysis.Document;
        int count = 0;
        foreach (Quotation q in doc.Quotations)
        {
            int words = 0;
            for (int i = q.FirstToken; i < q.EndToken; i++)
            {
                words += doc[i].Kind is TokenKind.Word or TokenKind.Number ? 1 : 0;
            }

            bool claimed = false;
            foreach (SourceMention m in analysis.Sources)
            {
                if (m.Content is { } c && c.Start < q.Span.End && q.Span.Start < c.Start + c.Length)
                {
                    claimed = true;
                    break;
                }
            }

            count += words >= ScareQuoteWords || claimed ? 1 : 0;
        }

        return count;
    }
}
