using System.Collections.Frozen;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Numbers;

/// <summary>
/// The word lists of the number grammar: number words, ordinals, scales, currencies, units, approximators and the
/// words that stop a counted noun. Each is an embedded table in <c>Numbers/Data/</c> (see
/// <see cref="EmbeddedData"/>), loaded once; look-ups ignore case except for currency signs, ISO codes and time
/// zones, which are matched exactly.
/// </summary>
internal static class NumberLexicon
{
    /// <summary>Cardinal number words below one hundred that stand alone.</summary>
    public static readonly FrozenDictionary<string, double> Units = Numbers("numbers-cardinals.tsv");

    /// <summary>Multiplying number words: "hundred", "thousand", "million", "dozen".</summary>
    public static readonly FrozenDictionary<string, double> ScaleWords = Numbers("numbers-scale-words.tsv");

    /// <summary>Scale suffixes written right after digits ("12.5B", "2.3bn", "$7m", "20k").</summary>
    public static readonly FrozenDictionary<string, double> AttachedScales = Numbers("numbers-attached-scales.tsv");

    /// <summary>Scale abbreviations accepted after a space ("2.3 bn", "US$ 20 mn").</summary>
    public static readonly FrozenSet<string> SpacedScaleAbbreviations = EmbeddedData.Words("numbers-spaced-scales.txt");

    /// <summary>Ordinal words and their position.</summary>
    public static readonly FrozenDictionary<string, double> Ordinals = Numbers("numbers-ordinals.tsv");

    /// <summary>Denominators of fractions written as words ("a third", "two-thirds", "three quarters").</summary>
    public static readonly FrozenDictionary<string, double> Denominators = Numbers("numbers-denominators.tsv");

    /// <summary>Multiples written as one word.</summary>
    public static readonly FrozenDictionary<string, double> MultipleWords = Numbers("numbers-multiple-words.tsv");

    /// <summary>Currency signs and their ISO 4217 code.</summary>
    public static readonly FrozenDictionary<string, string> CurrencySigns = EmbeddedData.Keyed("numbers-currency-signs.tsv", static row => row[1]).ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Words written right before "$" that name the dollar ("US$", "A$", "HK$").</summary>
    public static readonly FrozenDictionary<string, string> DollarPrefixes = EmbeddedData.Keyed("numbers-dollar-prefixes.tsv", static row => row[1]);

