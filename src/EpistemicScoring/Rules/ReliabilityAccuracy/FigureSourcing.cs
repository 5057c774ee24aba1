using System.Collections.Frozen;
using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>Helpers shared by the figure rules of Law 3.</summary>
internal static class FigureSourcing
{
    private const string WordFile = "rules-figure-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    /// <summary>True for amounts, percentages, counts and measures: figures a reader could check.</summary>
    public static bool IsQuantity(NumberMention n) =>
        n.Kind is NumberKind.Money or NumberKind.Percent or NumberKind.PercentagePoints or NumberKind.Count or NumberKind.Measure or NumberKind.Fraction
        && !IsClockOrRunningTime(n.Text);

    /// <summary>"22:28", "3:21", "1:04:10": a clock or a video's running time, never a figure to source or check.</summary>
    private static bool IsClockOrRunningTime(string text)
    {
        int colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 2 || text.Length < colon + 3)
        {
            return false;
        }

        foreach (char c in text)
        {
            if (!char.IsAsciiDigit(c) && c != ':')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// True for a number that is no figure to check: "one" or "two" spelled out, far more often a determiner ("one of
    /// the", "the two sides") than a quantity; or a number inside the source itself ("one senior official", "two
    /// officials said"), which describes who spoke, not what was said.
    /// </summary>
    public static bool DescribesNoFigure(DocumentAnalysis analysis, NumberMention n)
    {
        if (n.Kind == NumberKind.Count && n.Value <= 2 && !char.IsAsciiDigit(n.Text[0]))
        {
            return true;
        }

        // The sources are in text order: none that starts after the number can hold it.
        return analysis.SourceIndex.AnyCovers(n.Start);
    }

    /// <summary>True when the figure is precise: not hedged, and with a non-round value or a decimal part.</summary>
    public static bool IsPrecise(NumberMention n)
    {
        if (n.Approximate || !IsQuantity(n) || n.Value < 10 && n.Kind is NumberKind.Count or NumberKind.Measure)
        {
            return false;
        }

        return n.Step < n.Value / 20 || n.Value != Math.Floor(n.Value) || n.Kind is NumberKind.Percent && n.Value % 5 != 0;
    }

    private static readonly FrozenSet<string> AttributionWords = EmbeddedData.Class(Words, WordFile, "attribution-words");

    /// <summary>True when the sentence of <paramref name="n"/> attributes something: a source or an attribution word.</summary>
    public static bool HasAttribution(DocumentAnalysis analysis, NumberMention n)
    {
        int sentence = analysis.SentenceIndexAt(n.Start);
        if (sentence < 0)
        {
            return false;
        }

        if (!analysis.SourceIndex.InSentence(sentence).IsEmpty)
        {
            return true;
        }

        return analysis.SentenceHasWord(sentence, AttributionWords);
    }

    /// <summary>The sources attributed in the sentence that holds <paramref name="n"/>.</summary>
    public static IEnumerable<SourceMention> SourcesOf(DocumentAnalysis analysis, NumberMention n)
    {
        int sentence = analysis.SentenceIndexAt(n.Start);
        if (sentence < 0)
        {
            yield break;
        }

        for (int k = 0; k < analysis.SourceIndex.InSentence(sentence).Length; k++)
        {
            yield return analysis.Attributions[analysis.SourceIndex.InSentence(sentence)[k]];
        }
    }

    private static readonly object NamedFiguresKey = new();

    /// <summary>
    /// True when the same sum of money or share (kind, value and unit) is stated elsewhere in the text in a sentence
    /// that attributes it to a named source. A figure repeated in one text stands for one quantity: a headline or lead
    /// that states "$350 billion" and a later sentence that credits the $350 billion to a named minister give the
    /// reader the figure's source, once. Counts and measures are left out: they repeat by coincidence (an age of 51
    /// and 51 votes, 25 years and 25 years), while a sum with its currency or a percentage seldom does.
    /// </summary>
    public static bool NamedElsewhere(DocumentAnalysis analysis, NumberMention n) =>
        n.Kind is NumberKind.Money or NumberKind.Percent or NumberKind.PercentagePoints
        && analysis.Memo(NamedFiguresKey, NamedFigures).Contains((n.Kind, n.Value, n.Unit));

    /// <summary>The figures stated in sentences with a named attribution (the author's byline aside).</summary>
    private static HashSet<(NumberKind, double, string?)> NamedFigures(DocumentAnalysis analysis)
    {
        var named = new bool[analysis.Sentences.Count];
        foreach (SourceMention s in analysis.Attributions)
        {
            int i = analysis.SentenceIndexAt(s.Cue?.Start ?? s.Start);
            if (i >= 0 && s.Named && s.Key != "author")
            {
                named[i] = true;
            }
        }

        var figures = new HashSet<(NumberKind, double, string?)>();
        foreach (NumberMention n in analysis.Numbers)
        {
            int i = analysis.SentenceIndexAt(n.Start);
            if (i >= 0 && named[i] && IsQuantity(n) && !DescribesNoFigure(analysis, n))
            {
                figures.Add((n.Kind, n.Value, n.Unit));
            }
        }

        return figures;
    }
}
