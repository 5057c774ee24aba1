using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>A mention with what the checks need: sentence, interval, bucket, head noun, scale word.</summary>
internal sealed class FigureInfo
{
    public FigureInfo(TextDocument doc, NumberMention m, int index)
    {
        M = m;
        Index = index;
        Sentence = doc.SentenceOf(Math.Min(m.FirstToken, doc.TokenCount - 1));
        Paragraph = doc.Sentences[Sentence].Paragraph;
        InQuote = m.FirstToken < doc.TokenCount && doc.IsInQuote(m.FirstToken);
        double v = m.Value;
        double half = Math.Max(m.Step, 1e-9) / 2;
        (Lo, Hi) = m.Bound switch
        {
            NumberBound.About => (Math.Min(v - half, v * 0.9), Math.Max(v + half, v * 1.1)),
            NumberBound.Lower => (v, Math.Max(v * 1.35, v + m.Step)),
            NumberBound.Upper => (0, v + half),
            NumberBound.JustOver => (v, Math.Max(v * 1.15, v + half)),
            NumberBound.Nearly => (Math.Min(v * 0.85, v - half), v + half),
            _ => (v - half, v + half),
        };
        Bucket = IsClockLike(doc, m) ? string.Empty : m.Kind switch
        {
            NumberKind.Money => "money:" + m.Unit,
            NumberKind.Percent => "percent",
            NumberKind.PercentagePoints => "pp:" + m.Unit,
            NumberKind.Measure => "measure:" + m.Unit,
            NumberKind.Count => "count",
            _ => string.Empty,
        };
        Head = m.Subject is null ? null : Singular(m.Subject[(m.Subject.LastIndexOf(' ') + 1)..]);
        ScaleWord = ScaleOf(doc, m);
    }

    public NumberMention M { get; }

    public int Index { get; }

    public int Sentence { get; }

    public int Paragraph { get; }

    /// <summary>True when the figure stands inside a quotation.</summary>
    public bool InQuote { get; }

    public double Lo { get; }

    public double Hi { get; }

    public string Bucket { get; }

    public string? Head { get; }

    public string ScaleWord { get; }

    public bool Checkable => Bucket.Length > 0;

    /// <summary>
    /// "00:56", "2:14", "8:50PM": a clock reading or a running time written with a colon. Neither is a duration two
    /// sentences could state differently (a live blog stamps every entry with a new time), so no check compares it.
    /// </summary>
    private static bool IsClockLike(TextDocument doc, NumberMention m)
    {
        for (int t = m.FirstToken + 1; t < m.LastToken && t < doc.TokenCount; t++)
        {
            if (doc.Is(t, ":") && doc[t - 1].Kind == TokenKind.Number && doc[t + 1].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private static string ScaleOf(TextDocument doc, NumberMention m)
    {
        for (int t = m.FirstToken; t <= m.LastToken && t < doc.TokenCount; t++)
        {
            ReadOnlySpan<char> w = doc.TokenText(t);
            if (NumberLexicon.ScaleWords.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(w) || (doc[t].Kind == TokenKind.Word && NumberLexicon.AttachedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out double s) && s >= 1e6))
            {
                double scale = NumberLexicon.AttachedScales.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(w, out double s2) ? s2 : 100;
                return scale.ToString(CultureInfo.InvariantCulture);
            }
        }

        return string.Empty;
    }

    private static string Singular(string w)
    {
        if (w.EndsWith("ies", StringComparison.Ordinal) && w.Length > 4)
        {
            return w[..^3] + "y";
        }

        if (w.EndsWith("ses", StringComparison.Ordinal) || w.EndsWith("xes", StringComparison.Ordinal))
        {
            return w[..^2];
        }

        return w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) && w.Length > 3 ? w[..^1] : w;
    }
}
