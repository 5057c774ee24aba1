using System.Collections.Frozen;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.NumericChecks.CheckHelpers;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// A measure glossed in another unit right after it, in parentheses or after "or": "1,200km (746 miles)", "90kg (198
/// lb)", "30°C (86°F)". The gloss must be the measure converted (<c>numericchecks-unit-conversions.tsv</c>), within the
/// rounding of both figures and <see cref="Slack"/>.
/// </summary>
internal sealed class UnitGlossCheck : INumericCheck
{
    /// <summary>Glosses are rounded conversions: 2% either way, on top of the figures' own rounding.</summary>
    public const double Slack = 0.02;

    private static readonly FrozenDictionary<string, (double Factor, double Offset)> Conversions =
        Internal.EmbeddedData.Rows("numericchecks-unit-conversions.tsv")
            .ToDictionary(static r => r[0] + ">" + r[1], static r => (Internal.EmbeddedData.Number("numericchecks-unit-conversions.tsv", r, 2), Internal.EmbeddedData.Number("numericchecks-unit-conversions.tsv", r, 3)), StringComparer.Ordinal)
            .ToFrozenDictionary(StringComparer.Ordinal);

    /// <inheritdoc/>
    public void Run(CheckContext ctx, List<NumericCheck> results)
    {
        TextDocument doc = ctx.Doc;
        FigureInfo[] infos = ctx.Infos;
        for (int i = 0; i + 1 < infos.Length; i++)
        {
            FigureInfo a = infos[i];
            FigureInfo b = infos[i + 1];
            if (a.M.Kind != NumberKind.Measure || b.M.Kind != NumberKind.Measure || a.Sentence != b.Sentence)
            {
                continue;
            }

            string ua = UnitOf(a.M), ub = UnitOf(b.M);
            if (ua == ub || !Conversions.TryGetValue(ua + ">" + ub, out (double Factor, double Offset) c))
            {
                continue;
            }

            int gap = b.M.FirstToken - a.M.LastToken;
            bool gloss = gap == 2 && (doc.Is(a.M.LastToken + 1, "(") || doc.Is(a.M.LastToken + 1, ",") || doc.Is(a.M.LastToken + 1, "or"))
                || gap == 3 && doc.Is(a.M.LastToken + 1, ",") && doc.Is(a.M.LastToken + 2, "or")
                || gap == 3 && doc.Is(a.M.LastToken + 1, "(") && (doc.Is(a.M.LastToken + 2, "about") || doc.Is(a.M.LastToken + 2, "roughly") || doc.Is(a.M.LastToken + 2, "some"));
            if (!gloss)
            {
                continue;
            }

            double expected = (a.M.Value * c.Factor) + c.Offset;
            double lo = (a.Lo * c.Factor) + c.Offset, hi = (a.Hi * c.Factor) + c.Offset;
            (lo, hi) = (Math.Min(lo, hi) - (Slack * Math.Abs(expected)), Math.Max(lo, hi) + (Slack * Math.Abs(expected)));
            bool ok = b.Lo <= hi && lo <= b.Hi;
            string wording = $"Unit gloss \"{Quote(doc, a.M.FirstToken, b.M.LastToken + (doc.Is(b.M.LastToken + 1, ")") ? 1 : 0))}\"";
            Add(results, NumericCheckKind.Repeat, ok, wording, ok
                ? $"{a.M.Text} is about {F(Math.Round(expected, 1))} {ub.Replace("degree", "°", StringComparison.Ordinal)}, as glossed"
                : $"{a.M.Text} is about {F(Math.Round(expected, 1))} {ub.Replace("degree", "°", StringComparison.Ordinal)}, not {b.M.Text}", a.M, b.M);
        }
    }

    /// <summary>The unit to convert: "degree" split by the scale the text writes (°C, °F, Celsius, Fahrenheit).</summary>
    private static string UnitOf(NumberMention m)
    {
        if (m.Unit != "degree")
        {
            return m.Unit ?? string.Empty;
        }

        string t = m.Text.TrimEnd();
        return t.EndsWith('C') || t.EndsWith("Celsius", StringComparison.OrdinalIgnoreCase) ? "degreeC"
            : t.EndsWith('F') || t.EndsWith("Fahrenheit", StringComparison.OrdinalIgnoreCase) ? "degreeF" : "degree";
    }
}
