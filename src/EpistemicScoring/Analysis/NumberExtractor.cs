using System.Collections.Frozen;
using System.Globalization;
using EpistemicScoring.Analysis.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

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
        var items = new List<Item>();
        int n = doc.TokenCount;
        for (int i = 0; i < n; i++)
        {
            Item? item = Parse(doc, i);
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
        foreach (Item it in items)
        {
            result.Add(it.ToMention(doc));
        }

        return result;
    }

    /// <summary>One mention under construction.</summary>
    private sealed class Item
    {
        public int First;
        public int Last;
        public int NumeralFirst;
        public int NumeralLast;
        public double Value;
        public double Step = 1;
        public double ScaleWord = 1;
        public NumberKind Kind = NumberKind.Count;
        public string? Unit;
        public string? Subject;
        public NumberBound Bound;
        public bool Skip;
        public bool Bare = true;
        public bool Approx;
        public bool NotNormalised;
        public int CharStart = -1;
        public int CharEnd = -1;

        public NumberMention ToMention(TextDocument doc)
        {
            int start = CharStart >= 0 ? CharStart : doc[First].Start;
            int end = CharEnd >= 0 ? CharEnd : doc[Last].End;
            return new NumberMention
            {
                Start = start,
                Length = end - start,
                Text = doc.Text[start..end],
                Kind = Kind,
                Value = Math.Round(Value, 6),
                Unit = Unit,
                Approximate = Approx || Bound != NumberBound.None,
                Subject = Subject,
                FirstToken = First,
                LastToken = Last,
                Bound = Bound,
                Step = Step,
                NotNormalised = NotNormalised,
            };
        }
    }

    /// <summary>A parsed numeral: tokens, value and precision.</summary>
    private readonly record struct Numeral(int First, int Last, double Value, double Step, bool IsWord, double Scale, bool Ordinal);

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

    private static Item? Parse(TextDocument doc, int i)
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
            if (TryDate(doc, i, out Item? date))
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
            if (!IsNormalisable(doc.TokenText(i)))
            {
                // Too long, or beyond the range of a double (more than 308 digits): listed as written, not normalised.
                return new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Kind = NumberKind.Other, Bare = false, NotNormalised = true };
            }

            if (TryDate(doc, i, out Item? date) || TryTime(doc, i, out date) || TryPhone(doc, i, out date))
            {
                return date;
            }

            if (IsListNumber(doc, i))
            {
                // "1. The first point": a position in a list, never an amount.
                _ = TryParse(doc.TokenText(i), out double position);
                return new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = position, Kind = NumberKind.Ordinal, Unit = "list", Bare = false };
            }
        }

        // A currency before the numeral: "$", "US$", "€", "USD 200", "KRW 3 trillion".
        int start = i;
        string? currency = null;
        if (t.Kind == TokenKind.Symbol && NumberLexicon.CurrencySigns.TryGetValue(doc.TokenText(i).ToString(), out string? sign))
        {
            currency = sign;
            start = i + 1;
        }
        else if (t.Kind == TokenKind.Word && doc.Is(i + 1, "$") && Attached(doc, i + 1)
            && NumberLexicon.DollarPrefixes.TryGetValue(doc.OriginalText(i).ToString(), out string? dollar)
            && i + 2 < doc.TokenCount && doc[i + 2].Kind is TokenKind.Number or TokenKind.Word)
        {
            currency = dollar;
            start = i + 2;
        }
        else if (t.Kind == TokenKind.Word && NumberLexicon.CurrencyCodes.Contains(doc.OriginalText(i).ToString())
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
            Item? form = WordForms(doc, i);
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
            return new Item { First = num.First, Last = num.Last, Skip = true };
        }

        var item = new Item
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

    // ---------------------------------------------------------------- numerals

    private static bool TryNumeral(TextDocument doc, int i, out Numeral numeral)
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

    private static double TrailingStep(double value, ReadOnlySpan<char> digits)
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

    private static bool IsMetreContext(TextDocument doc, int next) =>
        next < doc.TokenCount && (doc.Is(next, "tall") || doc.Is(next, "high") || doc.Is(next, "long") || doc.Is(next, "wide") || doc.Is(next, "deep"));

    private static bool TryWordNumeral(TextDocument doc, int i, out Numeral numeral)
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

    private static bool TryCardinalWord(ReadOnlySpan<char> word, out double value)
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
    internal static bool TryParse(ReadOnlySpan<char> digits, out double value) => TryParse(digits, out value, out _);

    internal static bool TryParse(ReadOnlySpan<char> digits, out double value, out int decimals)
    {
        decimals = 0;
        if (digits.Length > MaxNumeralChars)
        {
            // Digit soup ("1,2,3,…" over a page) is no figure; refusing it here also bounds the buffer below.
            value = 0;
            return false;
        }

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

    /// <summary>
    /// The longest digit token read as a figure: "1,234,567,890,123.45" has 20 characters; 64 leaves room for any
    /// real figure while keeping the parse buffer on the stack small and fixed.
    /// </summary>
    internal const int MaxNumeralChars = 64;

    /// <summary>True when a digit token can be normalised to a finite figure.</summary>
    private static bool IsNormalisable(ReadOnlySpan<char> digits) => TryParse(digits, out _, out _);

    // ---------------------------------------------------------------- after the numeral

    private static void Suffix(TextDocument doc, Item item, Numeral num)
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
        if (k < n && doc[k].Kind == TokenKind.Word)
        {
            string word = doc.TokenText(k).ToString();
            if (NumberLexicon.CurrencyCodes.Contains(doc.OriginalText(k).ToString()))
            {
                item.Kind = NumberKind.Money;
                item.Unit = doc.OriginalText(k).ToString();
                item.Last = k;
                item.Bare = false;
                return;
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
                return;
            }

            if (word.Equals("pounds", StringComparison.OrdinalIgnoreCase) && doc.Is(k + 1, "sterling"))
            {
                item.Kind = NumberKind.Money;
                item.Unit = "GBP";
                item.Last = k + 1;
                item.Bare = false;
                return;
            }

            // Measures: "430 miles", "39 years old", "square miles".
            if (doc.Is(k, "square") && NumberLexicon.MeasureUnits.TryGetValue(doc.TokenText(k + 1).ToString(), out string? sq))
            {
                item.Kind = NumberKind.Measure;
                item.Unit = "square_" + sq;
                item.Last = k + 1;
                item.Bare = false;
                return;
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
                return;
            }

            // "sixty-four year-old", "two hour-long meetings": a unit joined to a word by a hyphen.
            int unitDash = word.IndexOf('-', StringComparison.Ordinal);
            if (unitDash > 0 && NumberLexicon.MeasureUnits.TryGetValue(word[..unitDash], out string? joinedUnit))
            {
                item.Kind = NumberKind.Measure;
                item.Unit = joinedUnit;
                item.Last = k;
                item.Bare = false;
                return;
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

                return;
            }

            // Fractions with a plural denominator: "two thirds", "three quarters", "two fifths".
            if (NumberLexicon.Denominators.TryGetValue(word, out double den) && word.EndsWith('s') && item.Value is > 0 and < 20
                && (!word.Equals("quarters", StringComparison.OrdinalIgnoreCase) || doc.Is(k + 1, "of")))
            {
                item.Kind = NumberKind.Fraction;
                item.Value = Math.Round(item.Value / den, 4);
                item.Last = k;
                item.Bare = false;
                return;
            }

            // "one and a half", "two and a half years".
            if (doc.Is(k, "and") && doc.Is(k + 1, "a") && doc.Is(k + 2, "half"))
            {
                item.Value += 0.5 * (num.Scale > 1 ? num.Scale : 1);
                item.Last = k + 2;
                Suffix(doc, item, num with { Last = k + 2 });
                return;
            }
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

    /// <summary>Words after a hyphenated number that fix its kind and unit ("3-point", "ten-fold", "50-percent", "six-figure").</summary>
    private static readonly FrozenDictionary<string, (NumberKind Kind, string? Unit)> HyphenUnitWords =
        new Dictionary<string, (NumberKind Kind, string? Unit)>(StringComparer.OrdinalIgnoreCase)
        {
            ["point"] = (NumberKind.PercentagePoints, "pp"),
            ["points"] = (NumberKind.PercentagePoints, "pp"),
            ["fold"] = (NumberKind.Multiple, null),
            ["percent"] = (NumberKind.Percent, "%"),
            ["dollar"] = (NumberKind.Money, "USD"),
            ["figure"] = (NumberKind.Other, "figures"),
            ["digit"] = (NumberKind.Other, "figures"),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static bool HyphenUnit(ReadOnlySpan<char> rest, Item item)
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

    private static bool TryCardinalOrDigits(ReadOnlySpan<char> s, out double value)
    {
        if (s.Length > 0 && char.IsDigit(s[0]))
        {
            return TryParse(s, out value);
        }

        return TryCardinalWord(s, out value);
    }

    private static bool TryFractionTail(TextDocument doc, Item item, int k)
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

    private static void Subunits(TextDocument doc, Item item)
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

    private static bool SentenceHasPercent(TextDocument doc, int token)
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

    // ---------------------------------------------------------------- classification

    private static void Classify(TextDocument doc, Item item, Numeral num)
    {
        if (!item.Bare || item.Kind != NumberKind.Count)
        {
            if (item.Kind == NumberKind.Count && item.Subject is null)
            {
                Subject(doc, item, item.Last + 1);
            }

            return;
        }

        int f = num.First;
        ReadOnlySpan<char> text = doc.TokenText(f);

        // Rank: "#5", "No. 5", "number one".
        if ((doc.Is(f - 1, "#") && Attached(doc, f)) || IsRankContext(doc, f))
        {
            item.Kind = NumberKind.Ordinal;
            item.Unit = "rank";
            item.First = f;
            return;
        }

        // Identifier after a label word: "Section 232", "Boeing 737", "Part One".
        if (f > 0 && doc[f - 1].Kind == TokenKind.Word && doc[f - 1].IsCapitalized && doc.IsIn(f - 1, NumberLexicon.IdentifierCues)
            && !(num.IsWord && !doc[f].IsCapitalized))
        {
            item.Kind = NumberKind.Other;
            item.Unit = "identifier";
            return;
        }

        if (num.IsWord && doc[f].IsCapitalized && !IsSentenceStart(doc, f) && f > 0 && doc[f - 1].IsCapitalized && doc[f - 1].Kind == TokenKind.Word)
        {
            item.Kind = NumberKind.Other;
            item.Unit = "identifier";
            return;
        }

        // Years: a four-digit integer without separators.
        if (!num.IsWord && num.Scale == 1 && text.Length == 4 && text.IndexOf(',') < 0 && text.IndexOf('.') < 0)
        {
            double v = item.Value;
            if (v is >= 1900 and <= 2100 || (v is >= 1000 and < 1900 && (doc.IsIn(f - 1, NumberLexicon.YearCues) || doc.Is(f + 1, ",") || doc.Is(f + 1, "."))))
            {
                item.Kind = NumberKind.Year;
                return;
            }
        }

        // Two-digit year after an apostrophe: "'08".
        if (!num.IsWord && text.Length == 2 && f > 0 && doc.Is(f - 1, "'") && Attached(doc, f) && !doc.Is(f + 1, "s"))
        {
            item.Kind = NumberKind.Year;
            item.Value += item.Value >= 30 ? 1900 : 2000;
            return;
        }

        // Ages: "Henderson, 46,", "aged 46", "ages 14 to 16".
        if (item.Value is >= 1 and <= 120 && item.Value == Math.Floor(item.Value) && IsAge(doc, f, num.Last))
        {
            item.Kind = NumberKind.Measure;
            item.Unit = "year";
            return;
        }

        Subject(doc, item, num.Last + 1);
    }

    private static bool IsAge(TextDocument doc, int f, int last)
    {
        if (doc.Is(f - 1, "aged") || doc.Is(f - 1, "age") || doc.Is(f - 1, "ages"))
        {
            return true;
        }

        // "Name, 46," or "Name (46)".
        bool before = f >= 2 && doc.Is(f - 1, ",") && doc[f - 2].Kind == TokenKind.Word && doc[f - 2].IsCapitalized && !doc[f - 2].IsAllCaps
            && !NumberLexicon.Months.ContainsKey(doc.TokenText(f - 2).ToString());
        bool after = last + 1 >= doc.TokenCount || doc.Is(last + 1, ",") || doc.Is(last + 1, ")") || doc.Is(last + 1, ".") || doc.Is(last + 1, ";");
        return before && after && doc[f].Kind == TokenKind.Number;
    }

    private static bool IsRankContext(TextDocument doc, int f) =>
        (doc.Is(f - 1, "number") && !doc.Is(f - 2, "a") && !doc.Is(f - 2, "the") && doc[f].Kind is TokenKind.Word or TokenKind.Number && (doc.Is(f, "one") || doc[f].Kind == TokenKind.Number))
        || (doc.Is(f - 1, "No.") && doc[f].Kind == TokenKind.Number)
        || ((doc.Is(f - 1, "ranked") || doc.Is(f - 1, "ranks")) && doc[f].Kind == TokenKind.Number);

    private static bool IsSentenceStart(TextDocument doc, int index)
    {
        if (index <= 0)
        {
            return true;
        }

        if (doc.Sentences[doc.SentenceOf(index)].FirstToken == index || doc.NewlinesBefore(index) > 0)
        {
            return true;
        }

        ReadOnlySpan<char> prev = doc.TokenText(index - 1);
        return prev is "\"" or "'" or "(" or ":" or "\u2014" or "-" && (index < 2 || doc.Sentences[doc.SentenceOf(index - 1)].FirstToken == index - 1);
    }

    /// <summary>The counted noun or the "of" phrase the figure belongs to.</summary>
    private static void Subject(TextDocument doc, Item item, int k)
    {
        int n = doc.TokenCount;
        var words = new List<string>(3);
        int j = k;
        int limit = Math.Min(n, k + 3);
        while (j < limit && doc[j].Kind == TokenKind.Word && !doc[j].IsCapitalized && !doc.IsIn(j, NumberLexicon.NotCountedNouns)
            && !doc[j].IsAllCaps)
        {
            ReadOnlySpan<char> w = doc.TokenText(j);
            if (w.EndsWith("ly") || NumberLexicon.Units.ContainsKey(w.ToString()) || NumberLexicon.Ordinals.ContainsKey(w.ToString()))
            {
                break;
            }

            if (w.EndsWith("ed") && words.Count == 0 && !(j + 1 < limit && doc[j + 1].Kind == TokenKind.Word && !doc.IsIn(j + 1, NumberLexicon.NotCountedNouns) && !doc[j + 1].IsCapitalized))
            {
                break;
            }

            words.Add(w.ToString().ToLowerInvariant());
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
                words.Add(doc.TokenText(m).ToString().ToLowerInvariant());
                if (m + 1 < n && doc[m + 1].Kind == TokenKind.Word && !doc.IsIn(m + 1, NumberLexicon.NotCountedNouns) && !doc[m + 1].IsCapitalized && !doc.TokenText(m + 1).EndsWith("ed"))
                {
                    words.Add(doc.TokenText(m + 1).ToString().ToLowerInvariant());
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

    // ---------------------------------------------------------------- approximators

    private static void SetBound(TextDocument doc, Item item)
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

    // ---------------------------------------------------------------- excluded words and word forms

    private static bool IsExcludedWord(TextDocument doc, Numeral num)
    {
        int i = num.First;
        ReadOnlySpan<char> word = doc.TokenText(i);
        if (MatchesIdiom(doc, i))
        {
            return true;
        }

        if (word.Equals("zero", StringComparison.OrdinalIgnoreCase))
        {
            int k = num.Last + 1;
            bool unit = doc.Is(k, "%") || doc.Is(k, "percent") || (k < doc.TokenCount && (NumberLexicon.MeasureUnits.ContainsKey(doc.TokenText(k).ToString()) || NumberLexicon.CurrencyWords.ContainsKey(doc.TokenText(k).ToString())));
            return !unit;
        }

        if (word.Equals("one", StringComparison.OrdinalIgnoreCase) && num.Last == i)
        {
            if (doc.IsIn(i - 1, NumberLexicon.PronounOneBefore) || doc.IsIn(i + 1, NumberLexicon.PronounOneAfter))
            {
                return !(doc.Is(i - 1, "number") || doc.Is(i + 1, "of"));
            }

            if (i + 1 >= doc.TokenCount || doc[i + 1].Kind == TokenKind.Punctuation && !doc.Is(i + 1, "-"))
            {
                return !IsRankContext(doc, i);
            }
        }

        // Number words inside capitalised names: "Three Mile Island", mid-sentence.
        if (doc[i].IsCapitalized && !IsSentenceStart(doc, i) && i + 1 < doc.TokenCount && doc[i + 1].IsCapitalized && doc[i + 1].Kind == TokenKind.Word
            && !NumberLexicon.Months.ContainsKey(doc.TokenText(i + 1).ToString()) && !doc[i + 1].IsAllCaps && !word.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return false;
    }

    private static bool MatchesIdiom(TextDocument doc, int i)
    {
        ReadOnlySpan<char> word = doc.TokenText(i);
        foreach (string[] idiom in NumberLexicon.Idioms)
        {
            for (int p = 0; p < idiom.Length; p++)
            {
                if (!word.Equals(idiom[p], StringComparison.OrdinalIgnoreCase))
                {
                    continue;
                }

                int s = i - p;
                if (s < 0 || s + idiom.Length > doc.TokenCount)
                {
                    continue;
                }

                bool all = true;
                for (int w = 0; w < idiom.Length && all; w++)
                {
                    all = doc.Is(s + w, idiom[w]);
                }

                if (all)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Word-only forms that are not plain cardinals: ordinals, fractions, multiples, hyphenated unit words.</summary>
    private static Item? WordForms(TextDocument doc, int i)
    {
        ReadOnlySpan<char> word = doc.TokenText(i);
        string w = word.ToString();
        string lower = w.ToLowerInvariant();
        Token t = doc[i];
        if (lower is "once" or "single" or "both")
        {
            return null;
        }

        // Fractions: "half", "a half", "a third of", "a quarter of", "a quarter-century".
        bool article = lower is "a" or "an" or "one";
        int d = article ? i + 1 : i;
        if (d < doc.TokenCount)
        {
            string dw = doc.TokenText(d).ToString().ToLowerInvariant();
            if (dw == "quarter-century" && (article || d == i))
            {
                return Bounded(doc, new Item { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = 25, Kind = NumberKind.Measure, Unit = "year", Bare = false });
            }

            if ((dw == "half-dozen" || (dw == "half" && doc.Is(d + 1, "a") && doc.Is(d + 2, "dozen"))) && (article || d == i))
            {
                var six = new Item { First = i, Last = dw == "half" ? d + 2 : d, NumeralFirst = i, NumeralLast = dw == "half" ? d + 2 : d, Value = 6, Bare = false, Kind = NumberKind.Count };
                Subject(doc, six, six.Last + 1);
                return Bounded(doc, six);
            }

            if (dw == "half" && (doc.Is(d + 1, "a") || doc.Is(d + 1, "an")) && d + 2 < doc.TokenCount
                && NumberLexicon.ScaleWords.TryGetValue(doc.TokenText(d + 2).ToString(), out double halfScale) && halfScale >= 1000)
            {
                // "half a million dollars".
                var scaled = new Item { First = i, Last = d + 2, NumeralFirst = i, NumeralLast = d + 2, Value = halfScale / 2, Step = halfScale / 2, ScaleWord = halfScale, Bare = false, Kind = NumberKind.Count };
                int c = d + 3;
                if (c < doc.TokenCount && NumberLexicon.CurrencyWords.TryGetValue(doc.TokenText(c).ToString(), out (string Code, double Factor) hc) && hc.Factor == 1)
                {
                    scaled.Kind = NumberKind.Money;
                    scaled.Unit = hc.Code;
                    scaled.Last = c;
                }
                else
                {
                    Subject(doc, scaled, c);
                }

                return Bounded(doc, scaled);
            }

            if (dw == "half" && (article || d == i) && !MatchesIdiom(doc, d) && !doc.Is(d - 1, "first") && !doc.Is(d - 1, "second"))
            {
                var item = new Item { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = 0.5, Kind = NumberKind.Fraction, Bare = false };
                int k = d + 1;
                if (k < doc.TokenCount && NumberLexicon.MeasureUnits.TryGetValue(doc.TokenText(k).ToString(), out string? unit))
                {
                    item.Kind = NumberKind.Measure;
                    item.Unit = unit;
                    item.Last = k;
                }
                else if (doc.Is(k, "a") || doc.Is(k, "an"))
                {
                    if (k + 1 < doc.TokenCount && NumberLexicon.MeasureUnits.TryGetValue(doc.TokenText(k + 1).ToString(), out string? unit2))
                    {
                        item.Kind = NumberKind.Measure;
                        item.Unit = unit2;
                        item.Last = k + 1;
                    }
                }
                else
                {
                    Subject(doc, item, k);
                }

                return Bounded(doc, item);
            }

            if (article && dw.StartsWith("half-", StringComparison.Ordinal) && NumberLexicon.MeasureUnits.TryGetValue(dw[5..], out string? hu))
            {
                return Bounded(doc, new Item { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = 0.5, Kind = NumberKind.Measure, Unit = hu, Bare = false });
            }

            if (article && d != i && NumberLexicon.Denominators.TryGetValue(dw, out double den) && !dw.EndsWith('s') && den > 2
                && (doc.Is(d + 1, "of") || (d + 1 < doc.TokenCount && doc[d + 1].Kind == TokenKind.Punctuation) || d + 1 >= doc.TokenCount))
            {
                var item = new Item { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = Math.Round(1 / den, 4), Kind = NumberKind.Fraction, Bare = false };
                Subject(doc, item, d + 1);
                return Bounded(doc, item);
            }
        }

        // Hyphenated: "seven-year", "three-term", "two-thirds", "two-to-one", "quarter-century", "first-time".
        int dash = lower.IndexOf('-', StringComparison.Ordinal);
        if (dash > 0)
        {
            string head = lower[..dash];
            string rest = lower[(dash + 1)..];
            if (TryCardinalWord(head, out double hv) && !MatchesIdiom(doc, i))
            {
                var item = new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = hv, Bare = false };
                if (NumberLexicon.Denominators.TryGetValue(rest, out double den2) && (rest.EndsWith('s') || hv == 1))
                {
                    item.Kind = NumberKind.Fraction;
                    item.Value = Math.Round(hv / den2, 4);
                    Subject(doc, item, i + 1);
                    return Bounded(doc, item);
                }

                if (HyphenUnit(rest, item))
                {
                    if (item.Kind == NumberKind.Count && rest.StartsWith("time", StringComparison.Ordinal))
                    {
                        item.Subject = "times";
                    }

                    return Bounded(doc, item);
                }

                return null;
            }

            if (NumberLexicon.Ordinals.TryGetValue(head, out double ov) && !MatchesIdiom(doc, i) && !(t.IsCapitalized && !IsSentenceStart(doc, i)))
            {
                return Bounded(doc, new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = ov, Kind = NumberKind.Ordinal, Bare = false });
            }

            // "twenty-first".
            int dash2 = rest.IndexOf('-', StringComparison.Ordinal);
            if (NumberLexicon.Units.TryGetValue(head, out double tens) && tens >= 20 && NumberLexicon.Ordinals.TryGetValue(dash2 > 0 ? rest[..dash2] : rest, out double ou) && ou < 10)
            {
                return Bounded(doc, new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = tens + ou, Kind = NumberKind.Ordinal, Bare = false });
            }

            return null;
        }

        // Ordinals.
        if (NumberLexicon.Ordinals.TryGetValue(lower, out double ord))
        {
            if (MatchesIdiom(doc, i))
            {
                return null;
            }

            // Inside a name: "Second World War", "Fifth Avenue".
            if (t.IsCapitalized && i + 1 < doc.TokenCount && doc[i + 1].IsCapitalized && doc[i + 1].Kind == TokenKind.Word && !doc[i + 1].IsAllCaps)
            {
                return null;
            }

            if (lower == "second" && (doc.Is(i - 1, "a") || doc.Is(i - 1, "per") || doc.Is(i - 1, "every") || doc.Is(i - 1, "split")) && !(i + 1 < doc.TokenCount && doc[i + 1].Kind == TokenKind.Word && !doc.IsIn(i + 1, NumberLexicon.NotCountedNouns)))
            {
                return null;
            }

            if (doc.Is(i - 1, "america") || doc.Is(i - 1, "country") && lower == "first")
            {
                return null;
            }

            return Bounded(doc, new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = ord, Kind = NumberKind.Ordinal, Bare = false });
        }

        // Multiples: "twice", "threefold", "double the".
        if (NumberLexicon.MultipleWords.TryGetValue(lower, out double mult))
        {
            bool adjectival = lower is not ("double" or "doubles" or "triple" or "quadruple")
                || doc.Is(i + 1, "the") || doc.Is(i + 1, "that") || doc.Is(i + 1, "what") || doc.Is(i + 1, "its") || doc.Is(i + 1, "their") || doc.Is(i + 1, "his") || doc.Is(i + 1, "her");
            if (adjectival && lower != "doubles" && !(lower == "double" && doc.Is(i - 1, "to")))
            {
                return Bounded(doc, new Item { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = mult, Kind = NumberKind.Multiple, Bare = false });
            }
        }

        return null;
    }

    private static Item Bounded(TextDocument doc, Item item)
    {
        SetBound(doc, item);
        return item;
    }

    // ---------------------------------------------------------------- digits inside words, dates, times

    private static Item? WordWithDigits(TextDocument doc, int i)
    {
        ReadOnlySpan<char> w = doc.OriginalText(i);
        int start = w.IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return null;
        }

        int end = start;
        while (end < w.Length && (char.IsDigit(w[end]) || ((w[end] == ',' || w[end] == '.') && end + 1 < w.Length && char.IsDigit(w[end + 1]))))
        {
            end++;
        }

        _ = TryParse(w[start..end], out double value);
        var item = new Item
        {
            First = i,
            Last = i,
            NumeralFirst = i,
            NumeralLast = i,
            Value = value,
            Kind = NumberKind.Other,
            Unit = "identifier",
            Bare = false,
            CharStart = doc[i].Start + start,
            CharEnd = doc[i].Start + end,
        };

        // "mid-2016", "pre-2008", "post-1945".
        string lower = w.ToString().ToLowerInvariant();
        if (end - start == 4 && start > 0 && w[start - 1] == '-' && value is >= 1000 and <= 2100 && end == w.Length
            && lower[..(start - 1)] is "mid" or "pre" or "post" or "early" or "late" or "fiscal" or "fy")
        {
            item.Kind = NumberKind.Year;
            item.Unit = null;
        }

        return item;
    }

    private static bool IsDayNumber(TextDocument doc, int k, out int day, out int last)
    {
        day = 0;
        last = k;
        if (k >= doc.TokenCount || doc[k].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> d = doc.TokenText(k);
        if (d.Length > 2 || !int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out day) || day is < 1 or > 31)
        {
            return false;
        }

        if (Attached(doc, k + 1) && (doc.Is(k + 1, "st") || doc.Is(k + 1, "nd") || doc.Is(k + 1, "rd") || doc.Is(k + 1, "th")))
        {
            last = k + 1;
        }

        return true;
    }

    private static bool IsYearNumber(TextDocument doc, int k, out int year)
    {
        year = 0;
        if (k >= doc.TokenCount || doc[k].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> d = doc.TokenText(k);
        return d.Length == 4 && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2100;
    }

    private static bool IsMonth(TextDocument doc, int k, out int month)
    {
        month = 0;
        if (k < 0 || k >= doc.TokenCount || doc[k].Kind != TokenKind.Word || !doc[k].IsCapitalized)
        {
            return false;
        }

        return NumberLexicon.Months.TryGetValue(doc.TokenText(k).ToString(), out month);
    }

    private static bool TryDate(TextDocument doc, int i, out Item? item)
    {
        item = null;
        int month;
        int day = 0;
        int year = 0;
        int last;
        if (IsMonth(doc, i, out month))
        {
            ReadOnlySpan<char> m = doc.TokenText(i);
            bool ambiguous = m.Equals("may", StringComparison.OrdinalIgnoreCase) || m.Equals("march", StringComparison.OrdinalIgnoreCase);
            if (IsDayNumber(doc, i + 1, out day, out last))
            {
                int k = last + 1;
                if (doc.Is(k, ",") && IsYearNumber(doc, k + 1, out year))
                {
                    last = k + 1;
                }
                else if (IsYearNumber(doc, k, out year))
                {
                    last = k;
                }
            }
            else if (IsYearNumber(doc, i + 1, out year) || (doc.Is(i + 1, ",") && IsYearNumber(doc, i + 2, out year)))
            {
                last = doc.Is(i + 1, ",") ? i + 2 : i + 1;
                if (ambiguous && doc.Is(i + 1, ","))
                {
                    return false;
                }
            }
            else
            {
                return false;
            }
        }
        else if (IsDayNumber(doc, i, out day, out last) && IsMonth(doc, last + 1, out month) && !doc.TokenText(last + 1).Equals("may", StringComparison.OrdinalIgnoreCase))
        {
            last++;
            if (IsYearNumber(doc, last + 1, out year) || (doc.Is(last + 1, ",") && IsYearNumber(doc, last + 2, out year)))
            {
                last = doc.Is(last + 1, ",") ? last + 2 : last + 1;
            }
        }
        else
        {
            return false;
        }

        item = new Item
        {
            First = i,
            Last = last,
            NumeralFirst = i,
            NumeralLast = last,
            Value = (year * 10000) + (month * 100) + day,
            Kind = NumberKind.Date,
            Bare = false,
        };
        return true;
    }

    private static bool TryTime(TextDocument doc, int i, out Item? item)
    {
        item = null;
        ReadOnlySpan<char> h = doc.TokenText(i);
        if (h.Length > 2 || !int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out int hours))
        {
            return false;
        }

        int last = i;
        int minutes = 0;
        int seconds = -1;
        bool colon = false;
        if (doc.Is(i + 1, ":") && Attached(doc, i + 1) && Attached(doc, i + 2) && i + 2 < doc.TokenCount && doc[i + 2].Kind == TokenKind.Number
            && doc.TokenText(i + 2).Length == 2 && int.TryParse(doc.TokenText(i + 2), NumberStyles.None, CultureInfo.InvariantCulture, out minutes) && minutes < 60)
        {
            colon = true;
            last = i + 2;
            if (doc.Is(i + 3, ":") && Attached(doc, i + 3) && Attached(doc, i + 4) && i + 4 < doc.TokenCount && doc.TokenText(i + 4).Length == 2
                && int.TryParse(doc.TokenText(i + 4), NumberStyles.None, CultureInfo.InvariantCulture, out int s) && s < 60)
            {
                seconds = s;
                last = i + 4;
            }
        }

        bool pm = false;
        bool meridiem = false;
        if (last + 1 < doc.TokenCount && doc.IsIn(last + 1, NumberLexicon.Meridiem) && (colon || hours is >= 1 and <= 12)
            && !(doc.Is(last + 1, "a") && !Attached(doc, last + 1)) && !(doc.Is(last + 1, "am") && !colon && !Attached(doc, last + 1) && !doc.OriginalText(last + 1).SequenceEqual("am")))
        {
            meridiem = true;
            pm = doc.TokenText(last + 1).StartsWith("p") || doc.TokenText(last + 1).StartsWith("P");
            last++;
            if (doc.TokenText(last).Length == 1 && doc.Is(last + 1, ".") && Attached(doc, last + 1))
            {
                last++;
            }
        }

        if (!colon && !meridiem)
        {
            return false;
        }

        if (last + 1 < doc.TokenCount && NumberLexicon.TimeZones.Contains(doc.OriginalText(last + 1).ToString()))
        {
            last++;
        }

        bool clock = meridiem || doc.IsIn(i - 1, NumberLexicon.TimeCues) || doc.Is(last + 1, "o'clock");
        if (clock && hours <= 24)
        {
            int hh = pm && hours < 12 ? hours + 12 : !pm && meridiem && hours == 12 ? 0 : hours;
            item = new Item { First = i, Last = last, NumeralFirst = i, NumeralLast = last, Value = (hh * 100) + minutes, Kind = NumberKind.Time, Bare = false };
            return true;
        }

        if (!colon)
        {
            return false;
        }

        // A duration or time stamp: "2:14" is 134 seconds, "1:02:03" is 3723 seconds.
        double total = seconds >= 0 ? (hours * 3600) + (minutes * 60) + seconds : (hours * 60) + minutes;
        item = new Item { First = i, Last = last, NumeralFirst = i, NumeralLast = last, Value = total, Kind = NumberKind.Measure, Unit = "second", Bare = false };
        return true;
    }

    private static bool TryPhone(TextDocument doc, int i, out Item? item)
    {
        item = null;
        int k = i;
        ReadOnlySpan<char> a = doc.TokenText(i);
        if (a.Length != 3 || a.IndexOf(',') >= 0)
        {
            return false;
        }

        // "555-0100", "202-555-0100", "(202) 555-0100".
        int parts = 1;
        while (parts < 3 && doc.Is(k + 1, "-") && Attached(doc, k + 1) && Attached(doc, k + 2) && k + 2 < doc.TokenCount && doc[k + 2].Kind == TokenKind.Number)
        {
            int len = doc.TokenText(k + 2).Length;
            if (len is not (3 or 4))
            {
                return false;
            }

            k += 2;
            parts++;
            if (len == 4)
            {
                break;
            }
        }

        if (parts < 2 || doc.TokenText(k).Length != 4)
        {
            return false;
        }

        int first = i;
        if (doc.Is(i - 1, ")") && doc.Is(i - 3, "(") && i >= 3 && doc[i - 2].Kind == TokenKind.Number && doc.TokenText(i - 2).Length == 3)
        {
            first = i - 3;
        }

        item = new Item { First = first, Last = k, NumeralFirst = first, NumeralLast = k, Value = 0, Kind = NumberKind.Other, Unit = "phone", Bare = false };
        if (first < i)
        {
            item.CharStart = doc[first + 1].Start;
        }

        return true;
    }

    private static bool IsListNumber(TextDocument doc, int i)
    {
        bool lineStart = i == 0 || doc.NewlinesBefore(i) > 0;
        return lineStart && doc.TokenText(i).Length <= 2 && (doc.Is(i + 1, ".") || doc.Is(i + 1, ")")) && Attached(doc, i + 1)
            && i + 2 < doc.TokenCount && doc[i + 2].Kind == TokenKind.Word && doc[i + 2].IsCapitalized;
    }

    // ---------------------------------------------------------------- ranges

    private static void CarryAcrossRanges(TextDocument doc, List<Item> items)
    {
        for (int x = 0; x + 1 < items.Count; x++)
        {
            Item a = items[x];
            Item b = items[x + 1];
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

    private static bool Attached(TextDocument doc, int index) => index > 0 && index < doc.TokenCount && doc.IsAttachedToPrevious(index);
}
