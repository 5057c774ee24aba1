using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A rate applied again ("one ounce per twelve pounds" then "180 pounds … fifteen ounces") and a stated multiple ("28 times").
/// </summary>
internal sealed class RatioCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Ratios(ctx.Doc, ctx.Infos, results);

    private static void Ratios(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            FigureInfo a = infos[i];
            FigureInfo b = infos[i + 1];

            // "one ounce … per every twelve pounds" then "about 180 pounds … about fifteen ounces".
            if (a.M.Kind == NumberKind.Measure && b.M.Kind == NumberKind.Measure && a.Sentence == b.Sentence && a.M.Unit != b.M.Unit && b.M.Value > 0)
            {
                bool per = false;
                for (int t = a.M.LastToken + 1; t < b.M.FirstToken; t++)
                {
                    if (doc.Is(t, "per") || (doc.Is(t, "every") && doc.Is(t - 1, "for")))
                    {
                        per = true;
                    }
                }

                if (!per || b.M.FirstToken - a.M.LastToken > 6)
                {
                    continue;
                }

                double rate = a.M.Value / b.M.Value;
                FigureInfo? baseQ = null;
                for (int k = i + 2; k < infos.Length && infos[k].Sentence - b.Sentence <= 2; k++)
                {
                    FigureInfo c = infos[k];
                    if (baseQ is null && c.M.Kind == NumberKind.Measure && c.M.Unit == b.M.Unit)
                    {
                        baseQ = c;
                    }
                    else if (baseQ is not null && c.M.Kind == NumberKind.Measure && c.M.Unit == a.M.Unit && c.Sentence - baseQ.Sentence <= 1)
                    {
                        double expected = rate * baseQ.M.Value;
                        double lo = rate * baseQ.Lo * 0.9;
                        double hi = rate * baseQ.Hi * 1.1;
                        bool ok = c.Lo <= hi && lo <= c.Hi;
                        Add(result, NumericCheckKind.Ratio, ok, $"Rate applied \"{Quote(doc, a.M.FirstToken, b.M.LastToken)}\"", ok
                            ? $"applied to {baseQ.M.Text} it gives about {F(Math.Round(expected, 2))}, as stated ({c.M.Text})"
                            : $"applied to {baseQ.M.Text} it gives about {F(Math.Round(expected, 2))}, not {c.M.Text}", a.M, b.M, baseQ.M, c.M);
                        break;
                    }
                }
            }

            // "X is 28 times Y", "three times as much as".
            if (a.M.Kind == NumberKind.Multiple && i > 0)
            {
                FigureInfo x = infos[i - 1];
                FigureInfo y = b;
                if (x.Checkable && x.Bucket == y.Bucket && x.Sentence == a.Sentence && y.Sentence == a.Sentence && y.M.Value > 0
                    && a.M.FirstToken - x.M.LastToken <= 4 && y.M.FirstToken - a.M.LastToken <= 5)
                {
                    double factor = x.M.Value / y.M.Value;
                    bool ok = factor >= a.M.Value * 0.85 * (x.Lo / x.M.Value) && factor <= a.M.Value * 1.15 * (x.Hi / x.M.Value);
                    ok |= Math.Abs(factor - (a.M.Value + 1)) <= 0.15 * a.M.Value && doc.Is(a.M.LastToken + 1, "more");
                    Add(result, NumericCheckKind.Ratio, ok, $"Multiple \"{Quote(doc, x.M.FirstToken, y.M.LastToken)}\"", ok
                        ? $"{x.M.Text} is {F(Math.Round(factor, 2))} times {y.M.Text}, as stated"
                        : $"{x.M.Text} is {F(Math.Round(factor, 2))} times {y.M.Text}, not {a.M.Text}", x.M, a.M, y.M);
                }
            }
        }
    }

}
