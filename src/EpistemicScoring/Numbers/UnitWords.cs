using System.Collections.Frozen;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// Currencies and units written as words after a numeral ("200 USD", "3 trillion won", "430 miles", "60-vote", "3 dollars 50 cents").
/// </summary>
internal static class UnitWords
{
    /// <summary>A currency, measure unit, "times", plural denominator or "and a half" right after the numeral; true when it fixed the item.</summary>
    public static bool UnitWord(TextDocument doc, NumberItem item, Numeral num, int k)
    {
        string word = doc.TokenText(k).ToString();
        if (NumberLexicon.CurrencyCodes.GetAlternateLookup<ReadOnlySpan<char>>().Contains(doc.OriginalText(k)))
        {
            item.Kind = NumberKind.Money;
            item.Unit = doc.OriginalText(k).ToString();
            item.Last = k;
            item.Bare = false;
            return true;
        }

        if (NumberLexicon.CurrencyWords.TryGetValue(word, out (string Code, double Factor) cw)
            && !(word is "won" or "yen" or "p" && (num.Scale == 1 && doc.TokenText(num.First).Length == 4 && !num.IsWord || word == "p" && !Attached(doc, k)))
            && !(word.Equals("won", StringComparison.OrdinalIgnoreCase) && num.IsWord && num.Scale == 1))
        {
            item.Kind = NumberKind.Money;
            item.Unit = cw.Code;
            item.Value *= cw.Factor;
            item.Step *= cw.Factor;
            item.Last = k;
            item.Bare = false;
            if (cw.Factor == 1)
            {
                Subunits(doc, item);
            }

            Subject(doc, item, item.Last + 1);
            return true;
        }

        if ((word.Equals("pounds", StringComparison.OrdinalIgnoreCase) || word.Equals("pound", StringComparison.OrdinalIgnoreCase)) && !doc.Is(k + 1, "sterling")
            && PoundsAreMoney(doc, num, k))
        {
            item.Kind = NumberKind.Money;
            item.Unit = "GBP";
            item.Last = k;
            item.Bare = false;
            Subject(doc, item, item.Last + 1);
            return true;
        }

        if (word.Equals("pounds", StringComparison.OrdinalIgnoreCase) && doc.Is(k + 1, "sterling"))
        {
            item.Kind = NumberKind.Money;
            item.Unit = "GBP";
            item.Last = k + 1;
            item.Bare = false;
            return true;
        }

        // Measures: "430 miles", "39 years old", "square miles".
        if (doc.Is(k, "square") && NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(k + 1), out string? sq))
        {
            item.Kind = NumberKind.Measure;
            item.Unit = "square_" + sq;
            item.Last = k + 1;
            item.Bare = false;
            return true;
        }

        if (NumberLexicon.MeasureUnits.TryGetValue(word, out string? unit))
        {
            item.Kind = NumberKind.Measure;
            item.Unit = unit;
            item.Last = k;
            item.Bare = false;
            if (doc.Is(k + 1, "old") || (doc.Is(k + 1, "of") && doc.Is(k + 2, "age")))
            {
                item.Last = doc.Is(k + 1, "old") ? k + 1 : k + 2;
            }

            Subject(doc, item, item.Last + 1);
            return true;
        }

        // "sixty-four year-old", "two hour-long meetings": a unit joined to a word by a hyphen.
        int unitDash = word.IndexOf('-', StringComparison.Ordinal);
        if (unitDash > 0 && NumberLexicon.MeasureUnits.TryGetValue(word[..unitDash], out string? joinedUnit))
        {
            item.Kind = NumberKind.Measure;
            item.Unit = joinedUnit;
            item.Last = k;
            item.Bare = false;
            return true;
        }

        // "N times": a multiple before a comparative, otherwise a count of occasions.
        if (doc.Is(k, "times"))
        {
            item.Last = k;
            item.Bare = false;
            if (doc.IsIn(k + 1, NumberLexicon.MultipleCues))
            {
                item.Kind = NumberKind.Multiple;
            }
            else
            {
                item.Kind = NumberKind.Count;
                item.Subject = "times";
            }

            return true;
        }

        // Fractions with a plural denominator: "two thirds", "three quarters", "two fifths".
        if (NumberLexicon.Denominators.TryGetValue(word, out double den) && word.EndsWith('s') && item.Value is > 0 and < 20
            && (!word.Equals("quarters", StringComparison.OrdinalIgnoreCase) || doc.Is(k + 1, "of")))
        {
            item.Kind = NumberKind.Fraction;
            item.Value = Math.Round(item.Value / den, 4);
            item.Last = k;
            item.Bare = false;
            return true;
        }

