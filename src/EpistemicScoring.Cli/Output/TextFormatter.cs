using System.Globalization;
using System.Text;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Output;

/// <summary>The compact table people read in a terminal.</summary>
internal static class TextFormatter
{
    private const int TitleWidth = 28;
    private const int ReasonWidth = 78;

    public static string Format(EpistemicReport report, string name)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"Epistemic pre-score: {name}\n");
        sb.Append(CultureInfo.InvariantCulture, $"Overall {report.Overall.Score,5:0.0}  {VerdictText(report.Overall.Verdict)}\n\n");
        sb.Append(CultureInfo.InvariantCulture, $"{"Law",-TitleWidth} {"Score",5}  {"Verdict",-12} Why\n");
        sb.Append(new string('-', TitleWidth + 1 + 5 + 2 + 12 + 1 + 40)).Append('\n');
        foreach (LawAssessment law in report.Laws)
        {
            IReadOnlyList<string> lines = Wrap(law.Rationale.Count > 0 ? law.Rationale[0] : string.Empty, ReasonWidth);
            sb.Append(CultureInfo.InvariantCulture, $"{law.Law.Title(),-TitleWidth} {law.Score,5:0.0}  {VerdictText(law.Verdict),-12} {lines[0]}\n");
            for (int i = 1; i < lines.Count; i++)
            {
                sb.Append(' ', TitleWidth + 1 + 5 + 2 + 12 + 1).Append(lines[i]).Append('\n');
            }
        }

        int uncertain = report.Sentences.Count(static s => s.Uncertain);
        int named = report.Sources.Count(static s => s.Named);
        sb.Append('\n');
        sb.Append(CultureInfo.InvariantCulture, $"Sentences {report.Sentences.Count} ({uncertain} uncertain) | Sources {report.Sources.Count} ({named} named) | Numbers {report.Numbers.Count} | Checks {report.NumericChecks.Count} | Hedges {report.Hedges.Count}\n");
        foreach (InputWarning warning in report.Warnings)
        {
            IReadOnlyList<string> lines = Wrap($"Warning ({warning.Code}): {warning.Message}", ReasonWidth + TitleWidth);
            foreach (string line in lines)
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    internal static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.High => "High",
        Verdict.Moderate => "Moderate",
        Verdict.Low => "Low",
        _ => "Insufficient",
    };

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (string word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            if (line.Length > 0)
            {
                line.Append(' ');
            }

            line.Append(word);
        }

        lines.Add(line.ToString());
        return lines;
    }
}
