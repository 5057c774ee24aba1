using System.Collections.Frozen;
using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Claims;

/// <summary>One conclusion or prediction and what it rests on.</summary>
/// <param name="Sentence">The conclusion's sentence index.</param>
/// <param name="Supports">Indices of the sentences in reach offered as its support (four before or one after, same paragraph): with a reporting source or a figure, or attributed or factual statements.</param>
/// <param name="Connective">A support connective of the writer's in the sentence itself ("because", "given that", "as shown by"), or null.</param>
/// <param name="Grounded">True when the sentence itself gives its grounds: a connective followed by a figure, a reporting source or a stated reason (a prediction: a figure anywhere in it).</param>
/// <param name="Overlap">Share of the conclusion's content words that its supports also use (0 to 1).</param>
/// <param name="Hedged">True when the writer hedges the conclusion (a hedge outside quotations).</param>
/// <param name="Boosters">The writer's boosters in the conclusion.</param>
/// <param name="Sweeping">True when the conclusion generalises sweepingly ("all", "always", "nobody") without a scope qualifier.</param>
/// <param name="WeaselOnly">True when its only support is attributed to a vague group ("critics say").</param>
/// <param name="Prediction">True for a prediction, false for a conclusion.</param>
internal sealed record InferenceLink(
    int Sentence,
    IReadOnlyList<int> Supports,
    TextSpan? Connective,
    bool Grounded,
    double Overlap,
    bool Hedged,
    IReadOnlyList<HedgeCue> Boosters,
    bool Sweeping,
    bool WeaselOnly,
    bool Prediction)
{
    /// <summary>
    /// True for a prediction with nothing in reach but a date of its own ("the vote will be held on March 3"): a
    /// schedule, neither credited as traced nor faulted as a guess.
    /// </summary>
    public bool Scheduled { get; init; }

    /// <summary>
    /// Below this share of shared content words a conclusion says something its neighbours do not: it leaps. One
    /// shared content word in a typical ten-word conclusion (0.1) is the least that counts as "about the same thing".
    /// </summary>
    public const double MinOverlap = 0.1;

    /// <summary>True when nothing stated supports the conclusion: no grounded connective and no support sentence.</summary>
    public bool Unsupported => !Grounded && Supports.Count == 0 && !Scheduled;

    /// <summary>
    /// True when the conclusion has support nearby but goes past it: it shares almost no content words with its support,
    /// or claims certainty (boosters) or universality (sweeping words) that specific, sourced facts cannot give. A
    /// prediction leaps only by its boosters: forecasts in news are mostly schedules and plans, and sharing few words
    /// with the sentences before them says little.
    /// </summary>
    public bool Leaps => !Grounded && Supports.Count > 0 && (Boosters.Count > 0 || (!Prediction && (Overlap < MinOverlap || Sweeping)));
}

/// <summary>
/// Links each conclusion or prediction of the writer's to its stated support (Law 5): grounds given in the sentence
/// itself (a connective followed by a figure, a reporting source or a stated reason; for a prediction, a figure), or
/// statements in reach, four sentences before or one after in the same paragraph (a source reporting what it said or
/// wrote, a figure, or an attributed or factual statement). A name or a date in the conclusion itself is not support:
/// "after the vote, the party will win" is not a schedule; and a source's belief or knowledge as the writer reports it
/// ("Trump knows this") is the writer's assertion, not a source. Computed once per document and shared by the Law 5
/// rules and the rationale.
/// </summary>
internal static class InferenceLinks
{
    private const string WordFile = "claims-link-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private const int Before = 4;
    private const int After = 1;

    /// <summary>A support connective followed by at least this many tokens of its sentence states a reason ("because the plant closed").</summary>
    private const int MinReasonTokens = 3;

    /// <summary>
    /// Boosters weighing less than this (the absolutes "always", "never", "everyone" at 0.3 and "in fact", "indeed" at
    /// 0.4) do not make a conclusion overclaim: in news they are mostly narrative ("I will never forget"), and Law 4
    /// already counts absolutes as sweeping generalisations (EPS406).
    /// </summary>
    internal const double StrongBooster = 0.5;

    private static readonly FrozenSet<string> StopWords = EmbeddedData.Class(Words, WordFile, "stop-words");

