using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Numbers.Numerals;
using static EpistemicScoring.Numbers.Suffixes;
using static EpistemicScoring.Numbers.UnitWords;
using static EpistemicScoring.Numbers.Subjects;
using static EpistemicScoring.Numbers.Bounds;
using static EpistemicScoring.Numbers.NumberWords;
using static EpistemicScoring.Numbers.DatesAndTimes;
using static EpistemicScoring.Numbers.Ranges;
using static EpistemicScoring.Numbers.NumberTokens;

namespace EpistemicScoring.Numbers;

/// <summary>
/// The kind of a bare figure from its context: rank, identifier, year, age, or a count with its subject.
/// </summary>
internal static class Classifier
{
    public static void Classify(TextDocument doc, NumberItem item, Numeral num)
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

    public static bool IsAge(TextDocument doc, int f, int last)
    {
        if (doc.Is(f - 1, "aged") || doc.Is(f - 1, "age") || doc.Is(f - 1, "ages"))
        {
            return true;
        }

        // "Name, 46," or "Name (46)".
        bool before = f >= 2 && doc.Is(f - 1, ",") && doc[f - 2].Kind == TokenKind.Word && doc[f - 2].IsCapitalized && !doc[f - 2].IsAllCaps
            && !NumberLexicon.Months.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(doc.TokenText(f - 2));
        bool after = last + 1 >= doc.TokenCount || doc.Is(last + 1, ",") || doc.Is(last + 1, ")") || doc.Is(last + 1, ".") || doc.Is(last + 1, ";");
        return before && after && doc[f].Kind == TokenKind.Number;
    }

    public static bool IsRankContext(TextDocument doc, int f) =>
        (doc.Is(f - 1, "number") && !doc.Is(f - 2, "a") && !doc.Is(f - 2, "the") && doc[f].Kind is TokenKind.Word or TokenKind.Number && (doc.Is(f, "one") || doc[f].Kind == TokenKind.Number))
        || (doc.Is(f - 1, "No.") && doc[f].Kind == TokenKind.Number)
        || ((doc.Is(f - 1, "ranked") || doc.Is(f - 1, "ranks")) && doc[f].Kind == TokenKind.Number);

    public static bool IsSentenceStart(TextDocument doc, int index)
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

}