    /// <summary>ISO codes accepted before or after a number ("USD 200", "KRW 3 trillion", "200 EUR").</summary>
    public static readonly FrozenSet<string> CurrencyCodes = EmbeddedData.Words("numbers-currency-codes.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Currency words written after a number, with their code and factor to the main unit.</summary>
    public static readonly FrozenDictionary<string, (string Code, double Factor)> CurrencyWords = EmbeddedData.Keyed("numbers-currency-words.tsv", static row => (row[1], EmbeddedData.Number("numbers-currency-words.tsv", row, 2)));

    /// <summary>Subunit words that may follow a main amount ("3 dollars 50 cents", "5 pounds 20 pence").</summary>
    public static readonly FrozenSet<string> SubunitWords = EmbeddedData.Words("numbers-subunit-words.txt");

    /// <summary>Measure units written after a number, by their normalised unit.</summary>
    public static readonly FrozenDictionary<string, string> MeasureUnits = EmbeddedData.Keyed("numbers-measure-units.tsv", static row => row[1]);

    /// <summary>Words after a hyphen that make a numeral a counted modifier ("three-term", "five-time", "60-vote").</summary>
    public static readonly FrozenSet<string> HyphenCountWords = EmbeddedData.Words("numbers-hyphen-count-words.txt");

    /// <summary>Bounds and softeners written before a number, longest first.</summary>
    public static readonly (string[] Words, NumberBound Bound)[] Approximators = LoadApproximators("numbers-approximators.tsv");

    /// <summary>Words after a number that cannot be its counted noun.</summary>
    public static readonly FrozenSet<string> NotCountedNouns = EmbeddedData.Words("numbers-not-counted-nouns.txt");

    /// <summary>Month names and abbreviations with their number.</summary>
    public static readonly FrozenDictionary<string, int> Months = EmbeddedData.Keyed("numbers-months.tsv", static row => (int)EmbeddedData.Number("numbers-months.tsv", row, 1));

    /// <summary>Capitalised words after which a number is part of a name or label ("Section 232", "Boeing 737").</summary>
    public static readonly FrozenSet<string> IdentifierCues = EmbeddedData.Words("numbers-identifier-cues.txt");

    /// <summary>Words after a bare time "3:53" that make it a clock time.</summary>
    public static readonly FrozenSet<string> Meridiem = EmbeddedData.Words("numbers-meridiem.txt");

    /// <summary>Time zones written after a clock time.</summary>
    public static readonly FrozenSet<string> TimeZones = EmbeddedData.Words("numbers-time-zones.txt").ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Words before a number that make a bare "h:mm" a clock time.</summary>
    public static readonly FrozenSet<string> TimeCues = EmbeddedData.Words("numbers-time-cues.txt");

    /// <summary>Words before a four-digit number that make it a year.</summary>
    public static readonly FrozenSet<string> YearCues = EmbeddedData.Words("numbers-year-cues.txt");

    /// <summary>Determiners and words before "one" that make it a pronoun ("no one", "this one").</summary>
    public static readonly FrozenSet<string> PronounOneBefore = EmbeddedData.Words("numbers-pronoun-one-before.txt");

    /// <summary>Words after "one" that make it a pronoun or an idiom ("one another", "one day" as "some day").</summary>
    public static readonly FrozenSet<string> PronounOneAfter = EmbeddedData.Words("numbers-pronoun-one-after.txt");

    /// <summary>Fixed phrases whose number word is not a number (checked as the words starting at the number).</summary>
    public static readonly string[][] Idioms = Phrases("numbers-idioms.txt");

    /// <summary>Money words that make "pounds" in their sentence a currency, not a weight ("a budget of 40 pounds").</summary>
    public static readonly FrozenSet<string> MoneyCues = EmbeddedData.Words("numbers-money-cues.txt");

    /// <summary>Comparatives after "N times" that make it a multiple ("three times higher").</summary>
    public static readonly FrozenSet<string> MultipleCues = EmbeddedData.Words("numbers-multiple-cues.txt");

    /// <summary>A table of words with a number in the second column.</summary>
    private static FrozenDictionary<string, double> Numbers(string file) =>
        EmbeddedData.Keyed(file, row => EmbeddedData.Number(file, row, 1));

    /// <summary>Phrases of one or more space-separated words, in file order; a phrase listed twice is an error.</summary>
    private static string[][] Phrases(string file)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var phrases = new List<string[]>();
        foreach (string[] row in EmbeddedData.Rows(file))
        {
            if (!seen.Add(row[0]))
            {
                throw new InvalidDataException($"{file}: the phrase '{row[0]}' is listed twice.");
            }

            phrases.Add(row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        return [.. phrases];
    }

    /// <summary>Approximator phrases with their bound, in file order (the first match wins, so the order is kept).</summary>
    private static (string[] Words, NumberBound Bound)[] LoadApproximators(string file)
    {
        string[][] phrases = Phrases(file);
        IReadOnlyList<string[]> rows = EmbeddedData.Rows(file);
        var result = new (string[] Words, NumberBound Bound)[rows.Count];
        for (int i = 0; i < rows.Count; i++)
        {
            if (rows[i].Length < 2 || !Enum.TryParse(rows[i][1], ignoreCase: false, out NumberBound bound) || !Enum.IsDefined(bound))
            {
                throw new InvalidDataException($"{file}: the phrase '{rows[i][0]}' has no known bound in column 2.");
            }

            result[i] = (phrases[i], bound);
        }

        return result;
    }
}