    /// <summary>The links of <paramref name="analysis"/>, in sentence order (the link stage computes them once per document).</summary>
    public static InferenceLink[] Build(DocumentAnalysis analysis)
    {
        TextDocument doc = analysis.Document;
        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
        DiscourseCue[] cues = analysis.Cues;
        var weasel = new bool[sentences.Count];
        var hedged = new bool[sentences.Count];
        var boosters = new List<HedgeCue>[sentences.Count];
        foreach (HedgeCue h in analysis.Hedges)
        {
            int s = analysis.SentenceIndexAt(h.Start);
            if (s < 0 || h.InQuote)
            {
                continue;
            }

            if (h.Kind == HedgeKind.Weasel)
            {
                weasel[s] = true;
            }
            else if (h.Kind == HedgeKind.Booster && h.Weight >= StrongBooster)
            {
                (boosters[s] ??= []).Add(h);
            }
            else if (h.Kind is HedgeKind.Hedge or HedgeKind.Doxastic or HedgeKind.Condition or HedgeKind.AttributionHedge)
            {
                hedged[s] = true;
            }
        }

        var connective = new TextSpan?[sentences.Count];
        var connectiveToken = new int[sentences.Count];
        var sweeping = new bool[sentences.Count];
        var scoped = new bool[sentences.Count];
        var timed = new bool[sentences.Count];
        foreach (DiscourseCue c in cues)
        {
            if (c.InQuote)
            {
                continue;
            }

            if (c.Role == CueRole.Support && connective[c.Sentence] is null)
            {
                connective[c.Sentence] = c.Span;
                connectiveToken[c.Sentence] = c.FirstToken + c.TokenCount;
            }
            else if (c.Role == CueRole.Sweeping && c.Weight >= 0.8)
            {
                sweeping[c.Sentence] = true;
            }
            else if (c.Role == CueRole.Scope)
            {
                scoped[c.Sentence] = true;
            }
            else if (c.Role == CueRole.Time && c.Weight >= 1)
            {
                timed[c.Sentence] = true;
            }
        }

        // Support is evidence a reader could follow: a figure (an amount, share, count or measure; a date or a name alone
        // is not evidence for a conclusion) or a source reporting what it said or wrote (a claim about what someone
        // believes, knows or wants, "Trump knows this", is the writer's own assertion about a mind, not a source).
        var figureTokens = new List<int>();
        var figureSentence = new bool[sentences.Count];
        foreach (NumberMention m in analysis.Numbers)
        {
            if (IsEvidenceFigure(m))
            {
                int t = doc.TokenAtOrAfter(m.Start);
                figureTokens.Add(t);
                if (t < doc.TokenCount)
                {
                    figureSentence[doc.SentenceOf(t)] = true;
                }
            }
        }

        var datedSentence = new bool[sentences.Count];
        foreach (NumberMention m in analysis.Numbers)
        {
            if (m.Kind is NumberKind.Date or NumberKind.Year or NumberKind.Time)
            {
                int t = doc.TokenAtOrAfter(m.Start);
                if (t < doc.TokenCount)
                {
                    datedSentence[doc.SentenceOf(t)] = true;
                }
            }
        }

        var sourceTokens = new List<int>();
        var sourcedSentence = new bool[sentences.Count];
        Lexicon attributionCues = analysis.Lexicons["attribution-cues"];
        foreach (SourceMention m in analysis.Attributions)
        {
            if (!Reports(doc, attributionCues, m))
            {
                continue;
            }

            int t = doc.TokenAtOrAfter(m.Start);
            sourceTokens.Add(t);
            if (t < doc.TokenCount)
            {
                sourcedSentence[doc.SentenceOf(t)] = true;
            }
        }

        var links = new List<InferenceLink>();
        ReadOnlySpan<Sentence> all = doc.Sentences;
        for (int k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].ClaimType is not (ClaimType.Inference or ClaimType.Prediction))
            {
                continue;
            }

            // Grounded in the sentence itself: a support connective followed by a figure, a reporting source or a stated
            // reason ("because the plant closed in May"); a prediction also by a figure ("will cost $4 million"). A name
            // or a date is not support: "after the vote, the party will win" is not a schedule.
            bool grounded = (connective[k] is not null && (HasAfter(figureTokens, all[k], connectiveToken[k]) || HasAfter(sourceTokens, all[k], connectiveToken[k])
                    || all[k].EndToken - connectiveToken[k] >= MinReasonTokens))
                || (sentences[k].ClaimType == ClaimType.Prediction && !hedged[k] && HasAfter(figureTokens, all[k], all[k].FirstToken));

