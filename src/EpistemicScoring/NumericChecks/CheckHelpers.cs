using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Shared by every check: whether two figure intervals meet, number formatting for messages, and adding a result.
/// </summary>
internal static class CheckHelpers
{
    public static bool Agree(FigureInfo a, FigureInfo b) => a.Lo <= b.Hi + 1e-9 && b.Lo <= a.Hi + 1e-9;

    public static string F(double v) => v.ToString("#,0.####", CultureInfo.InvariantCulture);

    public static SpanRef Ref(NumberMention m) => new(m.Start, m.Length);

    /// <summary>
    /// Adds a result whose message names the wording the check read, then what it found:
    /// <c>Partitive "710 of whom": …</c>, so an editor sees why two figures were compared.
    /// </summary>
    public static void Add(List<NumericCheck> result, NumericCheckKind kind, bool ok, string wording, string finding, params NumberMention[] mentions) =>
        Add(result, kind, ok, $"{wording}: {finding}.", mentions);

    /// <summary>The original text of tokens <paramref name="first"/>..<paramref name="last"/>, shortened to 60 characters.</summary>
    public static string Quote(TextDocument doc, int first, int last)
    {
        first = Math.Max(0, first);
        last = Math.Min(doc.TokenCount - 1, last);
        if (last < first)
        {
            return string.Empty;
        }

        string text = doc.SpanOf(first, last).Slice(doc.Text).ToString().ReplaceLineEndings(" ");
        return text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
    }

    public static void Add(List<NumericCheck> result, NumericCheckKind kind, bool ok, string message, params NumberMention[] mentions)
    {
        var spans = new SpanRef[mentions.Length];
        for (int i = 0; i < mentions.Length; i++)
        {
            spans[i] = Ref(mentions[i]);
        }

        result.Add(new NumericCheck { Kind = kind, Status = ok ? NumericCheckStatus.Consistent : NumericCheckStatus.Inconsistent, Message = message, Spans = spans });
    }
}
