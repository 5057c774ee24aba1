using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// The counted noun or "of" phrase a figure belongs to.
/// </summary>
internal static class Subjects
{
    /// <summary>The counted noun or the "of" phrase the figure belongs to.</summary>
    public static void Subject(TextDocument doc, NumberItem item, int k)
    {
        int n = doc.TokenCount;
        var words = new List<string>(3);
        int j = k;
        int limit = Math.Min(n, k + 3);
        while (j < limit && doc[j].Kind == TokenKind.Word && !doc[j].IsCapitalized && !doc.IsIn(j, NumberLexicon.NotCountedNouns)
            && !doc[j].IsAllCaps)
        {
            ReadOnlySpan<char> w = doc.TokenText(j);
            if (w.EndsWith("ly") || NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || NumberLexicon.Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w))
            {
                break;
            }

            if (w.EndsWith("ed") && words.Count == 0 && !(j + 1 < limit && doc[j + 1].Kind == TokenKind.Word && !doc.IsIn(j + 1, NumberLexicon.NotCountedNouns) && !doc[j + 1].IsCapitalized))
            {
                break;
            }

            words.Add(Strings.Lower(w));
            j++;
        }

        if (words.Count == 0 && doc.Is(k, "of") && (item.Kind is NumberKind.Percent or NumberKind.Fraction or NumberKind.Count))
        {
            // "56 percent of Americans", "a third of the members".
            int m = k + 1;
            while (m < n && (doc.Is(m, "the") || doc.Is(m, "all") || doc.Is(m, "those") || doc.Is(m, "these") || doc.Is(m, "its") || doc.Is(m, "their") || doc.Is(m, "likely") || doc.Is(m, "registered")))
            {
                m++;
            }

            if (m < n && doc[m].Kind == TokenKind.Word && !doc.IsIn(m, NumberLexicon.NotCountedNouns))
            {
                words.Add(Strings.Lower(doc.TokenText(m)));
                if (m + 1 < n && doc[m + 1].Kind == TokenKind.Word && !doc.IsIn(m + 1, NumberLexicon.NotCountedNouns) && !doc[m + 1].IsCapitalized && !doc.TokenText(m + 1).EndsWith("ed"))
                {
                    words.Add(Strings.Lower(doc.TokenText(m + 1)));
                }
            }
        }

        if (words.Count == 0)
        {
            return;
        }

        item.Subject = string.Join(' ', words);
        if (item.Kind == NumberKind.Count && item.Bare && k == item.NumeralLast + 1 && words.Count == 1 && doc.Is(k, words[0]) && !doc.TokenText(k).EndsWith("ed"))
        {
            item.Last = k;
        }
    }

}