            // In reach: a sentence with a reporting source or a figure, or a statement of the writer's a reader can check
            // (an attributed or factual sentence), four before or one after in the same paragraph.
            var supports = new List<int>();
            for (int j = Math.Max(0, k - Before); j <= Math.Min(sentences.Count - 1, k + After); j++)
            {
                if (j != k && all[j].Paragraph == all[k].Paragraph && (sourcedSentence[j] || figureSentence[j] || IsStatement(sentences[j])))
                {
                    supports.Add(j);
                }
            }

            // A prediction with nothing in reach but its own date ("the vote will be held on March 3") states a schedule:
            // neither traced nor a guess.
            bool scheduled = !grounded && supports.Count == 0 && sentences[k].ClaimType == ClaimType.Prediction && !hedged[k] && (timed[k] || datedSentence[k]);
            bool weaselOnly = supports.Count > 0 && supports.TrueForAll(j => weasel[j]);
            double overlap = supports.Count == 0 ? 0 : Overlap(doc, all[k], supports);
            links.Add(new InferenceLink(k, supports, connective[k], grounded, overlap, hedged[k], boosters[k] ?? [], sweeping[k] && !scoped[k], weaselOnly, sentences[k].ClaimType == ClaimType.Prediction) { Scheduled = scheduled });
        }

        return [.. links];
    }

    /// <summary>An attributed or factual sentence: a statement a reader can check.</summary>
    private static bool IsStatement(SentenceInfo s) => s.ClaimType is ClaimType.Attributed or ClaimType.Factual;

    /// <summary>
    /// A figure that can support a conclusion: an amount, share, count, measure or multiple; not a date, year, time,
    /// ordinal or identifier, and not the word "one" as a pronoun or determiner ("one that will embolden him").
    /// </summary>
    internal static bool IsEvidenceFigure(NumberMention m) =>
        m.Kind is not (NumberKind.Other or NumberKind.Date or NumberKind.Year or NumberKind.Time or NumberKind.Ordinal)
        && !(m.Kind == NumberKind.Count && m.Value <= 1 && !m.Text.AsSpan().ContainsAnyInRange('0', '9'));

    /// <summary>
    /// True when the attribution reports what a source said or wrote (or decreed, or refused to say): a source the reader
    /// could check. One whose cue reports a belief, perception or intention ("knows", "believes", "wants") is the
    /// writer's claim about someone's mind, and a pronoun that resolves to nothing names no one.
    /// </summary>
    internal static bool Reports(TextDocument doc, Lexicon cues, SourceMention m)
    {
        if (m.Kind == SourceKind.Pronoun && m.Antecedent is null)
        {
            return false;
        }

        if (m.Cue is not { } cue)
        {
            return true;
        }

        int t = doc.TokenAtOrAfter(cue.Start);
        return t >= doc.TokenCount || !cues.TryMatch(doc, t, doc.Sentences[doc.SentenceOf(t)].EndToken, out _, out LexiconEntry? entry)
            || entry.Tag is not ("belief" or "perception" or "intention");
    }

    private static bool HasAfter(List<int> tokens, in Sentence s, int from)
    {
        foreach (int t in tokens)
        {
            if (t >= from && t < s.EndToken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Share of the conclusion's content words (four letters or more, not function words) found in its supports, by five-letter stem.</summary>
    private static double Overlap(TextDocument doc, in Sentence conclusion, List<int> supports)
    {
        // Looked up by the stem's characters: a string is made only for a stem the set does not hold yet.
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> stems = set.GetAlternateLookup<ReadOnlySpan<char>>();
        ReadOnlySpan<Sentence> all = doc.Sentences;
        foreach (int j in supports)
        {
            for (int i = all[j].FirstToken; i < all[j].EndToken; i++)
            {
                if (IsContent(doc, i))
                {
                    stems.Add(StemOf(doc, i));
                }
            }
        }

        int total = 0;
        int shared = 0;
        for (int i = conclusion.FirstToken; i < conclusion.EndToken; i++)
        {
            if (IsContent(doc, i))
            {
                total++;
                shared += stems.Contains(StemOf(doc, i)) ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)shared / total;
    }

    internal static bool IsContent(TextDocument doc, int i) =>
        (doc[i].Kind == TokenKind.Word && doc[i].Length >= 4 && !doc.IsIn(i, StopWords)) || doc[i].Kind == TokenKind.Number;

    internal static string Stem(TextDocument doc, int i) => StemOf(doc, i).ToString();

    /// <summary>The characters of <see cref="Stem"/>, without making a string.</summary>
    private static ReadOnlySpan<char> StemOf(TextDocument doc, int i)
    {
        ReadOnlySpan<char> w = doc.TokenText(i);
        return w.Length > 5 ? w[..5] : w;
    }
}
