using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// A final pass over neighbouring figures joined by "to", "-", "or", "between … and": units and scales carried across a range.
/// </summary>
internal static class Ranges
{
    public static void CarryAcrossRanges(TextDocument doc, List<NumberItem> items)
    {
        for (int x = 0; x + 1 < items.Count; x++)
        {
            NumberItem a = items[x];
            NumberItem b = items[x + 1];
            int gap = b.First - a.Last - 1;
            bool connector;
            if (gap == 1)
            {
                int c = a.Last + 1;
                connector = doc.Is(c, "to") || doc.Is(c, "through") || doc.Is(c, "thru") || doc.Is(c, "\u2192") || doc.Is(c, "or")
                    || ((doc.Is(c, "-") || doc.Is(c, "\u2014")) && Attached(doc, c) && Attached(doc, b.First))
                    || (doc.Is(c, "and") && (doc.Is(a.First - 1, "between") || doc.Is(a.NumeralFirst - 1, "between")));
            }
            else
            {
                connector = gap == 2 && doc.Is(a.Last + 1, "-") && doc.Is(a.Last + 2, ">");
            }

            if (!connector)
            {
                continue;
            }

            // "2000-07": a year range with a two-digit end.
            if (a.Kind == NumberKind.Year && a.Unit is null && b.Kind == NumberKind.Count && b.Bare && doc.TokenText(b.NumeralFirst).Length == 2)
            {
                b.Kind = NumberKind.Year;
                b.Value += Math.Floor(a.Value / 100) * 100;
                b.Subject = null;
                b.Last = b.NumeralLast;
                continue;
            }

            bool aPlain = a.Kind == NumberKind.Count && a.Subject is null && a.Unit is null;
            bool aMoneyNoScale = a.Kind == NumberKind.Money && b.Kind == NumberKind.Money && a.ScaleWord == 1 && b.ScaleWord > 1;
            if (aPlain && b.Kind is NumberKind.Money or NumberKind.Percent or NumberKind.PercentagePoints or NumberKind.Measure)
            {
                a.Kind = b.Kind;
                a.Unit = b.Unit;
                a.Subject ??= b.Subject;
                if (b.ScaleWord > 1 && a.ScaleWord == 1 && a.Value < 1000)
                {
                    a.Value *= b.ScaleWord;
                    a.Step *= b.ScaleWord;
                }
            }
            else if (aPlain && b.Kind == NumberKind.Count && b.Subject is not null && a.Value <= b.Value)
            {
                a.Subject = b.Subject;
                if (b.ScaleWord > 1 && a.ScaleWord == 1 && a.Value < 1000)
                {
                    a.Value *= b.ScaleWord;
                    a.Step *= b.ScaleWord;
                }
            }
            else if (aMoneyNoScale && a.Value < 1000)
            {
                a.Value *= b.ScaleWord;
                a.Step *= b.ScaleWord;
            }

            // "ages 14 to 16": the second number takes the first one's unit.
            bool bPlain = b.Kind == NumberKind.Count && b.Subject is null && b.Unit is null && b.Bare;
            if (bPlain && a.Kind is NumberKind.Measure or NumberKind.Percent && doc.Is(a.Last + 1, "to"))
            {
                b.Kind = a.Kind;
                b.Unit = a.Unit;
            }

            if (doc.Is(a.Last + 1, "or") && a.Bound != NumberBound.None && b.Bound == NumberBound.None)
            {
                b.Bound = a.Bound;
            }
        }
    }

}
