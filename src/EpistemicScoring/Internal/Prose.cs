using System.Globalization;
using System.Runtime.CompilerServices;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Internal;

/// <summary>Small helpers for the plain sentences of rationales and messages: plurals, sentence lists, counts.</summary>
internal static class Prose
{
    /// <summary>"1 claim", "3 claims", or the given plural.</summary>
    public static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";

    /// <summary>"officials" stays, "spokesman" becomes "spokesmen", "person" "people", "agency" "agencies".</summary>
    public static string PluralNoun(string noun) =>
        noun.EndsWith('s')
            ? noun
            : noun.EndsWith("man", StringComparison.Ordinal)
                ? string.Concat(noun.AsSpan(0, noun.Length - 3), "men")
                : noun == "person"
                    ? "people"
                    : noun.Length > 2 && noun[^1] == 'y' && !"aeiou".Contains(noun[^2], StringComparison.Ordinal)
                        ? string.Concat(noun.AsSpan(0, noun.Length - 1), "ies")
                        : noun + "s";

    /// <summary>Number of findings of one rule.</summary>
    public static int Findings(IReadOnlyList<Evidence> evidence, string ruleId)
    {
        int n = 0;
        foreach (Evidence e in evidence)
        {
            if (e.RuleId == ruleId)
            {
                n++;
            }
        }

        return n;
    }

    /// <summary>"a, b and c".</summary>
    public static string JoinAnd(List<string> parts) =>
        parts.Count == 1 ? parts[0] : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    /// <summary>The count of a set of sentences, as digits.</summary>
    public static string Count(SortedSet<int> sentences) => sentences.Count.ToString(CultureInfo.InvariantCulture);

    /// <summary>" (sentences 2, 5 and 9)", at most six numbers, or nothing when empty; written in one buffer.</summary>
    public static string Where(SortedSet<int> sentences)
    {
        if (sentences.Count == 0)
        {
            return string.Empty;
        }

        int shown = Math.Min(sentences.Count, 6);
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        text.AppendLiteral(sentences.Count == 1 ? " (sentence " : " (sentences ");
        int k = 0;
        foreach (int s in sentences)
        {
            if (k == shown)
            {
                break;
            }

            if (k > 0)
            {
                text.AppendLiteral(k == shown - 1 ? " and " : ", ");
            }

            text.AppendFormatted(s + 1);
            k++;
        }

        if (sentences.Count > shown)
        {
            text.AppendLiteral(" and ");
            text.AppendFormatted(sentences.Count - shown);
            text.AppendLiteral(" more");
        }

        text.AppendLiteral(")");
        return text.ToStringAndClear();
    }
}
