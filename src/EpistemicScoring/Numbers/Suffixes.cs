using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// What follows a numeral: decades, percent and points, degrees, a currency or unit word, a hyphenated unit, "N in M" and "N/M" fractions.
/// </summary>
internal static class Suffixes
{
    public static void Suffix(TextDocument doc, NumberItem item, Numeral num)
    {
        int k = item.Last + 1;
        int n = doc.TokenCount;

        // "80s", "1950s": decades.
        if (!num.IsWord && k < n && doc.Is(k, "s") && Attached(doc, k) && item.Value % 10 == 0 && num.Scale == 1
            && (item.Value is >= 1000 and <= 2090 || doc.OriginalText(num.First).Length == 2))
        {
            item.Value = item.Value < 100 ? (item.Value >= 30 ? 1900 : 2000) + item.Value : item.Value;
            item.Kind = NumberKind.Year;
            item.Unit = "decade";
            item.Last = k;
            item.Bare = false;
            return;
        }

        // Percent, percentage points, basis points.
        if (k < n && (doc.Is(k, "%") || doc.Is(k, "percent") || doc.Is(k, "pct") || doc.Is(k, "per-cent") || (doc.Is(k, "per") && doc.Is(k + 1, "cent"))))
        {
            item.Kind = NumberKind.Percent;
            item.Unit = "%";
            item.Last = doc.Is(k, "per") ? k + 1 : k;
            item.Bare = false;
            if (doc.Is(item.Last + 1, "point") || doc.Is(item.Last + 1, "points"))
            {
                item.Kind = NumberKind.PercentagePoints;
                item.Unit = "pp";
                item.Last++;
            }

            Subject(doc, item, item.Last + 1);
            return;
        }

        if (k < n && (doc.Is(k, "percentage") || doc.Is(k, "percentage-point")) && (doc.Is(k + 1, "points") || doc.Is(k + 1, "point") || doc.Is(k, "percentage-point")))
        {
            item.Kind = NumberKind.PercentagePoints;
            item.Unit = "pp";
            item.Last = doc.Is(k, "percentage-point") ? k : k + 1;
            item.Bare = false;
            return;
        }

        if (k < n && (doc.Is(k, "pp") || doc.Is(k, "ppt") || doc.Is(k, "ppts")))
        {
            item.Kind = NumberKind.PercentagePoints;
            item.Unit = "pp";
            item.Last = k;
            item.Bare = false;
            return;
        }

        if (k < n && (doc.Is(k, "bps") || doc.Is(k, "bp") || (doc.Is(k, "basis") && (doc.Is(k + 1, "points") || doc.Is(k + 1, "point")))))
        {
            item.Kind = NumberKind.PercentagePoints;
            item.Unit = "bp";
            item.Last = doc.Is(k, "basis") ? k + 1 : k;
            item.Bare = false;
            return;
        }

        if (k < n && (doc.Is(k, "points") || doc.Is(k, "point") || doc.Is(k, "pts")) && !num.IsWord || (k < n && num.IsWord && (doc.Is(k, "points") || doc.Is(k, "point"))))
        {
            item.Last = k;
            item.Bare = false;
            if (SentenceHasPercent(doc, k))
            {
                item.Kind = NumberKind.PercentagePoints;
                item.Unit = "pp";
            }
            else
            {
                item.Kind = NumberKind.Measure;
                item.Unit = "point";
            }

            return;
        }

        // "1.5\u00B0C", "30 \u00B0F".
        if (k < n && doc.Is(k, "\u00B0"))
        {
            item.Kind = NumberKind.Measure;
            item.Unit = "degree";
            item.Last = k + 1 < n && Attached(doc, k + 1) && (doc.Is(k + 1, "C") || doc.Is(k + 1, "F")) ? k + 1 : k;
            item.Bare = false;
            return;
        }

        // Currency codes and words after the number: "200 USD", "3 trillion won", "50 cents", "3 dollars 50 cents".
        if (k < n && doc[k].Kind == TokenKind.Word && UnitWord(doc, item, num, k))
        {
            return;
        }

        // Hyphenated units after digits: "60-vote", "45-years", "600-lb", "46-year-old", "3-to-1", "10-fold".
        if (k + 1 < n && doc.Is(k, "-") && Attached(doc, k) && Attached(doc, k + 1) && doc[k + 1].Kind == TokenKind.Word)
        {
            ReadOnlySpan<char> rest = doc.TokenText(k + 1);
            if (HyphenUnit(rest, item))
            {
                item.Last = k + 1;
                item.Bare = false;
                return;
            }
        }

        // "N in M", "N out of M", "N of every M": fractions.
        if (TryFractionTail(doc, item, k))
        {
            return;
        }

        // "3:1" is not read; "N/M" reads as a split ("50/50") or a fraction.
        if (!num.IsWord && k + 1 < n && doc.Is(k, "/") && Attached(doc, k) && Attached(doc, k + 1) && doc[k + 1].Kind == TokenKind.Number
            && TryParse(doc.TokenText(k + 1), out double m))
        {
            item.Last = k + 1;
            item.Bare = false;
            if (item.Value + m == 100)
            {
                item.Kind = NumberKind.Fraction;
                item.Value /= 100;
            }
            else if (item.Value <= m && m > 0 && (m is 2 or 3 or 4 or 5 or 8 or 10 or 100 || doc.Is(k + 2, "of")))
            {
                item.Kind = NumberKind.Fraction;
                item.Value = Math.Round(item.Value / m, 4);
            }
            else
            {
                item.Kind = NumberKind.Other;
                item.Unit = "identifier";
            }
        }
    }

    public static bool TryFractionTail(TextDocument doc, NumberItem item, int k)
    {
        int m;
        if (doc.Is(k, "in") && !doc.Is(k + 1, "every"))
        {
            m = k + 1;
        }
        else if (doc.Is(k, "out") && doc.Is(k + 1, "of"))
        {
            m = k + 2;
        }
        else if ((doc.Is(k, "of") || doc.Is(k, "in")) && doc.Is(k + 1, "every"))
        {
            m = k + 2;
        }
        else
        {
            return false;
        }

        if (m >= doc.TokenCount || !TryNumeral(doc, m, out Numeral den) || den.Ordinal || den.Value <= 0 || den.Value < item.Value)
        {
            return false;
        }

        // "one in 2016" is a year, not a denominator.
        if (!den.IsWord && den.Scale == 1 && doc.TokenText(m).Length == 4 && doc.TokenText(m).IndexOf(',') < 0)
        {
            return false;
        }

        if (doc.Is(den.Last + 1, "%") || doc.Is(den.Last + 1, "percent"))
        {
            return false;
        }

        item.Kind = NumberKind.Fraction;
        item.Value = Math.Round(item.Value / den.Value, 4);
        item.Last = den.Last;
        item.Bare = false;
        Subject(doc, item, item.Last + 1);
        return true;
    }

    public static bool SentenceHasPercent(TextDocument doc, int token)
    {
        Sentence s = doc.Sentences[doc.SentenceOf(token)];
        for (int j = s.FirstToken; j < s.EndToken; j++)
        {
            if (doc.Is(j, "%") || doc.Is(j, "percent") || doc.Is(j, "poll") || doc.Is(j, "lead") || doc.Is(j, "leads") || doc.Is(j, "margin") || doc.Is(j, "polls"))
            {
                return true;
            }
        }

        return false;
    }

}
