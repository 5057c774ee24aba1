using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Partitives, a part named against the whole it is taken from:
/// <list type="bullet">
/// <item>"640 members, 410 of whom voted": the part after the whole, with "of whom" or "of which";</item>
/// <item>"12,000 families were eligible. … more than 9,000 of them": "of them", "of those", "of these" back to the last
/// count, in its sentence or the two before;</item>
/// <item>"11 of the last 12 elections": "of the last/past/previous/first/next N"; "9 out of 12 shots";</item>
/// <item>"$80 million … About half of that money - more than $38 million -": a fraction of a figure before, with the
/// amount it comes to set beside it.</item>
/// </list>
/// The part cannot exceed the whole; the amount beside a fraction must be about that fraction of the whole.
/// </summary>
internal sealed class PartitiveCheck : INumericCheck
{
    /// <summary>Nouns that point back to an amount after "the" ("half of the money"): numericchecks-amount-nouns.txt.</summary>
    private static readonly System.Collections.Frozen.FrozenSet<string> AmountNouns = Internal.EmbeddedData.Words("numericchecks-amount-nouns.txt");

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo p = infos[i];
            if (p.M.Kind == NumberKind.Fraction)
            {
                FractionOfThat(doc, infos, i, results);
                continue;
            }

            if (p.M.Kind != NumberKind.Count)
            {
                continue;
            }

            int of = p.M.LastToken + 1;
            if (doc.Is(of, "out") && doc.Is(of + 1, "of") && i + 1 < infos.Length && infos[i + 1].Bucket == p.Bucket
                && (infos[i + 1].M.FirstToken == of + 2 || infos[i + 1].M.FirstToken == of + 3 && (doc.Is(of + 2, "the") || doc.Is(of + 2, "its") || doc.Is(of + 2, "their") || doc.Is(of + 2, "his") || doc.Is(of + 2, "her"))))
            {
                // "14 out of 12 shots".
                Compare(doc, results, $"Partitive \"{Quote(doc, p.M.FirstToken, infos[i + 1].M.LastToken)}\"", infos[i + 1], p);
                continue;
            }

            if (!doc.Is(of, "of"))
            {
                continue;
            }

