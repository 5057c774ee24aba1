using System.Globalization;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
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
/// Numerals: digits with separators and an attached or spaced scale ("12.5B", "2.3 bn", "4 million"), and number words ("twenty-five", "two hundred thousand").
/// </summary>
internal static class Numerals
{
    public static bool TryNumeral(TextDocument doc, int i, out Numeral numeral)
    {
        numeral = default;
        if (i >= doc.TokenCount)
        {
            return false;
        }

        Token t = doc[i];
        if (t.Kind == TokenKind.Number)
        {
            ReadOnlySpan<char> digits = doc.TokenText(i);
            if (!TryParse(digits, out double value, out int decimals))
            {
                return false;
            }

            double step = decimals > 0 ? Math.Pow(10, -decimals) : TrailingStep(value, digits);
            int last = i;

            // Ordinal digits: "21st", "39th".
            if (Attached(doc, i + 1) && (doc.Is(i + 1, "st") || doc.Is(i + 1, "nd") || doc.Is(i + 1, "rd") || doc.Is(i + 1, "th")))
            {
                numeral = new Numeral(i, i + 1, value, 1, false, 1, true);
                return true;
            }

            double scale = 1;
            if (i + 1 < doc.TokenCount && doc[i + 1].Kind == TokenKind.Word)
            {
                ReadOnlySpan<char> next = doc.TokenText(i + 1);
                bool attached = Attached(doc, i + 1);
                if (attached && NumberLexicon.AttachedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(next, out double s)
                    && !(next.Length == 1 && (next[0] == 'm' || next[0] == 'M') && IsMetreContext(doc, i + 2)))
                {
                    scale = s;
                    last = i + 1;
                }
                else if (!attached && (NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(next, out s)
                    || (NumberLexicon.SpacedScaleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(next) && NumberLexicon.AttachedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(next, out s))))
                {
                    scale = s;
                    last = i + 1;
                    while (last + 1 < doc.TokenCount && NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(last + 1), out double s2) && s2 > scale)
                    {
                        scale *= s2;
                        last++;
                    }
                }
            }

            numeral = new Numeral(i, last, value * scale, step * scale, false, scale, false);
            return true;
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        return TryWordNumeral(doc, i, out numeral);
    }

    public static double TrailingStep(double value, ReadOnlySpan<char> digits)
    {
        // Round figures of a thousand and more may be rounded; smaller ones are read as exact.
        if (value < 1000 || digits.Length == 4 && digits.IndexOf(',') < 0 && value < 2100)
        {
            return 1;
        }

        double step = 1;
        while (step * 10 <= value && Math.Abs(value % (step * 10)) < 1e-9)
        {
            step *= 10;
        }

        return step;
    }

    public static bool IsMetreContext(TextDocument doc, int next) =>
        next < doc.TokenCount && (doc.Is(next, "tall") || doc.Is(next, "high") || doc.Is(next, "long") || doc.Is(next, "wide") || doc.Is(next, "deep"));

