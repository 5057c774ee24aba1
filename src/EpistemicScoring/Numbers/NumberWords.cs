using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// Number words that are not numbers (idioms, pronoun "one", names) and word-only forms: fractions, ordinals, multiples, hyphenated unit words.
/// </summary>
internal static class NumberWords
{
    public static bool IsExcludedWord(TextDocument doc, Numeral num)
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
            bool unit = doc.Is(k, "%") || doc.Is(k, "percent") || (k < doc.TokenCount && (NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(k)) || NumberLexicon.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(k))));
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
            && !NumberLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(i + 1)) && !doc[i + 1].IsAllCaps && !word.Equals("one", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return false;
    }

    public static bool MatchesIdiom(TextDocument doc, int i)
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
    public static NumberItem? WordForms(TextDocument doc, int i)
    {
        ReadOnlySpan<char> word = doc.TokenText(i);
        // "a" and "an" (most of the calls) as literals; any other word lower-cased once.
        string lower = word.Equals("a", StringComparison.OrdinalIgnoreCase) ? "a" : word.Equals("an", StringComparison.OrdinalIgnoreCase) ? "an" : Strings.Lower(word);
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
            // The next word lower-cased on the stack: it is compared and looked up, never kept.
            ReadOnlySpan<char> next = doc.TokenText(d);
            Span<char> folded = next.Length <= 64 ? stackalloc char[next.Length] : new char[next.Length];
            ReadOnlySpan<char> dw = folded[..next.ToLowerInvariant(folded)];
            if (dw is "quarter-century" && (article || d == i))
            {
                return Bounded(doc, new NumberItem { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = 25, Kind = NumberKind.Measure, Unit = "year", Bare = false });
            }

            if ((dw is "half-dozen" || (dw is "half" && doc.Is(d + 1, "a") && doc.Is(d + 2, "dozen"))) && (article || d == i))
            {
                var six = new NumberItem { First = i, Last = dw is "half" ? d + 2 : d, NumeralFirst = i, NumeralLast = dw is "half" ? d + 2 : d, Value = 6, Bare = false, Kind = NumberKind.Count };
                Subject(doc, six, six.Last + 1);
                return Bounded(doc, six);
            }

            if (dw is "half" && (doc.Is(d + 1, "a") || doc.Is(d + 1, "an")) && d + 2 < doc.TokenCount
                && NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(d + 2), out double halfScale) && halfScale >= 1000)
            {
                // "half a million dollars".
                var scaled = new NumberItem { First = i, Last = d + 2, NumeralFirst = i, NumeralLast = d + 2, Value = halfScale / 2, Step = halfScale / 2, ScaleWord = halfScale, Bare = false, Kind = NumberKind.Count };
                int c = d + 3;
                if (c < doc.TokenCount && NumberLexicon.CurrencyWords.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(c), out (string Code, double Factor) hc) && hc.Factor == 1)
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

            if (dw is "half" && (article || d == i) && !MatchesIdiom(doc, d) && !doc.Is(d - 1, "first") && !doc.Is(d - 1, "second"))
            {
                var item = new NumberItem { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = 0.5, Kind = NumberKind.Fraction, Bare = false };
                int k = d + 1;
                if (k < doc.TokenCount && NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(k), out string? unit))
                {
                    item.Kind = NumberKind.Measure;
                    item.Unit = unit;
                    item.Last = k;
                }
                else if (doc.Is(k, "a") || doc.Is(k, "an"))
                {
                    if (k + 1 < doc.TokenCount && NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(k + 1), out string? unit2))
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

            if (article && dw.StartsWith("half-", StringComparison.Ordinal) && NumberLexicon.MeasureUnits.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(dw[5..], out string? hu))
            {
                return Bounded(doc, new NumberItem { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = 0.5, Kind = NumberKind.Measure, Unit = hu, Bare = false });
            }

            if (article && d != i && NumberLexicon.Denominators.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(dw, out double den) && !dw.EndsWith('s') && den > 2
                && (doc.Is(d + 1, "of") || (d + 1 < doc.TokenCount && doc[d + 1].Kind == TokenKind.Punctuation) || d + 1 >= doc.TokenCount))
            {
                var item = new NumberItem { First = i, Last = d, NumeralFirst = i, NumeralLast = d, Value = Math.Round(1 / den, 4), Kind = NumberKind.Fraction, Bare = false };
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
                var item = new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = hv, Bare = false };
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
                return Bounded(doc, new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = ov, Kind = NumberKind.Ordinal, Bare = false });
            }

            // "twenty-first".
            int dash2 = rest.IndexOf('-', StringComparison.Ordinal);
            if (NumberLexicon.Units.TryGetValue(head, out double tens) && tens >= 20 && NumberLexicon.Ordinals.TryGetValue(dash2 > 0 ? rest[..dash2] : rest, out double ou) && ou < 10)
            {
                return Bounded(doc, new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = tens + ou, Kind = NumberKind.Ordinal, Bare = false });
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

            return Bounded(doc, new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = ord, Kind = NumberKind.Ordinal, Bare = false });
        }

        // Multiples: "twice", "threefold", "double the".
        if (NumberLexicon.MultipleWords.TryGetValue(lower, out double mult))
        {
            bool adjectival = lower is not ("double" or "doubles" or "triple" or "quadruple")
                || doc.Is(i + 1, "the") || doc.Is(i + 1, "that") || doc.Is(i + 1, "what") || doc.Is(i + 1, "its") || doc.Is(i + 1, "their") || doc.Is(i + 1, "his") || doc.Is(i + 1, "her");
            if (adjectival && lower != "doubles" && !(lower == "double" && doc.Is(i - 1, "to")))
            {
                return Bounded(doc, new NumberItem { First = i, Last = i, NumeralFirst = i, NumeralLast = i, Value = mult, Kind = NumberKind.Multiple, Bare = false });
            }
        }

        return null;
    }

}
