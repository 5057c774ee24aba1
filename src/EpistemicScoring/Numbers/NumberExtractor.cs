using System.Collections.Frozen;
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
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// Finds numeric mentions and normalises their value, unit and kind: a small grammar over the shared tokens.
/// A numeral (digits with separators and an attached or spaced scale, or number words) takes an optional
/// currency before it and an optional percent, currency, unit, scale or counted noun after it; dates, clock
/// times, ages, identifiers, ranks, fractions, multiples and ratios are recognised around it, approximators
/// before it set the bound, and a final pass carries units and scales back across ranges.
/// See docs/numbers.md for the conventions.
/// </summary>
internal static class NumberExtractor
{
    public static List<NumberMention> Extract(TextDocument doc)
    {
        var items = new List<NumberItem>();
        int n = doc.TokenCount;
        for (int i = 0; i < n; i++)
        {
            NumberItem? item = Parse(doc, i);
            if (item is null)
            {
                continue;
            }

            if (!item.Skip)
            {
                items.Add(item);
            }

            i = Math.Max(i, item.Last);
        }

        CarryAcrossRanges(doc, items);
        var result = new List<NumberMention>(items.Count);
        foreach (NumberItem it in items)
        {
            result.Add(it.ToMention(doc));
        }

        return result;
    }

    /// <summary>True when a word token could start a number expression; most words are turned away here without allocating.</summary>
    private static bool MayStartNumber(TextDocument doc, int i)
    {
        Token t = doc[i];
        if ((t.Shape & TokenShape.HasDigit) != 0)
        {
            return true;
        }

        ReadOnlySpan<char> w = doc.TokenText(i);
        int dash = w.IndexOf('-');
        ReadOnlySpan<char> head = dash > 0 ? w[..dash] : w;
        if (w.Equals("a", StringComparison.OrdinalIgnoreCase) || w.Equals("an", StringComparison.OrdinalIgnoreCase)
            || head.Equals("half", StringComparison.OrdinalIgnoreCase) || head.Equals("quarter", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(head)
            || NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(head)
            || NumberLexicon.Ordinals.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(head)
            || NumberLexicon.MultipleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(head)
            || NumberLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(head)
            || (t.IsAllCaps && NumberLexicon.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(w))
            || (w.Length <= 3 && doc.Is(i + 1, "$"));
    }

    private static NumberItem? Parse(TextDocument doc, int i)
    {
        Token t = doc[i];
        if (t.Kind == TokenKind.Word && !MayStartNumber(doc, i))
        {
            return null;
        }

        if (t.Kind == TokenKind.Punctuation)
        {
            return null;
        }

        if (t.Kind == TokenKind.Word)
        {
            if (TryDate(doc, i, out NumberItem? date))
            {
                return date;
            }

            if ((t.Shape & TokenShape.HasDigit) != 0)
            {
                return WordWithDigits(doc, i);
            }
        }
        else if (t.Kind == TokenKind.Number)
        {
            if (!Numerals.IsNormalisable(doc.TokenText(i)))
            {
                // Too long, or beyond the range of a double (more than 308 digits): listed as written, not normalised.
                return new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Kind = NumberKind.Other, Bare = false, NotNormalised = true };
            }

            if (TryDate(doc, i, out NumberItem? date) || TryRangeEndDay(doc, i, out date) || TryTime(doc, i, out date) || TryPhone(doc, i, out date))
            {
                return date;
            }

            if (IsListNumber(doc, i))
            {
                // "1. The first point": a position in a list, never an amount.
                _ = TryParse(doc.TokenText(i), out double position);
                return new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = position, Kind = NumberKind.Ordinal, Unit = "list", Bare = false };
            }
        }

        // A currency before the numeral: "$", "US$", "€", "USD 200", "KRW 3 trillion".
        int start = i;
        string? currency = null;
        if (t.Kind == TokenKind.Symbol && NumberLexicon.CurrencySigns.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(i), out string? sign))
        {
            currency = sign;
            start = i + 1;
        }
        else if (t.Kind == TokenKind.Word && doc.Is(i + 1, "$") && Attached(doc, i + 1)
            && NumberLexicon.DollarPrefixes.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.OriginalText(i), out string? dollar)
            && i + 2 < doc.TokenCount && doc[i + 2].Kind is TokenKind.Number or TokenKind.Word)
        {
            currency = dollar;
            start = i + 2;
        }
        else if (t.Kind == TokenKind.Word && NumberLexicon.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(doc.OriginalText(i))
            && i + 1 < doc.TokenCount && (doc[i + 1].Kind == TokenKind.Number || (doc.Is(i + 1, "$") && doc[Math.Min(i + 2, doc.TokenCount - 1)].Kind == TokenKind.Number)))
        {
            currency = doc.OriginalText(i).ToString();
            start = doc.Is(i + 1, "$") ? i + 2 : i + 1;
        }

        if (currency is not null && start >= doc.TokenCount)
        {
            return null;
        }

        if (currency is null && t.Kind == TokenKind.Word)
        {
            NumberItem? form = WordForms(doc, i);
            if (form is not null)
            {
                return form;
            }
        }

        if (!TryNumeral(doc, start, out Numeral num))
        {
            return null;
        }

        if (currency is null && num.IsWord && IsExcludedWord(doc, num))
        {
            return new NumberItem { First = num.First, Last = num.Last, Skip = true };
        }

        var item = new NumberItem
        {
            First = i,
            Last = num.Last,
            NumeralFirst = num.First,
            NumeralLast = num.Last,
            Value = num.Value,
            Step = num.Step,
            ScaleWord = num.Scale,
            Bare = currency is null && num.Scale == 1,
        };

        if (num.Ordinal)
        {
            item.Kind = NumberKind.Ordinal;
            item.Bare = false;
            if (IsRankContext(doc, num.First))
            {
                item.Unit = "rank";
            }

            if (Attached(doc, num.First) && doc.Is(num.First - 1, "#"))
            {
                item.Unit = "rank";
            }

            SetBound(doc, item);
            return item;
        }

        if (currency is not null)
        {
            item.Kind = NumberKind.Money;
            item.Unit = currency;
            item.Bare = false;
            Subunits(doc, item);
            SetBound(doc, item);
            Subject(doc, item, item.Last + 1);
            return item;
        }

        Suffix(doc, item, num);
        if (item.Skip)
        {
            return item;
        }

        Classify(doc, item, num);
        SetBound(doc, item);
        return item;
    }

}
