using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;
using static EpistemicScoring.NumericChecks.FigureLinks;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// One quantity stated twice: the later figure refers back to, or restates, an earlier one; they should agree.
/// </summary>
internal sealed class RepeatCheck : INumericCheck
{
    private const int Lookback = 12;

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results) => Repeats(ctx.Doc, ctx.Infos, results, ctx.Flagged);

    private static void Repeats(TextDocument doc, FigureInfo[] infos, List<NumericCheck> result, HashSet<int> flagged)
    {
        var buckets = new Dictionary<string, List<FigureInfo>>(StringComparer.Ordinal);
        var phrases = new Dictionary<string, FigureInfo>(StringComparer.Ordinal);
        foreach (FigureInfo b in infos)
        {
            if (!b.Checkable)
            {
                continue;
            }

            if (!buckets.TryGetValue(b.Bucket, out List<FigureInfo>? earlier))
            {
                earlier = [];
                buckets[b.Bucket] = earlier;
            }

            FigureInfo? partner = null;
            string why = string.Empty;
            bool backRef = IsBackReference(doc, b.M);
            if (backRef && b.M.Value > 1)
            {
                // "that $3 billion", "among the 4,000": the figure names one stated before.
                FigureInfo? equal = null;
                FigureInfo? recent = null;
                for (int k = earlier.Count - 1; k >= 0 && k >= earlier.Count - Lookback; k--)
                {
                    FigureInfo a = earlier[k];
                    if (a.M.Value <= 1 || b.Sentence - a.Sentence > 6)
                    {
                        continue;
                    }

                    recent ??= a;
                    if (Agree(a, b) && (a.M.Step >= b.M.Step || a.M.Value == b.M.Value))
                    {
                        equal = a;
                        break;
                    }
                }

                partner = equal ?? recent;
                why = "refers back to";
            }

            string? phraseKey = b.M.Subject is not null && b.M.Subject.Contains(' ', StringComparison.Ordinal) ? b.Bucket + "|" + b.M.Subject : null;
            if (partner is null && phraseKey is not null && phrases.TryGetValue(phraseKey, out FigureInfo? samePhrase) && samePhrase.Sentence != b.Sentence
                && !InRange(doc, samePhrase.M) && !InRange(doc, b.M) && samePhrase.M.Value > 1 && b.M.Value > 1
                && Math.Max(samePhrase.M.Value, b.M.Value) <= 4 * Math.Min(samePhrase.M.Value, b.M.Value))
            {
                partner = samePhrase;
                why = "restates";
            }

            if (phraseKey is not null)
            {
                phrases[phraseKey] = b;
            }

            if (partner is null)
            {
                for (int k = earlier.Count - 1; k >= 0 && k >= earlier.Count - Lookback; k--)
                {
                    FigureInfo a = earlier[k];
                    if (SameQuantity(doc, a, b, out why))
                    {
                        partner = a;
                        break;
                    }
                }
            }

            earlier.Add(b);
            if (partner is null)
            {
                continue;
            }

            FigureInfo first = partner;
            bool ok = Agree(first, b);
            if (!ok)
            {
                flagged.Add(b.Index);
            }

            string message = ok
                ? $"{b.M.Text} {why} {first.M.Text} stated earlier; the figures agree."
                : $"{b.M.Text} {why} {first.M.Text} stated earlier, but the values differ ({Describe(first)} against {Describe(b)}).";
            Add(result, NumericCheckKind.Repeat, ok, message, first.M, b.M);
        }
    }

    private static string Describe(FigureInfo i)
    {
        string bound = i.M.Bound switch
        {
            NumberBound.Lower => "more than ",
            NumberBound.Upper => "at most ",
            NumberBound.About => "about ",
            NumberBound.JustOver => "just over ",
            NumberBound.Nearly => "nearly ",
            _ => string.Empty,
        };
        return bound + F(i.M.Value) + (i.M.Unit is null or "%" ? (i.M.Unit ?? string.Empty) : " " + i.M.Unit);
    }

}