            if (doc.Is(of + 1, "whom") || doc.Is(of + 1, "which"))
            {
                OfWhom(doc, infos, i, results);
            }
            else if (doc.Is(of + 1, "them") || doc.Is(of + 1, "those") && !IsNoun(doc, of + 2) || doc.Is(of + 1, "these") && !IsNoun(doc, of + 2))
            {
                OfThem(doc, infos, i, results);
            }
            else if (doc.Is(of + 1, "the") && IsSpanWord(doc, of + 2) && i + 1 < infos.Length && infos[i + 1].M.FirstToken == of + 3)
            {
                Compare(doc, results, $"Partitive \"{Quote(doc, p.M.FirstToken, infos[i + 1].M.LastToken)}\"", infos[i + 1], p);
            }
        }
    }

    /// <summary>"640 members, 410 of whom voted to strike".</summary>
    private static void OfWhom(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo p = infos[i];
        for (int k = i - 1; k >= 0 && infos[k].Sentence == p.Sentence; k--)
        {
            if (infos[k].Bucket == p.Bucket && p.M.FirstToken - infos[k].M.LastToken <= 4)
            {
                Compare(doc, results, $"Partitive \"{Quote(doc, p.M.FirstToken, p.M.LastToken + 2)}\"", infos[k], p);
                return;
            }
        }
    }

    /// <summary>"12,000 families were eligible. … more than 9,000 of them".</summary>
    private static void OfThem(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo p = infos[i];

        // "The young men and women -- about 20 of them --": set off as an aside, "them" is the noun right before.
        int before = p.M.FirstToken - 1;
        while (before >= 0 && doc.IsIn(before, FigureLinks.ApproximatorWords))
        {
            before--;
        }

        if (before >= 0 && (doc.Is(before, ",") || doc.Is(before, "(") || doc.Is(before, "-") || doc.Is(before, "\u2014") || doc.TokenText(before).StartsWith("--", StringComparison.Ordinal)))
        {
            return;
        }

        for (int k = i - 1; k >= 0 && p.Sentence - infos[k].Sentence <= 2 && p.Paragraph - infos[k].Paragraph <= 1; k--)
        {
            FigureInfo w = infos[k];
            if (w.Bucket != p.Bucket || w.M.Value <= 1)
            {
                continue;
            }

            // The last count before is "them"; in a sentence of several counts the referent is unclear, so none is taken.
            int counts = 0;
            for (int j = 0; j < infos.Length; j++)
            {
                counts += infos[j].Sentence == w.Sentence && infos[j].Bucket == w.Bucket ? 1 : 0;
            }

            // "them" stands for a noun: the whole is a count of something ("12,000 families"), not "divided in two".
            if (counts == 1 && w.Sentence < p.Sentence && w.Head is not null)
            {
                Compare(doc, results, $"Partitive \"{Quote(doc, p.M.FirstToken, p.M.LastToken + 2)}\"", w, p);
            }

            return;
        }
    }

    /// <summary>"About half of that money - more than $38 million -".</summary>
    private static void FractionOfThat(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo f = infos[i];
        int of = f.M.LastToken + 1;
        bool pointsBack = doc.Is(of + 1, "that") || doc.Is(of + 1, "this") || doc.Is(of + 1, "it") || doc.Is(of + 1, "the") && doc.IsIn(of + 2, AmountNouns);
        if (!doc.Is(of, "of") || !pointsBack || i + 1 >= infos.Length)
        {
            return;
        }

        // The amount it comes to, set beside it by a dash, comma or parenthesis: "half of that money - more than $38 million -".
        FigureInfo amount = infos[i + 1];
        if (amount.Sentence != f.Sentence || !amount.Checkable || amount.M.FirstToken - of > 6 || !SetBeside(doc, of + 1, amount.M.FirstToken))
        {
            return;
        }

        FigureInfo? whole = null;
        for (int k = i - 1; k >= 0 && f.Sentence - infos[k].Sentence <= 2; k--)
        {
            if (infos[k].Bucket == amount.Bucket && infos[k].Sentence < f.Sentence)
            {
                whole = infos[k];
                break;
            }
        }

        if (whole is null)
        {
            return;
        }

        (double flo, double fhi) = f.M.Bound switch
        {
            NumberBound.About => (f.M.Value * 0.9, f.M.Value * 1.1),
            NumberBound.Lower or NumberBound.JustOver => (f.M.Value, f.M.Value * 1.2),
            NumberBound.Upper or NumberBound.Nearly => (f.M.Value * 0.8, f.M.Value),
            _ => (f.M.Value * 0.95, f.M.Value * 1.05),
        };
        double lo = flo * whole.Lo;
        double hi = fhi * whole.Hi;
        bool ok = amount.Lo <= hi + 1e-9 && lo <= amount.Hi + 1e-9;
        string wording = $"Fraction \"{Quote(doc, f.M.FirstToken, of + 2)}\" with the amount beside it";
        Add(results, NumericCheckKind.Share, ok, wording, ok
            ? $"{f.M.Text} of {whole.M.Text} is about {F(f.M.Value * whole.M.Value)}, as stated ({amount.M.Text})"
            : $"{f.M.Text} of {whole.M.Text} is about {F(f.M.Value * whole.M.Value)}, not {amount.M.Text}", whole.M, f.M, amount.M);
    }

    private static bool SetBeside(TextDocument doc, int from, int to)
    {
        for (int t = from; t < to; t++)
        {
            if (doc.Is(t, "-") || doc.Is(t, "\u2014") || doc.Is(t, "\u2013") || doc.Is(t, "(") || doc.Is(t, ",") || doc.Is(t, ":") || doc.TokenText(t).StartsWith("--", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpanWord(TextDocument doc, int t) =>
        doc.Is(t, "last") || doc.Is(t, "past") || doc.Is(t, "previous") || doc.Is(t, "first") || doc.Is(t, "next") || doc.Is(t, "latest");

    private static bool IsNoun(TextDocument doc, int t) => t < doc.TokenCount && doc[t].Kind == TokenKind.Word && !doc.IsIn(t, NumberLexicon.NotCountedNouns);

    private static void Compare(TextDocument doc, List<NumericCheck> results, string wording, FigureInfo whole, FigureInfo part)
    {
        (double wlo, double whi) = Parts.Interval(whole);
        bool ok = part.Lo <= whi + 1e-9;
        _ = wlo;
        Add(results, NumericCheckKind.Share, ok, wording, ok
            ? $"{part.M.Text} is within {whole.M.Text}"
            : $"{part.M.Text} is more than {whole.M.Text}, the whole it is part of", whole.M, part.M);
    }
}