    public static bool TryWordNumeral(TextDocument doc, int i, out Numeral numeral)
    {
        numeral = default;
        ReadOnlySpan<char> word = doc.TokenText(i);
        var units = NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>();
        var scales = NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>();
        int j = i;
        double total = 0;
        double current;
        double lastScale = 1;

        if ((word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
            && i + 1 < doc.TokenCount && scales.TryGetValue(doc.TokenText(i + 1), out double aScale))
        {
            current = aScale;
            lastScale = aScale;
            j = i + 1;
        }
        else if (TryCardinalWord(word, out double v))
        {
            current = v;
        }
        else if (scales.TryGetValue(word, out double bare) && bare is 100 or 1000 or 12 && !doc[i].IsCapitalized
            && !doc.Is(i + 1, "of") && !(doc.Is(i - 1, "a") || doc.Is(i - 1, "an")))
        {
            // "hundred dollars", "thousand people".
            current = bare;
            lastScale = bare;
        }
        else
        {
            return false;
        }

        bool any = true;
        while (any && j + 1 < doc.TokenCount)
        {
            any = false;
            int k = j + 1;
            if (doc.Is(k, "and") && k + 1 < doc.TokenCount && current % 100 == 0 && current > 0 && TryCardinalWord(doc.TokenText(k + 1), out double after) && after < 100)
            {
                current += after;
                j = k + 1;
                any = true;
                continue;
            }

            ReadOnlySpan<char> next = doc.TokenText(k);
            if (scales.TryGetValue(next, out double s))
            {
                if (s == 12 && current > 0)
                {
                    current *= 12;
                    lastScale = 12;
                }
                else if (s == 100)
                {
                    current = (current == 0 ? 1 : current) * 100;
                    lastScale = 100;
                }
                else if (s > 100)
                {
                    total += (current == 0 ? 1 : current) * s;
                    current = 0;
                    lastScale = s;
                }
                else
                {
                    break;
                }

                j = k;
                any = true;
            }
            else if (TryCardinalWord(next, out double u) && u < 100 && (current % 100 == 0 && current > 0 || current == 0 && total > 0) && !doc[k].IsCapitalized)
            {
                current += u;
                lastScale = u >= 10 && u % 10 == 0 ? 10 : 1;
                j = k;
                any = true;
            }
        }

        double value = total + current;
        if (units.ContainsKey(word) && j == i && value == 0 && !word.Equals("zero", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        double step = Math.Max(1, lastScale >= 1000 ? lastScale : 1);
        numeral = new Numeral(i, j, value, step, true, lastScale >= 1000 ? lastScale : 1, false);
        return true;
    }

    public static bool TryCardinalWord(ReadOnlySpan<char> word, out double value)
    {
        if (NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out value))
        {
            return true;
        }

        // "twenty-five", "forty-two".
        int dash = word.IndexOf('-');
        if (dash > 0 && NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[..dash], out double tens) && tens >= 20 && tens % 10 == 0
            && NumberLexicon.Units.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word[(dash + 1)..], out double unit) && unit is > 0 and < 10)
        {
            value = tens + unit;
            return true;
        }

        value = 0;
        return false;
    }

    /// <summary>Parses digits: "1,000" and "1,000,000" are thousands, "24,50" a decimal comma, "1.234.567" European thousands.</summary>
    public static bool TryParse(ReadOnlySpan<char> digits, out double value) => TryParse(digits, out value, out _);

    /// <summary>
    /// The longest digit token read as a figure: "1,234,567,890,123.45" has 20 characters; 64 leaves room for any
    /// real figure while keeping the parse buffer on the stack small and fixed.
    /// </summary>
    internal const int MaxNumeralChars = 64;

    /// <summary>True when a digit token can be normalised to a finite figure.</summary>
    internal static bool IsNormalisable(ReadOnlySpan<char> digits) => TryParse(digits, out _, out _);

    public static bool TryParse(ReadOnlySpan<char> digits, out double value, out int decimals)
    {
        decimals = 0;
        if (digits.Length > MaxNumeralChars)
        {
            // Digit soup ("1,2,3,…" over a page) is no figure; refusing it here also bounds the buffer below.
            value = 0;
            return false;
        }

        decimals = 0;
        int comma = digits.LastIndexOf(',');
        int dot = digits.LastIndexOf('.');
        int dots = digits.Count('.');
        Span<char> copy = stackalloc char[digits.Length];
        int len = 0;
        char decimalMark = '.';
        if (comma >= 0 && dot < 0 && digits.Length - comma - 1 != 3)
        {
            decimalMark = ',';
        }
        else if (dots > 1 || (dot >= 0 && comma > dot))
        {
            // "1.234.567" or "1.234,5": periods group thousands.
            decimalMark = ',';
        }

        foreach (char c in digits)
        {
            if (char.IsDigit(c))
            {
                copy[len++] = c;
            }
            else if (c == decimalMark)
            {
                copy[len++] = '.';
            }
        }

        int mark = copy[..len].IndexOf('.');
        decimals = mark < 0 ? 0 : len - mark - 1;
        if (!double.TryParse(copy[..len], NumberStyles.Float, CultureInfo.InvariantCulture, out value) || !double.IsFinite(value))
        {
            value = 0;
            return false;
        }

        return true;
    }

    public static bool TryCardinalOrDigits(ReadOnlySpan<char> s, out double value)
    {
        if (s.Length > 0 && char.IsDigit(s[0]))
        {
            return TryParse(s, out value);
        }

        return TryCardinalWord(s, out value);
    }

}
