using EpistemicScoring.Hedges;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Hedges;

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

    public static List<HedgeCue> Detect(TextDocument doc, PhraseTrie cues, IReadOnlyList<SourceMention> sources, bool[] uncertain)
    {
        var result = new List<HedgeCue>();
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
            if (source.Kind != SourceKind.VagueGroup || source.Length == 0 || source.Cue is not { } cue || Overlaps(cues, source.Span, cue.Span))
            {
                continue;
            }

            int token = doc.TokenAtOrAfter(source.Start);
            int cueToken = doc.TokenAtOrAfter(cue.Start);
            int cueLast = doc.TokenAtOrAfter(cue.Start + cue.Length) - 1;
            if (token >= doc.TokenCount || cueLast < 0 || cueLast >= doc.TokenCount || !IsVagueAttribution(doc, token, doc.TokenAtOrAfter(source.Start + source.Length), cueToken, cueLast))
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

    /// <summary>
    /// A vague-group source counts as a weasel only when it is the subject of a verb of saying or believing right after
    /// it ("Observers contend", "Some scientists have long maintained") or follows "according to": the source pass also
    /// reports vague groups in looser roles, and the sentence's uncertainty should not depend on them.
    /// </summary>
    private static bool IsVagueAttribution(TextDocument doc, int sourceFirst, int sourceEnd, int cueFirst, int cueLast)
    {
        if (doc.Is(cueFirst, "according") && cueFirst < sourceFirst)
        {
            return true;
        }

        return cueFirst >= sourceEnd && cueFirst - sourceEnd <= 3 && doc[cueLast].IsLower && doc.IsIn(cueLast, CueSenses.SpeechVerbs);
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
