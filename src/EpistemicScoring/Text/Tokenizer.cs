using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Text;

/// <summary>
/// Splits text into tokens with offsets in one left-to-right pass. Works on the folded text
/// (<see cref="CharFolding"/>), which has the same length as the input.
/// </summary>
internal static class Tokenizer
{
    private const string WordFile = "text-abbreviations.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    /// <summary>Abbreviations whose final period never ends a sentence by itself (titles, "vs.", "e.g.").</summary>
    internal static readonly FrozenSet<string> TitleAbbreviations = EmbeddedData.Class(Words, WordFile, "title-abbreviations");

    /// <summary>Abbreviations that may also end a sentence ("Inc.", "Jr.", "etc.").</summary>
    internal static readonly FrozenSet<string> TrailingAbbreviations = EmbeddedData.Class(Words, WordFile, "trailing-abbreviations");

    private static readonly SearchValues<char> Bullets = SearchValues.Create("-*\u2022\u00B7\u25AA\u25CF\u2023\u2043\u25E6\u2014");

    /// <summary>Tokenizes <paramref name="folded"/>.</summary>
    /// <param name="folded">The folded text.</param>
    /// <param name="tokens">Receives the tokens.</param>
    /// <param name="newlinesBefore">Receives, per token, the number of line breaks in the white space before it (capped at 255).</param>
    public static void Tokenize(string folded, List<Token> tokens, List<byte> newlinesBefore)
    {
        int i = 0;
        int n = folded.Length;
        int newlines = 0;
        while (i < n)
        {
            char c = folded[i];
            if (c == '\n')
            {
                newlines++;
                i++;
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c) || IsFormat(c))
            {
                i++;
                continue;
            }

            int start = i;
            Token token;
            if (IsUrlStart(folded, i))
            {
                while (i < n && !char.IsWhiteSpace(folded[i]))
                {
                    i++;
                }

                while (i > start + 1 && IsTrailingUrlPunctuation(folded[i - 1]))
                {
                    i--;
                }

                token = new Token(start, i - start, TokenKind.Url, TokenShape.None);
            }
            else if (char.IsDigit(c))
            {
                i = ScanNumber(folded, i);
                token = new Token(start, i - start, TokenKind.Number, TokenShape.HasDigit);
            }
            else if (IsWordChar(c))
            {
                token = ScanWord(folded, ref i);
            }
            else if (c == '\'' && i > 0 && IsWordChar(folded[i - 1]) && i + 1 < n && folded[i + 1] is 's' or 'S'
                && (i + 2 >= n || !IsWordChar(folded[i + 2])))
            {
                // The possessive "'s" as one token.
                i += 2;
                token = new Token(start, 2, TokenKind.Word, TokenShape.Lower);
            }
            else if (c == '.' && i + 2 < n && folded[i + 1] == '.' && folded[i + 2] == '.')
            {
                i += 3;
                while (i < n && folded[i] == '.')
                {
                    i++;
                }

                token = new Token(start, i - start, TokenKind.Punctuation, TokenShape.None);
            }
            else if (c == '-' && i + 1 < n && folded[i + 1] == '-')
            {
                while (i < n && folded[i] == '-')
                {
                    i++;
                }

                token = new Token(start, i - start, TokenKind.Punctuation, TokenShape.None);
            }
            else if (char.IsSurrogate(c))
            {
                i += char.IsHighSurrogate(c) && i + 1 < n && char.IsLowSurrogate(folded[i + 1]) ? 2 : 1;
                token = new Token(start, i - start, TokenKind.Symbol, TokenShape.None);
            }
            else
            {
                i++;
                TokenKind kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                token = new Token(start, 1, kind, TokenShape.None);
            }

            tokens.Add(token);
            newlinesBefore.Add((byte)Math.Min(newlines, 255));
            newlines = 0;
        }
    }

    /// <summary>True when <paramref name="c"/> is a bullet marker.</summary>
    /// <param name="c">The character.</param>
    /// <returns>Whether it is a bullet.</returns>
    public static bool IsBullet(char c) => Bullets.Contains(c);

    private static bool IsFormat(char c) => CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format;

    private static bool IsWordChar(char c)
    {
        if (char.IsLetterOrDigit(c))
        {
            return true;
        }

        UnicodeCategory cat = CharUnicodeInfo.GetUnicodeCategory(c);
        return cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
    }

    private static bool IsUrlStart(string s, int i)
    {
        ReadOnlySpan<char> rest = s.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && char.IsLetterOrDigit(rest[4]));
    }

    private static bool IsTrailingUrlPunctuation(char c) => c is '.' or ',' or ';' or ':' or ')' or ']' or '"' or '\'' or '!' or '?';

    private static int ScanNumber(string s, int i)
    {
        int n = s.Length;
        while (i < n && char.IsDigit(s[i]))
        {
            i++;
        }

        // Separators and a decimal part: "1,000,000", "3.5", "24,50". A separator counts only between digits.
        while (i + 1 < n && (s[i] == ',' || s[i] == '.') && char.IsDigit(s[i + 1]))
        {
            i++;
            while (i < n && char.IsDigit(s[i]))
            {
                i++;
            }
        }

        return i;
    }

    private static Token ScanWord(string s, ref int i)
    {
        int start = i;
        int n = s.Length;

        // Dotted abbreviations: "U.S.", "a.m.", "e.g.", "D.C.", "U.S.A.".
        int j = i;
        int pairs = 0;
        while (j + 1 < n && char.IsLetter(s[j]) && s[j + 1] == '.')
        {
            j += 2;
            pairs++;
        }

        if (pairs >= 2 && (j >= n || !char.IsLetterOrDigit(s[j])))
        {
            i = j;
            return new Token(start, j - start, TokenKind.Word, ShapeOf(s.AsSpan(start, j - start)) | TokenShape.Abbreviation);
        }

        bool hyphen = false;
        while (i < n)
        {
            char c = s[i];
            if (IsWordChar(c))
            {
                i++;
                continue;
            }

            if (i + 1 < n && IsWordChar(s[i + 1]))
            {
                if (c == '-')
                {
                    hyphen = true;
                    i++;
                    continue;
                }

                if (c == '\'')
                {
                    // Keep "O'Brien" and "don't" whole; leave the possessive "'s" as a token of its own.
                    bool possessive = (s[i + 1] is 's' or 'S') && (i + 2 >= n || !IsWordChar(s[i + 2]));
                    if (!possessive)
                    {
                        i++;
                        continue;
                    }
                }

                if (c == '&' && char.IsUpper(s[i - 1]) && char.IsUpper(s[i + 1]))
                {
                    i++;
                    continue;
                }
            }

            break;
        }

        TokenShape shape = ShapeOf(s.AsSpan(start, i - start));
        if (hyphen)
        {
            shape |= TokenShape.Hyphenated;
        }

        // A period that belongs to the word: "Dr.", "Inc.", an initial "F.".
        if (i < n && s[i] == '.')
        {
            ReadOnlySpan<char> word = s.AsSpan(start, i - start);
            bool initial = word.Length == 1 && char.IsUpper(word[0]);
            bool title = TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
            bool trailing = TrailingAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
                && (char.IsUpper(word[0]) || word.Equals("etc", StringComparison.Ordinal))
                && !(word.Equals("No", StringComparison.Ordinal) && !(i + 2 < n && char.IsDigit(s[i + 2])));
            if (initial || title || trailing)
            {
                i++;
                shape |= initial ? TokenShape.Initial : TokenShape.Abbreviation;
            }
        }

        return new Token(start, i - start, TokenKind.Word, shape);
    }

    private static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        int upper = 0;
        int lower = 0;
        bool digit = false;
        bool firstUpper = false;
        bool seenLetter = false;
        foreach (char c in word)
        {
            if (char.IsUpper(c))
            {
                upper++;
                if (!seenLetter)
                {
                    firstUpper = true;
                }

                seenLetter = true;
            }
            else if (char.IsLower(c))
            {
                lower++;
                seenLetter = true;
            }
            else if (char.IsDigit(c))
            {
                digit = true;
            }
            else if (char.IsLetter(c))
            {
                // Letters without case (CJK, Arabic ...).
                seenLetter = true;
            }
        }

        TokenShape shape = TokenShape.None;
        if (firstUpper)
        {
            shape |= TokenShape.Capitalized;
        }

        if (upper >= 2 && lower == 0)
        {
            shape |= TokenShape.AllCaps;
        }

        if (lower > 0 && upper == 0)
        {
            shape |= TokenShape.Lower;
        }

        if (digit)
        {
            shape |= TokenShape.HasDigit;
        }

        return shape;
    }
}
