using System.Collections.Frozen;
using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Claims;

/// <summary>One conclusion or prediction and what it rests on.</summary>
/// <param name="Sentence">The conclusion's sentence index.</param>
/// <param name="Supports">Indices of the sentences offered as its support (attributed or figure-backed, nearby in the same paragraph).</param>
/// <param name="Connective">A support connective of the writer's in the sentence itself ("because", "given that", "as shown by"), or null.</param>
/// <param name="Grounded">True when the sentence itself carries a figure or an attribution after its connective.</param>
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
    /// Below this share of shared content words a conclusion says something its neighbours do not: it leaps. One
    /// shared content word in a typical ten-word conclusion (0.1) is the least that counts as "about the same thing".
    /// </summary>
    public const double MinOverlap = 0.1;

    /// <summary>True when nothing stated supports the conclusion: no grounded connective and no support sentence.</summary>
    public bool Unsupported => !Grounded && Supports.Count == 0;

    /// <summary>
    /// True when the conclusion has support nearby but goes past it: it shares almost no content words with its support,
    /// or claims certainty (boosters) or universality (sweeping words) that specific, sourced facts cannot give. A
    /// prediction leaps only by its boosters: forecasts in news are mostly schedules and plans, and sharing few words
    /// with the sentences before them says little.
    /// </summary>
    public bool Leaps => !Grounded && Supports.Count > 0 && (Boosters.Count > 0 || (!Prediction && (Overlap < MinOverlap || Sweeping)));
}

/// <summary>
/// Links each conclusion or prediction of the writer's to its stated support (Law 5): a connective in the same
/// sentence, or attributed and figure-backed sentences within four before and one after it in the same paragraph.
/// Computed once per document and shared by the Law 5 rules and the rationale.
/// </summary>
internal static class InferenceLinks
{
    private const string WordFile = "claims-link-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private const int Before = 4;
    private const int After = 1;

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

        var figureTokens = new List<int>();
        foreach (NumberMention m in analysis.Numbers)
        {
            if (m.Kind != NumberKind.Other)
            {
                figureTokens.Add(doc.TokenAtOrAfter(m.Start));
            }
        }

        var sourceTokens = new List<int>();
        foreach (SourceMention m in analysis.Attributions)
        {
            sourceTokens.Add(doc.TokenAtOrAfter(m.Start));
        }

        var links = new List<InferenceLink>();
        ReadOnlySpan<Sentence> all = doc.Sentences;
        for (int k = 0; k < sentences.Count; k++)
        {
            if (sentences[k].ClaimType is not (ClaimType.Inference or ClaimType.Prediction))
            {
                continue;
            }

            // A conclusion is grounded by a connective followed by a figure, source or name; a prediction also by a
            // figure or date anywhere in it ("will review the contract in June" is a schedule, not a guess).
            bool grounded = (connective[k] is not null && (HasAfter(figureTokens, all[k], connectiveToken[k]) || HasAfter(sourceTokens, all[k], connectiveToken[k])
                || NamedAfter(doc, all[k], connectiveToken[k])))
                || (sentences[k].ClaimType == ClaimType.Prediction && !hedged[k] && (timed[k] || HasAfter(figureTokens, all[k], all[k].FirstToken)));
            var supports = new List<int>();
            for (int j = Math.Max(0, k - Before); j <= Math.Min(sentences.Count - 1, k + After); j++)
            {
                if (j != k && all[j].Paragraph == all[k].Paragraph && IsSupport(sentences[j]))
                {
                    supports.Add(j);
                }
            }

            bool weaselOnly = supports.Count > 0 && supports.TrueForAll(j => weasel[j]);
            double overlap = supports.Count == 0 ? 0 : Overlap(doc, all[k], supports);
            links.Add(new InferenceLink(k, supports, connective[k], grounded, overlap, hedged[k], boosters[k] ?? [], sweeping[k] && !scoped[k], weaselOnly, sentences[k].ClaimType == ClaimType.Prediction));
        }

        return [.. links];
    }

    private static bool IsSupport(SentenceInfo s) => s.ClaimType is ClaimType.Attributed or ClaimType.Factual;

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

    private static bool NamedAfter(TextDocument doc, in Sentence s, int from)
    {
        for (int i = Math.Max(from, s.FirstToken + 1); i < s.EndToken; i++)
        {
            if (doc[i].Kind == TokenKind.Word && doc[i].IsCapitalized && !doc.Is(i, "I"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Share of the conclusion's content words (four letters or more, not function words) found in its supports, by five-letter stem.</summary>
    private static double Overlap(TextDocument doc, in Sentence conclusion, List<int> supports)
    {
        var stems = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        ReadOnlySpan<Sentence> all = doc.Sentences;
        foreach (int j in supports)
        {
            for (int i = all[j].FirstToken; i < all[j].EndToken; i++)
            {
                if (IsContent(doc, i))
                {
                    stems.Add(Stem(doc, i));
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
                shared += stems.Contains(Stem(doc, i)) ? 1 : 0;
            }
        }

        return total == 0 ? 0 : (double)shared / total;
    }

    private static bool IsContent(TextDocument doc, int i) =>
        (doc[i].Kind == TokenKind.Word && doc[i].Length >= 4 && !doc.IsIn(i, StopWords)) || doc[i].Kind == TokenKind.Number;

    private static string Stem(TextDocument doc, int i)
    {
        ReadOnlySpan<char> w = doc.TokenText(i);
        return (w.Length > 5 ? w[..5] : w).ToString();
    }
}
