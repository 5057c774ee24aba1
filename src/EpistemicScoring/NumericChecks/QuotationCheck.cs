using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A speaker's quotation against the paraphrase of it in the sentence before or after: "The minister pledged to cut
/// the duty by 12 cents a litre." and "\"We will take 12 cents off every litre,\" she said." The two figures are
/// linked only by the same rate ("a litre", "every litre", "a year"): the paraphrase and the quotation then state one
/// quantity. A bare number with a scale in the quotation ("Three billion a year") takes the paraphrase's unit
/// ("3 billion pounds a year").
/// </summary>
internal sealed class QuotationCheck : INumericCheck
{
    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo q = infos[i];
            if (!q.InQuote || q.M.Value <= 0)
            {
                continue;
            }

            string? rate = RateNoun(doc, q.M);
            if (rate is null)
            {
                continue;
            }

            for (int k = 0; k < infos.Length; k++)
            {
                FigureInfo p = infos[k];
                if (p.InQuote || Math.Abs(p.Sentence - q.Sentence) != 1 || !SameQuantityKind(p, q) || RateNoun(doc, p.M) != rate)
                {
                    continue;
                }

                bool ok = p.Lo <= q.Hi + 1e-9 && q.Lo <= p.Hi + 1e-9;
                Add(results, NumericCheckKind.Repeat, ok, $"Quotation \"{Quote(doc, q.M.FirstToken, q.M.LastToken)}\" and paraphrase \"{Quote(doc, p.M.FirstToken, p.M.LastToken)}\"", ok
                    ? $"both state the same amount per {rate}"
                    : $"the quotation says {q.M.Text} per {rate} where the paraphrase says {p.M.Text}", p.M, q.M);
                break;
            }
        }
    }

    /// <summary>Same kind and unit, or a bare number with the same scale word ("Three billion" for "3 billion pounds").</summary>
    private static bool SameQuantityKind(FigureInfo p, FigureInfo q)
    {
        if (p.Bucket == q.Bucket && p.Checkable)
        {
            return true;
        }

        bool bare = q.M.Kind == NumberKind.Count && q.M.Subject is null && q.ScaleWord.Length > 0;
        return bare && p.Checkable && p.ScaleWord == q.ScaleWord;
    }

    /// <summary>"12 cents a litre", "12 cents off every litre", "3 billion a year": the noun of the rate, or null.</summary>
    private static string? RateNoun(TextDocument doc, NumberMention m)
    {
        for (int t = m.LastToken + 1; t <= m.LastToken + 3 && t + 1 < doc.TokenCount; t++)
        {
            if (doc.Is(t, "a") || doc.Is(t, "an") || doc.Is(t, "per") || doc.Is(t, "every") || doc.Is(t, "each"))
            {
                return doc[t + 1].Kind == TokenKind.Word ? doc.TokenText(t + 1).ToString().ToLowerInvariant() : null;
            }

            if (doc[t].Kind != TokenKind.Word || doc.Is(t, "and") || doc.Is(t, "or"))
            {
                return null;
            }
        }

        return null;
    }
}
