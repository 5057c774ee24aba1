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
