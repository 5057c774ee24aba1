using System.Globalization;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Classifier;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// Dates, clock times, durations, phone numbers, list positions and digits inside words.
/// </summary>
internal static class DatesAndTimes
{
    public static NumberItem? WordWithDigits(TextDocument doc, int i)
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
        var item = new NumberItem
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
        if (end - start == 4 && start > 0 && w[start - 1] == '-' && value is >= 1000 and <= 2100 && end == w.Length
            && Strings.Lower(w[..(start - 1)]) is "mid" or "pre" or "post" or "early" or "late" or "fiscal" or "fy")
        {
            item.Kind = NumberKind.Year;
            item.Unit = null;
        }

        return item;
    }

    public static bool IsDayNumber(TextDocument doc, int k, out int day, out int last)
    {
        day = 0;
        last = k;
        if ((uint)k >= (uint)doc.TokenCount || doc[k].Kind != TokenKind.Number)
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

    public static bool IsYearNumber(TextDocument doc, int k, out int year)
    {
        year = 0;
        if (k >= doc.TokenCount || doc[k].Kind != TokenKind.Number)
        {
            return false;
        }

        ReadOnlySpan<char> d = doc.TokenText(k);
        return d.Length == 4 && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out year) && year is >= 1000 and <= 2100;
    }

    public static bool IsMonth(TextDocument doc, int k, out int month)
    {
        month = 0;
        if (k < 0 || k >= doc.TokenCount || doc[k].Kind != TokenKind.Word || !doc[k].IsCapitalized)
        {
            return false;
        }

        return NumberLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(doc.TokenText(k), out month);
    }

    /// <summary>
    /// The second day of a date range, "Aug. 12-14", "March 3-5, 2016", "Oct. 10 to 12": a date in the month before
    /// it (with the year that follows, if any), never a count.
    /// </summary>
    public static bool TryRangeEndDay(TextDocument doc, int i, out NumberItem? item)
    {
        item = null;
        int j = i - 1;
        if (!(doc.Is(j, "-") || doc.Is(j, "\u2013") || doc.Is(j, "to") || doc.Is(j, "through")) || !IsDayNumber(doc, i, out int day, out int last))
        {
            return false;
        }

        int d = j - 1;
        if (d > 0 && (doc.Is(d, "st") || doc.Is(d, "nd") || doc.Is(d, "rd") || doc.Is(d, "th")))
        {
            d--;
        }

        if (d < 1 || !IsDayNumber(doc, d, out int firstDay, out _) || !IsMonth(doc, d - 1, out int month) || firstDay >= day)
        {
            return false;
        }

        int year = 0;
        if (doc.Is(last + 1, ",") && IsYearNumber(doc, last + 2, out year))
        {
            last += 2;
        }
        else if (IsYearNumber(doc, last + 1, out year))
        {
            last++;
        }

        item = new NumberItem { First = i, Last = last, NumeralFirst = i, NumeralLast = last, Value = (year * 10000) + (month * 100) + day, Kind = NumberKind.Date, Bare = false };
        return true;
    }

    public static bool TryDate(TextDocument doc, int i, out NumberItem? item)
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

        item = new NumberItem
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

    public static bool TryTime(TextDocument doc, int i, out NumberItem? item)
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

        if (last + 1 < doc.TokenCount && NumberLexicon.TimeZones.GetAlternateLookup<ReadOnlySpan<char>>().Contains(doc.OriginalText(last + 1)))
        {
            last++;
        }

        bool clock = meridiem || doc.IsIn(i - 1, NumberLexicon.TimeCues) || doc.Is(last + 1, "o'clock");
        if (clock && hours <= 24)
        {
            int hh = pm && hours < 12 ? hours + 12 : !pm && meridiem && hours == 12 ? 0 : hours;
            item = new NumberItem { First = i, Last = last, NumeralFirst = i, NumeralLast = last, Value = (hh * 100) + minutes, Kind = NumberKind.Time, Bare = false };
            return true;
        }

        if (!colon)
        {
            return false;
        }

        // A duration or time stamp: "2:14" is 134 seconds, "1:02:03" is 3723 seconds.
        double total = seconds >= 0 ? (hours * 3600) + (minutes * 60) + seconds : (hours * 60) + minutes;
        item = new NumberItem { First = i, Last = last, NumeralFirst = i, NumeralLast = last, Value = total, Kind = NumberKind.Measure, Unit = "second", Bare = false };
        return true;
    }

    public static bool TryPhone(TextDocument doc, int i, out NumberItem? item)
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

        item = new NumberItem { First = first, Last = k, NumeralFirst = first, NumeralLast = k, Value = 0, Kind = NumberKind.Other, Unit = "phone", Bare = false };
        if (first < i)
        {
            item.CharStart = doc[first + 1].Start;
        }

        return true;
    }

    public static bool IsListNumber(TextDocument doc, int i)
    {
        bool lineStart = i == 0 || doc.NewlinesBefore(i) > 0;
        return lineStart && doc.TokenText(i).Length <= 2 && (doc.Is(i + 1, ".") || doc.Is(i + 1, ")")) && Attached(doc, i + 1)
            && i + 2 < doc.TokenCount && doc[i + 2].Kind == TokenKind.Word && doc[i + 2].IsCapitalized;
    }

}
