using EpistemicScoring.Analysis.Hedges;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Finds uncertainty and certainty cues (<see cref="HedgeKind"/>) and decides which sentences are uncertain, in
/// one walk over the tokens with one frozen look-up per word (<see cref="CueLexicon"/>). Each match passes its
/// sense rule (<see cref="CueSenses"/>): "May" the month, "might" the noun, "could" of past ability, "would" of
/// the future in the past are dropped. A negation turns a booster into a hedge ("not clearly"). Vague-group
/// sources found by the source pass that are not already covered become weasel cues, so that "critics argue"
/// is one source for Law 2 and one cue for Laws 4 and 5.
/// </summary>
internal static class HedgeDetector
{
    /// <summary>
    /// A sentence is uncertain when the weights of its non-booster cues add up to this much: one ordinary cue
    /// (weight 1, or 0.6 for "could"/"would" in their uncertain sense) suffices; two weak ones (0.3–0.4, such
    /// as "tend to") are needed together.
    /// </summary>
    internal const double UncertainThreshold = 0.5;

    public static List<HedgeCue> Detect(TextDocument doc, LexiconSet lexicons, IReadOnlyList<SourceMention> sources, bool[] uncertain)
    {
        var result = new List<HedgeCue>();
        PhraseTrie cues = CueLexicon.For(lexicons);
        Span<double> mass = doc.Sentences.Length <= 256 ? stackalloc double[doc.Sentences.Length] : new double[doc.Sentences.Length];
        foreach (Sentence sentence in doc.Sentences)
        {
            for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                if (doc[i].Kind != TokenKind.Word || !cues.TryMatch(doc, i, sentence.EndToken, out int count, out LexiconEntry? entry))
                {
                    continue;
                }

                (HedgeKind kind, string? sense) = CueLexicon.Parse(entry.Tag);
                if (sense is not null && !CueSenses.Accept(sense, doc, sentence, i, ref count, ref kind))
                {
                    continue;
                }

                if (kind == HedgeKind.Booster && sense != "manner" && CueSenses.Negated(doc, sentence, i))
                {
                    // "not certainly", "isn't clear that": a negated booster leaves the matter open.
                    kind = HedgeKind.Hedge;
                }

                TextSpan span = doc.SpanOf(i, i + count - 1);
                result.Add(new HedgeCue(span.Start, span.Length, span.ToString(doc.Text), kind) { InQuote = doc.IsInQuote(i), Weight = entry.Weight });
                if (kind != HedgeKind.Booster)
                {
                    mass[sentence.Index] += entry.Weight;
                }

                i += count - 1;
            }
        }

        AddVagueSources(doc, sources, result, mass);
        for (int s = 0; s < mass.Length; s++)
        {
            uncertain[s] = mass[s] >= UncertainThreshold;
        }

        return result;
    }

    private static void AddVagueSources(TextDocument doc, IReadOnlyList<SourceMention> sources, List<HedgeCue> cues, Span<double> mass)
    {
        int inserted = 0;
        foreach (SourceMention source in sources)
        {
            if (source.Kind != SourceKind.VagueGroup || source.Length == 0 || Overlaps(cues, source.Span, source.Cue?.Span))
            {
                continue;
            }

            int token = doc.TokenAtOrAfter(source.Start);
            if (token >= doc.TokenCount)
            {
                continue;
            }

            int sentence = doc.SentenceOf(token);
            cues.Add(new HedgeCue(source.Start, source.Length, source.Text, HedgeKind.Weasel) { InQuote = doc.IsInQuote(token), Weight = 1 });
            mass[sentence] += 1;
            inserted++;
        }

        if (inserted > 0)
        {
            cues.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        }
    }

    private static bool Overlaps(List<HedgeCue> cues, TextSpan source, TextSpan? cue)
    {
        foreach (HedgeCue c in cues)
        {
            if ((c.Start < source.End && source.Start < c.Span.End) || (cue is { } k && c.Start < k.End && k.Start < c.Span.End))
            {
                return true;
            }
        }

        return false;
    }
}
