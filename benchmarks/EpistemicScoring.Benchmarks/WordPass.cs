using System.Text.RegularExpressions;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// The baseline every speed figure is quoted against: one source-generated regex word pass over the text, the
/// cheapest thing any text tool does.
/// </summary>
internal static partial class WordPass
{
    /// <summary>Counts the words of <paramref name="text"/> in one pass.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The number of <c>\w+</c> runs.</returns>
    public static int Run(string text)
    {
        int count = 0;
        foreach (ValueMatch _ in Word().EnumerateMatches(text))
        {
            count++;
        }

        return count;
    }

    [GeneratedRegex(@"\w+", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();
}
