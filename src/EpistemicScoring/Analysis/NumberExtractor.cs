using System.Collections.Frozen;
using System.Globalization;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>Finds numeric mentions and normalises their value, unit and kind.</summary>
internal static class NumberExtractor
{
    private static readonly FrozenDictionary<string, double> Scales = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
    {
        ["thousand"] = 1e3, ["k"] = 1e3, ["million"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["billion"] = 1e9,
        ["b"] = 1e9, ["bn"] = 1e9, ["trillion"] = 1e12, ["tn"] = 1e12, ["t"] = 1e12,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> CurrencySymbols = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["$"] = "USD", ["\u20AC"] = "EUR", ["\u00A3"] = "GBP", ["\u00A5"] = "JPY", ["\u20A9"] = "KRW",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Approximators = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase, "about", "around", "nearly", "almost", "roughly", "approximately", "some", "over", "~");

    public static List<NumberMention> Extract(TextDocument doc)
    {
        var result = new List<NumberMention>();
        for (int i = 0; i < doc.TokenCount; i++)
        {
            if (doc[i].Kind != TokenKind.Number)
            {
                continue;
            }

            if (!TryParse(doc.TokenText(i), out double value))
            {
                continue;
            }

            int first = i;
            int last = i;
            string? unit = null;
            NumberKind kind = NumberKind.Count;
            if (i > 0 && doc.IsAttachedToPrevious(i) && CurrencySymbols.TryGetValue(doc.TokenText(i - 1).ToString(), out string? currency))
            {
                first = i - 1;
                unit = currency;
                kind = NumberKind.Money;
            }

            if (last + 1 < doc.TokenCount && Scales.TryGetValue(doc.TokenText(last + 1).ToString(), out double scale)
                && (doc.IsAttachedToPrevious(last + 1) || doc.TokenText(last + 1).Length > 2))
            {
                value *= scale;
                last++;
            }

            if (last + 1 < doc.TokenCount && doc.Is(last + 1, "%"))
            {
                last++;
                unit = "%";
                kind = NumberKind.Percent;
            }
            else if (last + 1 < doc.TokenCount && (doc.Is(last + 1, "percent") || doc.Is(last + 1, "per") && doc.Is(last + 2, "cent")))
            {
                last += doc.Is(last + 1, "per") ? 2 : 1;
                unit = "%";
                kind = NumberKind.Percent;
            }
            else if (kind == NumberKind.Count && value is >= 1900 and <= 2100 && doc.TokenText(i).Length == 4)
            {
                kind = NumberKind.Year;
            }

            bool approximate = first > 0 && (doc.IsIn(first - 1, Approximators) || (doc.Is(first - 1, "than") && first > 1 && (doc.Is(first - 2, "more") || doc.Is(first - 2, "less"))));
            TextSpan span = doc.SpanOf(first, last);
            result.Add(new NumberMention
            {
                Start = span.Start,
                Length = span.Length,
                Text = span.ToString(doc.Text),
                Kind = kind,
                Value = value,
                Unit = unit,
                Approximate = approximate,
            });
            i = last;
        }

        return result;
    }

    internal static bool TryParse(ReadOnlySpan<char> digits, out double value)
    {
        // "1,000" and "1,000,000" are thousands; "24,50" is a European decimal comma.
        int comma = digits.LastIndexOf(',');
        if (comma >= 0 && digits.IndexOf('.') < 0 && digits.Length - comma - 1 != 3)
        {
            Span<char> copy = stackalloc char[digits.Length];
            digits.CopyTo(copy);
            copy[comma] = '.';
            return double.TryParse(copy, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
        }

        return double.TryParse(digits, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }
}