        // "one and a half", "two and a half years".
        if (doc.Is(k, "and") && doc.Is(k + 1, "a") && doc.Is(k + 2, "half"))
        {
            item.Value += 0.5 * (num.Scale > 1 ? num.Scale : 1);
            item.Last = k + 2;
            Suffix(doc, item, num with { Last = k + 2 });
            return true;
        }

        return false;
    }

    /// <summary>
    /// "40 million pounds for schools", "a budget of 200 pounds", "£300 … another 200 pounds": the pound is money,
    /// not a weight, when a scale word comes before it, when the text writes £ anywhere, or when a money word stands in
    /// the sentence (<c>numbers-money-cues.txt</c>: budget, cost, paid, salary…). Never in "pounds of" (a weight of
    /// something: "4,000 pounds of beef") or after "weigh".
    /// </summary>
    private static bool PoundsAreMoney(TextDocument doc, Numeral num, int k)
    {
        if (doc.Is(k + 1, "of") || doc.Is(k + 1, "per"))
        {
            return false;
        }

        Sentence s = doc.Sentences[doc.SentenceOf(k)];
        bool moneyWord = false;
        for (int t = s.FirstToken; t < s.EndToken; t++)
        {
            ReadOnlySpan<char> w = doc.TokenText(t);
            if (w.StartsWith("weigh", StringComparison.OrdinalIgnoreCase) || w.Equals("heavy", StringComparison.OrdinalIgnoreCase) || w.Equals("heavier", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }

            moneyWord |= doc.IsIn(t, NumberLexicon.MoneyCues);
        }

        return num.Scale >= 1e6 || moneyWord || doc.Text.Contains('\u00A3', StringComparison.Ordinal);
    }

    /// <summary>Words after a hyphenated number that fix its kind and unit ("3-point", "ten-fold", "50-percent", "six-figure").</summary>
    public static readonly FrozenDictionary<string, (NumberKind Kind, string? Unit)> HyphenUnitWords =
        EmbeddedData.Keyed("numbers-hyphen-unit-words.tsv", static row => (Kind(row), row[2] == "-" ? null : row[2]));

    private static NumberKind Kind(string[] row) =>
        row.Length >= 3 && Enum.TryParse(row[1], ignoreCase: false, out NumberKind kind) && Enum.IsDefined(kind)
            ? kind
            : throw new InvalidDataException($"numbers-hyphen-unit-words.tsv: the word '{row[0]}' needs a known kind and a unit.");

    public static bool HyphenUnit(ReadOnlySpan<char> rest, NumberItem item)
    {
        int dash = rest.IndexOf('-');
        ReadOnlySpan<char> head = dash > 0 ? rest[..dash] : rest;
        string h = head.ToString();
        if (h.Equals("to", StringComparison.OrdinalIgnoreCase) && dash > 0 && TryCardinalOrDigits(rest[(dash + 1)..], out double den) && den > 0)
        {
            item.Kind = NumberKind.Ratio;
            item.Value = Math.Round(item.Value / den, 4);
            return true;
        }

        if (HyphenUnitWords.TryGetValue(h, out (NumberKind Kind, string? Unit) fixedUnit))
        {
            item.Kind = fixedUnit.Kind;
            item.Unit = fixedUnit.Unit ?? item.Unit;
            return true;
        }

        if (NumberLexicon.MeasureUnits.TryGetValue(h, out string? unit))
        {
            item.Kind = NumberKind.Measure;
            item.Unit = unit;
            return true;
        }

        if (NumberLexicon.HyphenCountWords.Contains(h))
        {
            item.Kind = NumberKind.Count;
            item.Subject = h.ToLowerInvariant() + (h.EndsWith('s') ? string.Empty : "s");
            return true;
        }

        return false;
    }

    public static void Subunits(TextDocument doc, NumberItem item)
    {
        // "3 dollars 50 cents", "$3 and 50 cents".
        int k = item.Last + 1;
        if (doc.Is(k, "and"))
        {
            k++;
        }

        if (k + 1 < doc.TokenCount && TryNumeral(doc, k, out Numeral cents) && cents.Value < 100 && doc.IsIn(cents.Last + 1, NumberLexicon.SubunitWords))
        {
            item.Value += cents.Value / 100;
            item.Step = 0.01;
            item.Last = cents.Last + 1;
        }
    }

}
