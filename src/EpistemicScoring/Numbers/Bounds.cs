using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// Approximators before a figure ("more than", "about", "up to") and tails after it ("or so", "-plus", "+") that set its bound.
/// </summary>
internal static class Bounds
{
    public static void SetBound(TextDocument doc, NumberItem item)
    {
        int f = item.First;
        if (doc.Is(f, "a") && f == item.NumeralFirst)
        {
            // "nearly a third": look before the article.
        }

        foreach ((string[] words, NumberBound bound) in NumberLexicon.Approximators)
        {
            int s = f - words.Length;
            if (s < 0)
            {
                continue;
            }

            bool match = true;
            for (int w = 0; w < words.Length && match; w++)
            {
                match = doc.Is(s + w, words[w]);
            }

            if (match)
            {
                if (words.Length == 1 && words[0] is "some" or "over" or "under" or "above" or "below" && item.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Ordinal)
                {
                    break;
                }

                if (words.Length == 1 && words[0] == "+")
                {
                    break;
                }

                // "add up to $48 million" states a total, not a bound.
                if (words[0] == "up" && (doc.Is(s - 1, "add") || doc.Is(s - 1, "adds") || doc.Is(s - 1, "added") || doc.Is(s - 1, "adding")))
                {
                    break;
                }

                item.Bound = bound;
                break;
            }
        }

        int k = item.Last + 1;
        if (doc.Is(k, "?") && Attached(doc, k))
        {
            item.Approx = true;
        }
        else if ((doc.Is(k, "or") && (doc.Is(k + 1, "so") || doc.Is(k + 1, "more"))) || (doc.Is(k, "-") && doc.Is(k + 1, "plus")) || doc.Is(k, "plus") && !(k + 1 < doc.TokenCount && TryCardinalWord(doc.TokenText(k + 1), out _)) && doc[Math.Min(k + 1, doc.TokenCount - 1)].Kind != TokenKind.Number
            || doc.Is(k, "-odd") || doc.Is(k, "odd") && Attached(doc, k))
        {
            item.Bound = item.Bound == NumberBound.None && (doc.Is(k + 1, "more") || doc.Is(k + 1, "plus") || doc.Is(k, "plus")) ? NumberBound.Lower : item.Bound == NumberBound.None ? NumberBound.About : item.Bound;
        }
        else if (doc.Is(k, "+") && Attached(doc, k))
        {
            item.Bound = NumberBound.Lower;
        }
    }

    public static NumberItem Bounded(TextDocument doc, NumberItem item)
    {
        SetBound(doc, item);
        return item;
    }

}
