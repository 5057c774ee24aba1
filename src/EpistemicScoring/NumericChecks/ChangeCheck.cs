using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A change and its endpoints: points between two percentages ("leads by 11 points, 46% to 38%"), "up 40% to … from …", and year spans and terms. The direction words of a pair are <see cref="DirectionCheck"/>'s.
/// </summary>
internal sealed class ChangeCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Changes(ctx.Doc, ctx.Infos, results);

    private static void Changes(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result)
    {
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo d = infos[i];
            if (d.M.Kind == NumberKind.Measure && d.M.Unit == "year" && d.M.Bound == NumberBound.None)
            {
                YearSpan(doc, infos, i, result);
            }

            // "from 25% to 15%, a 10-point cut"; "leads by 11 points, 46% to 35%".
            if (d.M.Kind is NumberKind.Percent && i + 1 < infos.Length && infos[i + 1].M.Kind == NumberKind.Percent && infos[i + 1].Sentence == d.Sentence
                && infos[i + 1].M.FirstToken - d.M.LastToken == 2 && (doc.Is(d.M.LastToken + 1, "to") || doc.Is(d.M.LastToken + 1, "-") || doc.Is(d.M.LastToken + 1, "\u2192")))
            {
                FigureInfo a = d;
                FigureInfo b = infos[i + 1];
                FigureInfo? stated = null;
                for (int k = Math.Max(0, i - 3); k < Math.Min(infos.Length, i + 5); k++)
                {
                    // The stated gap stands next to the pair ("leads by 11 points, 46% to 38%"; "46% to 38%, an 8-point
                    // lead"), not elsewhere in the sentence ("an average of seven points … won 27.6% to 24.3%"); a
                    // margin of error is not a gap.
                    FigureInfo g = infos[k];
                    int distance = g.M.LastToken < d.M.FirstToken ? d.M.FirstToken - g.M.LastToken : g.M.FirstToken - infos[i + 1].M.LastToken;
                    if (g.Sentence == d.Sentence && g.M.Kind == NumberKind.PercentagePoints && g.M.Unit == "pp" && distance is > 0 and <= 4
                        && !doc.Is(g.M.LastToken + 1, "margin") && !doc.Is(g.M.LastToken + 1, "margins"))
                    {
                        stated = g;
                        break;
                    }
                }

                if (stated is not null)
                {
                    double diff = Math.Abs(a.M.Value - b.M.Value);
                    double tol = (a.M.Step / 2) + (b.M.Step / 2) + (stated.M.Step / 2) + (stated.M.Bound == NumberBound.None ? 0 : stated.M.Value * 0.15);
                    bool ok = Math.Abs(diff - stated.M.Value) <= tol + 1e-9 || (stated.M.Bound == NumberBound.Lower && diff >= stated.M.Value) || (stated.M.Bound == NumberBound.Upper && diff <= stated.M.Value);
                    Add(result, NumericCheckKind.Change, ok, $"Gap \"{stated.M.Text}\" with \"{Quote(doc, a.M.FirstToken, b.M.LastToken)}\"", ok
                        ? $"{a.M.Text} and {b.M.Text} differ by {F(diff)} points, as stated"
                        : $"{a.M.Text} and {b.M.Text} differ by {F(diff)} points, not {stated.M.Text}", a.M, b.M, stated.M);
                }

                // The direction of "from A to B" is DirectionCheck's.
            }

            // "up 40% to $7 billion, from $5 billion".
            if (d.M.Kind == NumberKind.Percent && (doc.Is(d.M.FirstToken - 1, "up") || doc.Is(d.M.FirstToken - 1, "down") || doc.Is(d.M.FirstToken - 1, "rose") || doc.Is(d.M.FirstToken - 1, "fell")))
            {
                FigureInfo? after = null;
                FigureInfo? before = null;
                // "up 40% to $7 billion, from $5 billion": the level right after the percentage, its start right after it.
                for (int k = i + 1; k < infos.Length && infos[k].Sentence == d.Sentence; k++)
                {
                    FigureInfo? last = after is null ? before : before is null ? after : null;
                    int reach = last is null ? infos[k].M.FirstToken - d.M.LastToken : infos[k].M.FirstToken - last.M.LastToken;
                    if (reach > 4)
                    {
                        break;
                    }

                    // Either order: "up 40% to $7 billion, from $5 billion", "rose 25% from $1,200 to $1,500".
                    if (infos[k].M.Kind is NumberKind.Money or NumberKind.Count or NumberKind.Measure)
                    {
                        FigureInfo? other = after ?? before;
                        bool sameKind = other is null || infos[k].Bucket == other.Bucket;
                        if (after is null && sameKind && doc.Is(infos[k].M.FirstToken - 1, "to"))
                        {
                            after = infos[k];
                        }
                        else if (before is null && sameKind && doc.Is(infos[k].M.FirstToken - 1, "from"))
                        {
                            before = infos[k];
                        }
                    }
                }

                if (after is not null && before is not null && before.M.Value > 0)
                {
                    double pct = Math.Abs(after.M.Value - before.M.Value) / before.M.Value * 100;
                    double tol = d.M.Step / 2 + (100 * (after.M.Step + before.M.Step) / 4 / before.M.Value) + (d.M.Bound == NumberBound.None ? 0 : d.M.Value * 0.15);
                    bool up = doc.Is(d.M.FirstToken - 1, "up") || doc.Is(d.M.FirstToken - 1, "rose");
                    bool ok = Math.Abs(pct - d.M.Value) <= tol && (after.M.Value >= before.M.Value) == up;
                    Add(result, NumericCheckKind.Change, ok, $"Percent change \"{Quote(doc, d.M.FirstToken - 1, d.M.LastToken)}\" to {after.M.Text} from {before.M.Text}", ok
                        ? $"from {before.M.Text} to {after.M.Text} is a change of {F(Math.Round(pct, 1))}%, as stated"
                        : $"from {before.M.Text} to {after.M.Text} is a change of {F(Math.Round(pct, 1))}% {(after.M.Value >= before.M.Value ? "up" : "down")}, not {d.M.Text} {(up ? "up" : "down")}", before.M, after.M, d.M);
                }
            }
        }
    }

    private static bool EndCueBefore(TextDocument doc, int year, int floor)
    {
        for (int t = year - 1; t > floor && t >= year - 8; t--)
        {
            ReadOnlySpan<char> w = doc.TokenText(t);
            if (w.StartsWith("expir", StringComparison.OrdinalIgnoreCase) || w.Equals("end", StringComparison.OrdinalIgnoreCase) || w.Equals("ends", StringComparison.OrdinalIgnoreCase)
                || w.Equals("ending", StringComparison.OrdinalIgnoreCase) || w.Equals("until", StringComparison.OrdinalIgnoreCase) || w.Equals("through", StringComparison.OrdinalIgnoreCase)
                || w.Equals("conclusion", StringComparison.OrdinalIgnoreCase) || w.Equals("runs", StringComparison.OrdinalIgnoreCase) || w.Equals("lapse", StringComparison.OrdinalIgnoreCase) || w.Equals("lapses", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static void YearSpan(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> result)
    {
        FigureInfo d = infos[i];

        // "seven years, from 2000 to 2007".
        for (int k = i + 1; k + 1 < infos.Length && k <= i + 2; k++)
        {
            FigureInfo y1 = infos[k];
            FigureInfo y2 = infos[k + 1];
            if (y1.M.Kind == NumberKind.Year && y2.M.Kind == NumberKind.Year && y1.Sentence == d.Sentence && y2.Sentence == d.Sentence && y1.M.Unit is null
                && y1.M.FirstToken - d.M.LastToken <= 4 && doc.Is(y1.M.FirstToken - 1, "from") && y2.M.FirstToken - y1.M.LastToken == 2)
            {
                double span = y2.M.Value - y1.M.Value;
                bool ok = Math.Abs(span - d.M.Value) <= 1;
                Add(result, NumericCheckKind.Change, ok, $"Span of years \"{Quote(doc, d.M.FirstToken, y2.M.LastToken)}\"", ok
                    ? "the years agree"
                    : $"the years give {F(span)}", d.M, y1.M, y2.M);
                return;
            }
        }

        // "In 2013 … an initial three-year term … will expire at the 2016 meeting".
        int next = d.M.LastToken + 1;
        bool term = doc.Is(next, "term") || doc.Is(next, "terms") || doc.Is(next, "contract") || doc.Is(next, "lease") || doc.Is(next, "mandate") || doc.Is(next, "appointment");
        if (!term)
        {
            return;
        }

        // The end year follows a word that ends the term: "will expire at the conclusion of the 2016 meeting", "runs
        // through 2019". A year with no such word ("turned over in 2013") is when the term began, not when it ends.
        FigureInfo? end = null;
        for (int k = i + 1; k < infos.Length && infos[k].Sentence == d.Sentence; k++)
        {
            if (infos[k].M.Kind == NumberKind.Year && infos[k].M.Unit is null && EndCueBefore(doc, infos[k].M.FirstToken, d.M.LastToken))
            {
                end = infos[k];
                break;
            }
        }

        FigureInfo? start = null;
        for (int k = i - 1; k >= 0 && d.Sentence - infos[k].Sentence <= 1; k--)
        {
            if (infos[k].M.Kind == NumberKind.Year && infos[k].M.Unit is null && (doc.Is(infos[k].M.FirstToken - 1, "in") || doc.Is(infos[k].M.FirstToken - 1, "since")))
            {
                start = infos[k];
                break;
            }
        }

        if (start is null || end is null || end.M.Value <= start.M.Value)
        {
            return;
        }

        bool fits = Math.Abs(end.M.Value - start.M.Value - d.M.Value) <= 0.5;
        Add(result, NumericCheckKind.Change, fits, $"Term \"{Quote(doc, d.M.FirstToken, d.M.LastToken + 1)}\" from {start.M.Text}", fits
            ? $"it ends in {end.M.Text}, as stated"
            : $"it would end in {(start.M.Value + d.M.Value).ToString(CultureInfo.InvariantCulture)}, not {end.M.Text}", start.M, d.M, end.M);
    }

}
