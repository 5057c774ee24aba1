using System.Collections.Frozen;
using System.Globalization;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Language;

/// <summary>
/// Tells English from other languages in one pass over the letters and words: the script of most letters first
/// (a text mostly in Hangul, Greek or Cyrillic is not English), then, for Latin script, which language's function
/// words it uses (<c>Language/Data/language-function-words.tsv</c>). Function words are the most frequent words of
/// any running prose and differ between languages, so a few dozen per language tell them apart in a paragraph; a
/// text too short, or made of figures and names, is read as no language in particular and scored as English.
/// </summary>
/// <remarks>
/// A statistical detector such as Lingua (SearchPioneer.Lingua on NuGet) tells 75 languages apart, also in short
/// texts, but its models weigh about 74 MB, which the core library's no-heavy-dependencies rule does not allow for a
/// question it needs answered only as "English or not". A caller who wants the language named can run one beside
/// the scorer.
/// </remarks>
internal static class LanguageGuesser
{
    private const string WordFile = "language-function-words.tsv";

    /// <summary>Fewer letters than this give no verdict on the language.</summary>
    internal const int MinLetters = 40;

    /// <summary>Fewer Latin-script words than this give no verdict on the language.</summary>
    internal const int MinWords = 12;

    /// <summary>
    /// Another language wins when its function words are at least this share of the words (English news: 0.3 to
    /// 0.45; the other lists reach 0.25 to 0.4 in their own language) ...
    /// </summary>
    internal const double OtherShare = 0.12;

    /// <summary>... and at least this many times as frequent as the English ones, which short shared words ("is", "as") keep above zero.</summary>
    internal const double OtherOverEnglish = 2.0;

    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = EmbeddedData.WordClasses(WordFile);

    /// <summary>The languages in a fixed order (English first), each a bit of <see cref="LanguagesOfWord"/>.</summary>
    private static readonly string[] Codes = [.. Classes.Keys.OrderBy(static c => c == "en" ? 0 : 1).ThenBy(static c => c, StringComparer.Ordinal)];

    /// <summary>For each function word, the languages it belongs to as bits of <see cref="Codes"/>: one look-up per word.</summary>
    private static readonly FrozenDictionary<string, int> LanguagesOfWord = BuildWordBits();

    /// <summary>Names for messages.</summary>
    internal static readonly FrozenDictionary<string, string> Names = EmbeddedData.Keyed("language-names.tsv", static row => row[1]);

    private static FrozenDictionary<string, int> BuildWordBits()
    {
        var bits = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (int k = 0; k < Codes.Length; k++)
        {
            foreach (string word in Classes[Codes[k]])
            {
                bits[word] = bits.GetValueOrDefault(word) | (1 << k);
            }
        }

        return bits.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The language of <paramref name="doc"/>.</summary>
    public static LanguageInfo Guess(TextDocument doc)
    {
        Span<int> scripts = stackalloc int[(int)Script.Count];
        string text = doc.Text;
        int letters = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsLetter(c))
            {
                scripts[(int)ScriptOf(c)]++;
                letters++;
            }
        }

        if (letters < MinLetters)
        {
            return new LanguageInfo("und", letters == 0 ? "none" : Name(Dominant(scripts)), ScoredAsEnglish: true);
        }

        Script dominant = Dominant(scripts);
        if (dominant != Script.Latin && scripts[(int)dominant] * 2 > letters)
        {
            // Japanese writes kana among its Han characters; Chinese has none.
            string code = dominant switch
            {
                Script.Greek => "el",
                Script.Hebrew => "he",
                Script.Hangul => "ko",
                Script.Kana => "ja",
                Script.Han => scripts[(int)Script.Kana] * 20 > scripts[(int)Script.Han] ? "ja" : "zh",
                Script.Thai => "th",
                _ => "und",
            };
            return new LanguageInfo(code, Name(dominant), ScoredAsEnglish: false);
        }

        Span<int> hits = stackalloc int[Codes.Length];
        int words = 0;
        FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup = LanguagesOfWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (int t = 0; t < doc.TokenCount; t++)
        {
            if (doc[t].Kind != TokenKind.Word || !char.IsLetter(doc.Text[doc[t].Start]))
            {
                continue;
            }

            words++;
            if (lookup.TryGetValue(doc.TokenText(t), out int bits))
            {
                for (int k = 0; k < Codes.Length; k++)
                {
                    if ((bits & (1 << k)) != 0)
                    {
                        hits[k]++;
                    }
                }
            }
        }

        double english = words == 0 ? 0 : (double)hits[0] / words;
        if (words < MinWords)
        {
            return new LanguageInfo("und", "latin", ScoredAsEnglish: true) { EnglishShare = Math.Round(english, 3) };
        }

        int best = 1;
        for (int k = 2; k < Codes.Length; k++)
        {
            if (hits[k] > hits[best])
            {
                best = k;
            }
        }

        if ((double)hits[best] / words >= OtherShare && hits[best] >= OtherOverEnglish * hits[0])
        {
            return new LanguageInfo(Codes[best], "latin", ScoredAsEnglish: false) { EnglishShare = Math.Round(english, 3) };
        }

        return new LanguageInfo(english >= OtherShare / 2 ? "en" : "und", "latin", ScoredAsEnglish: true) { EnglishShare = Math.Round(english, 3) };
    }

    /// <summary>The name of a language or script for a message: "French", "a language in Cyrillic script".</summary>
    public static string Describe(LanguageInfo language) =>
        Names.TryGetValue(language.Code, out string? name) ? name
        : Names.TryGetValue(language.Script, out string? script) ? script
        : Names["other"];

    private enum Script
    {
        Latin,
        Cyrillic,
        Greek,
        Arabic,
        Hebrew,
        Devanagari,
        Thai,
        Hangul,
        Kana,
        Han,
        Other,
        Count,
    }

    private static Script Dominant(ReadOnlySpan<int> scripts)
    {
        int best = 0;
        for (int s = 1; s < scripts.Length; s++)
        {
            if (scripts[s] > scripts[best])
            {
                best = s;
            }
        }

        return (Script)best;
    }

    private static string Name(Script script) => script.ToString().ToLowerInvariant();

    private static Script ScriptOf(char c) => c switch
    {
        < '\u0250' => Script.Latin,
        >= '\u1E00' and < '\u1F00' => Script.Latin,
        >= '\u0370' and < '\u0400' => Script.Greek,
        >= '\u1F00' and < '\u2000' => Script.Greek,
        >= '\u0400' and < '\u0530' => Script.Cyrillic,
        >= '\u0590' and < '\u0600' => Script.Hebrew,
        >= '\u0600' and < '\u0780' => Script.Arabic,
        >= '\u0900' and < '\u0980' => Script.Devanagari,
        >= '\u0E00' and < '\u0E80' => Script.Thai,
        >= '\u1100' and < '\u1200' => Script.Hangul,
        >= '\uAC00' and < '\uD7B0' => Script.Hangul,
        >= '\u3040' and < '\u3100' => Script.Kana,
        >= '\u3400' and < '\uA000' => Script.Han,
        >= '\uFB1D' and < '\uFB50' => Script.Hebrew,
        >= '\uFB50' and < '\uFE00' => Script.Arabic,
        >= '\uFE70' and < '\uFF00' => Script.Arabic,
        _ => Script.Other,
    };
}
