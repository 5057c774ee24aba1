using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A share restated in another form right after it ("more than four in 10 — 42%", "half, or 50%").
/// </summary>
internal sealed class AppositionCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Appositions(ctx.Doc, ctx.Infos, results);

    /// <summary>"more than four in 10 — 42%", "half, or 50%": one share restated in another form right after it.</summary>
    private static void Appositions(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            FigureInfo a = infos[i];
            FigureInfo b = infos[i + 1];
            bool pair = (a.M.Kind == NumberKind.Fraction && b.M.Kind == NumberKind.Percent) || (a.M.Kind == NumberKind.Percent && b.M.Kind == NumberKind.Fraction);
            if (!pair || a.Sentence != b.Sentence)
            {
                continue;
            }

            int gap = b.M.FirstToken - a.M.LastToken - 1;
            int c = a.M.LastToken + 1;
            bool joined = (gap == 1 && (doc.Is(c, "\u2014") || doc.Is(c, ",") || doc.Is(c, "(") || doc.Is(c, "or") || doc.Is(c, "-") || doc.Is(c, ":")))
                || (gap == 2 && (doc.Is(c, ",") || doc.Is(c, "\u2014") || doc.Is(c, "(")) && (doc.Is(c + 1, "or") || doc.Is(c + 1, "about") || doc.Is(c + 1, "roughly") || doc.Is(c + 1, "nearly") || doc.Is(c + 1, "some")));
            if (!joined)
            {
                continue;
            }

            FigureInfo f = a.M.Kind == NumberKind.Fraction ? a : b;
            FigureInfo p = a.M.Kind == NumberKind.Fraction ? b : a;
            double v = f.M.Value * 100;
            double half = Math.Abs((v / 10) - Math.Round(v / 10)) < 1e-6 ? 5 : 1;
            (double lo, double hi) = f.M.Bound switch
            {
                NumberBound.Lower => (v - half, Math.Max(v * 1.35, v + (2 * half))),
                NumberBound.Upper => (0, v + half),
                NumberBound.JustOver => (v - half, v * 1.15 + half),
                NumberBound.Nearly => (v * 0.85 - half, v + half),
                NumberBound.About => (v * 0.9 - half, v * 1.1 + half),
                _ => (v - half, v + half),
            };
            bool ok = lo <= p.Hi + 1e-9 && p.Lo <= hi + 1e-9;
            Add(result, NumericCheckKind.Repeat, ok, $"Share restated \"{Quote(doc, a.M.FirstToken, b.M.LastToken)}\"", ok
                ? $"{f.M.Text} and {p.M.Text} state the same share"
                : $"{f.M.Text} is {F(Math.Round(v, 1))}%, not {p.M.Text}", a.M, b.M);
        }
    }

}
