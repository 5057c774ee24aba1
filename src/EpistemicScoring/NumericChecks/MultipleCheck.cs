using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Ratios and multiples against the figures they relate:
/// <list type="bullet">
/// <item>"a three-to-one margin (75 percent to 25 percent)", "11% … – a 3 to 1 margin": a ratio against the pair that
/// follows or comes just before it;</item>
/// <item>"12 points, … or double the 6-point lead": "double/triple the Y" against the figure of Y's kind before it;</item>
/// <item>"raised $400,000. This year … $3.2 million, eight times that amount": "N times that amount" back to the
/// nearest figure of the same kind before the one it follows;</item>
/// <item>"$42 million in the first three weeks of June. That is about $2 million a day": a rate restated from an amount
/// and a period.</item>
/// </list>
/// A ratio or multiple written as a round word allows <see cref="RoundRatio"/> either way.
/// </summary>
internal sealed class MultipleCheck : INumericCheck
{
    /// <summary>"Three-to-one", "double": round words, read as within 20% of the exact ratio ("two-to-one" for 64 to 33).</summary>
    public const double RoundRatio = 0.2;

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i < infos.Length; i++)
        {
            FigureInfo m = infos[i];
            if (m.M.Kind == NumberKind.Ratio || IsToOneMargin(doc, infos, i))
            {
                RatioAgainstPair(doc, infos, i, results);
            }
            else if (m.M.Kind == NumberKind.Multiple)
            {
                if (!DoubleThe(doc, infos, i, results))
                {
                    TimesThatAmount(doc, infos, i, results);
                }
            }
            else if (m.M.Kind == NumberKind.Money && IsRate(doc, m, out double days))
            {
                RateRestated(doc, infos, i, days, results);
            }
        }
    }

    /// <summary>"a 3 to 1 margin": two counts joined by "to", the second 1 and followed by "margin" or "ratio".</summary>
    private static bool IsToOneMargin(TextDocument doc, FigureInfo[] infos, int i) =>
        i + 1 < infos.Length && infos[i].M.Kind == NumberKind.Count && infos[i + 1].M.Value == 1 && doc.Is(infos[i].M.LastToken + 1, "to")
        && infos[i + 1].M.FirstToken == infos[i].M.LastToken + 2 && (infos[i + 1].M.Subject is "margin" or "ratio" || doc.Is(infos[i + 1].M.LastToken + 1, "margin") || doc.Is(infos[i + 1].M.LastToken + 1, "ratio"));

    private static void RatioAgainstPair(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo r = infos[i];
        bool spelled = r.M.Kind == NumberKind.Ratio;
        double ratio = r.M.Value;
        int last = spelled ? i : i + 1;

        // The pair: right after ("(75 percent to 25 percent)") or right before ("32% … compared to 11% – a 3 to 1 margin").
        FigureInfo? a = null, b = null;
        if (last + 2 < infos.Length && infos[last + 1].Sentence == r.Sentence && infos[last + 2].Sentence == r.Sentence
            && infos[last + 1].Bucket == infos[last + 2].Bucket && infos[last + 1].Checkable && infos[last + 1].M.FirstToken - infos[last].M.LastToken <= 4
            && infos[last + 2].M.FirstToken - infos[last + 1].M.LastToken <= 4)
        {
            (a, b) = (infos[last + 1], infos[last + 2]);
        }
        else if (i >= 2 && infos[i - 1].Sentence == r.Sentence && infos[i - 2].Sentence == r.Sentence && infos[i - 1].Bucket == infos[i - 2].Bucket
            && infos[i - 1].Checkable && r.M.FirstToken - infos[i - 1].M.LastToken <= 7)
        {
            (a, b) = (infos[i - 2], infos[i - 1]);
        }

        if (a is null || b is null || Math.Min(a.M.Value, b.M.Value) <= 0)
        {
            return;
        }

        double actual = Math.Max(a.M.Value, b.M.Value) / Math.Min(a.M.Value, b.M.Value);
        bool ok = Math.Abs(actual - ratio) <= RoundRatio * ratio;
        string wording = $"Ratio \"{Quote(doc, r.M.FirstToken, infos[last].M.LastToken)}\"";
        Add(results, NumericCheckKind.Ratio, ok, wording, ok
            ? $"{a.M.Text} to {b.M.Text} is {F(Math.Round(actual, 2))} to one, as stated"
            : $"{a.M.Text} to {b.M.Text} is {F(Math.Round(actual, 2))} to one, not {F(ratio)} to one", r.M, a.M, b.M);
    }

    /// <summary>"She leads by 12 points, 50 percent to 38 percent, or double the 6-point lead she had in May."</summary>
    private static bool DoubleThe(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo m = infos[i];
        if (i + 1 >= infos.Length || !(doc.Is(m.M.LastToken + 1, "the") || doc.Is(m.M.LastToken + 1, "that")) || infos[i + 1].M.FirstToken != m.M.LastToken + 2)
        {
            return false;
        }

        FigureInfo y = infos[i + 1];
        if (!y.Checkable || y.M.Value <= 0 || y.Sentence != m.Sentence)
        {
            return false;
        }

        // X: the figure of Y's kind that the multiple restates, earlier in the sentence.
        FigureInfo? x = null;
        for (int k = i - 1; k >= 0 && infos[k].Sentence == m.Sentence; k--)
        {
            if (infos[k].Bucket == y.Bucket)
            {
                x = infos[k];
                break;
            }
        }

        if (x is null || x.M.FirstToken < doc.Sentences[m.Sentence].FirstToken)
        {
            return false;
        }

        Judge(doc, results, $"Multiple \"{Quote(doc, m.M.FirstToken, y.M.LastToken)}\"", m, x, y);
        return true;
    }

    /// <summary>"This year it has raised $3.2 million, eight times that amount."</summary>
    private static void TimesThatAmount(TextDocument doc, FigureInfo[] infos, int i, List<NumericCheck> results)
    {
        FigureInfo m = infos[i];
        int k = m.M.LastToken + 1;
        if (!(doc.Is(k, "that") || doc.Is(k, "this")) || !(doc.Is(k + 1, "amount") || doc.Is(k + 1, "figure") || doc.Is(k + 1, "sum") || doc.Is(k + 1, "number") || doc.Is(k + 1, "total") || doc.Is(k + 1, "level")))
        {
            return;
        }

        // X: the figure the multiple follows; Y, "that amount": the nearest figure of X's kind before it.
        if (i == 0 || infos[i - 1].Sentence != m.Sentence || m.M.FirstToken - infos[i - 1].M.LastToken > 3)
        {
            return;
        }

        FigureInfo x = infos[i - 1];
        FigureInfo? y = null;
        for (int j = i - 2; j >= 0 && x.Sentence - infos[j].Sentence <= 2; j--)
        {
            if (infos[j].Bucket == x.Bucket && x.Checkable)
            {
                y = infos[j];
                break;
            }
        }

        if (y is null || y.M.Value <= 0)
        {
            return;
        }

        Judge(doc, results, $"Multiple \"{Quote(doc, m.M.FirstToken, k + 1)}\"", m, x, y);
    }

    private static void Judge(TextDocument doc, List<NumericCheck> results, string wording, FigureInfo m, FigureInfo x, FigureInfo y)
    {
        double factor = x.M.Value / y.M.Value;
        double tol = m.M.Kind == NumberKind.Multiple && m.M.Value <= 4 && m.M.Step >= 1 ? RoundRatio : 0.15;
        bool ok = Math.Abs(factor - m.M.Value) <= tol * m.M.Value || (x.Lo / y.Hi <= m.M.Value && m.M.Value <= x.Hi / Math.Max(y.Lo, 1e-9));
        Add(results, NumericCheckKind.Ratio, ok, wording, ok
            ? $"{x.M.Text} is {F(Math.Round(factor, 2))} times {y.M.Text}, as stated"
            : $"{x.M.Text} is {F(Math.Round(factor, 2))} times {y.M.Text}, not {m.M.Text}", y.M, m.M, x.M);
    }

    /// <summary>"$2 million a day", "$300 per week": a money figure per unit of time, in days.</summary>
    private static bool IsRate(TextDocument doc, FigureInfo m, out double days)
    {
        int k = m.M.LastToken + 1;
        days = 0;
        if (k + 1 >= doc.TokenCount || !(doc.Is(k, "a") || doc.Is(k, "per") || doc.Is(k, "each") || doc.Is(k, "every")))
        {
            return false;
        }

        days = Days(doc.TokenText(k + 1));
        return days > 0;
    }

    private static double Days(ReadOnlySpan<char> unit) => unit switch
    {
        _ when unit.Equals("day", StringComparison.OrdinalIgnoreCase) || unit.Equals("days", StringComparison.OrdinalIgnoreCase) => 1,
        _ when unit.Equals("week", StringComparison.OrdinalIgnoreCase) || unit.Equals("weeks", StringComparison.OrdinalIgnoreCase) => 7,
        _ when unit.Equals("month", StringComparison.OrdinalIgnoreCase) || unit.Equals("months", StringComparison.OrdinalIgnoreCase) => 365.25 / 12,
        _ when unit.Equals("year", StringComparison.OrdinalIgnoreCase) || unit.Equals("years", StringComparison.OrdinalIgnoreCase) => 365.25,
        _ => 0,
    };

    /// <summary>"The campaign raised $42 million in the first three weeks of June. That is about $2 million a day."</summary>
    private static void RateRestated(TextDocument doc, FigureInfo[] infos, int i, double rateDays, List<NumericCheck> results)
    {
        FigureInfo r = infos[i];
        Sentence s = doc.Sentences[r.Sentence];
        int t = s.FirstToken;

        // A restatement as a rate: "That is about $2 million a day", "That's $2 million a day", "or about $2 million a day".
        bool restates = (doc.Is(t, "that") || doc.Is(t, "this")) && (doc.Is(t + 1, "is") || doc.Is(t + 1, "'s") || doc.Is(t + 1, "works") || doc.Is(t + 1, "comes"))
            || doc.Is(r.M.FirstToken - 1, "or") || doc.Is(r.M.FirstToken - 2, "or");
        if (!restates)
        {
            return;
        }

        // The amount and the period it was raised or spent in, in the sentence before or this one.
        FigureInfo? amount = null, period = null;
        for (int k = i - 1; k >= 0 && r.Sentence - infos[k].Sentence <= 1; k--)
        {
            FigureInfo f = infos[k];
            if (period is null && f.M.Kind == NumberKind.Measure && Days(f.M.Unit ?? string.Empty) > 0)
            {
                period = f;
            }
            else if (amount is null && f.Bucket == r.Bucket && !IsRate(doc, f, out _))
            {
                amount = f;
            }
        }

        if (amount is null || period is null || period.M.Value <= 0 || period.M.FirstToken < amount.M.FirstToken)
        {
            return;
        }

        double expected = amount.M.Value / (period.M.Value * Days(period.M.Unit ?? string.Empty)) * rateDays;
        double slack = r.M.Bound == NumberBound.None ? 0.1 : 0.2;
        bool ok = Math.Abs(r.M.Value - expected) <= slack * expected + r.M.Step / 2;
        string wording = $"Rate \"{Quote(doc, r.M.FirstToken, r.M.LastToken + 2)}\"";
        Add(results, NumericCheckKind.Ratio, ok, wording, ok
            ? $"{amount.M.Text} over {period.M.Text} is about {F(Math.Round(expected, 2))} {doc.TokenText(r.M.LastToken + 1)} {doc.TokenText(r.M.LastToken + 2)}, as stated"
            : $"{amount.M.Text} over {period.M.Text} is about {F(Math.Round(expected, 2))} {doc.TokenText(r.M.LastToken + 1)} {doc.TokenText(r.M.LastToken + 2)}, not {r.M.Text}", amount.M, period.M, r.M);
    }
}
