using System.Globalization;
using System.Text;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Output;

/// <summary>
/// The five-law write-up in the layout people already write by hand: a heading, each law's title, bullets of
/// what was found, and a verdict line.
/// </summary>
internal static class MarkdownFormatter
{
    private const int EvidenceBullets = 3;

    public static string Format(EpistemicReport report, string text)
    {
        var sb = new StringBuilder();
        var locator = new Locator(text);
        sb.Append("## Five Laws of Epistemic Integrity\n\n");
        foreach (InputWarning warning in report.Warnings)
        {
            sb.Append(CultureInfo.InvariantCulture, $"> **Warning ({warning.Code}):** {warning.Message}\n\n");
        }
        foreach (LawAssessment law in report.Laws)
        {
            sb.Append("### ").Append(law.Law.Title()).Append("\n\n");
            // The first rationale sentence is the count; the evidence bullets below carry the findings.
            if (law.Rationale.Count > 0)
            {
                sb.Append("- ").Append(law.Rationale[0]).Append('\n');
            }

            int shown = 0;
            foreach (Evidence e in law.Evidence)
            {
                if (shown == EvidenceBullets)
                {
                    break;
                }

                string quoted = Excerpt(text, e);
                sb.Append(CultureInfo.InvariantCulture, $"- {(e.Weight < 0 ? "Against" : "For")} ({e.RuleId}, line {locator.At(e.Start)}): {e.Message}{quoted}\n");
                shown++;
            }

            foreach (Evidence e in law.Suppressed)
            {
                string? reason = report.Receipt?.Suppressed.FirstOrDefault(s => string.Equals(s.RuleId, e.RuleId, StringComparison.OrdinalIgnoreCase) && string.Equals(s.SpanHash, e.SpanHash, StringComparison.OrdinalIgnoreCase))?.Reason;
                sb.Append(CultureInfo.InvariantCulture, $"- Suppressed by hand ({e.RuleId}, line {locator.At(e.Start)}): ~~{e.Message}~~{(string.IsNullOrEmpty(reason) ? string.Empty : " (" + reason + ")")}\n");
            }

            sb.Append('\n');
            string verdict = law.Override is null
                ? string.Create(CultureInfo.InvariantCulture, $"{TextFormatter.VerdictText(law.Verdict)} ({law.Score:0.0})")
                : TextFormatter.VerdictWithMark(law) + (string.IsNullOrEmpty(law.Override.Reason) ? string.Empty : $": {law.Override.Reason}");
            sb.Append(CultureInfo.InvariantCulture, $"Verdict: {verdict}\n\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"**Overall: {TextFormatter.VerdictText(report.Overall.Verdict)} ({report.Overall.Score:0.0})**\n");
        return sb.ToString();
    }

    private static string Excerpt(string text, Evidence e)
    {
        if (e.Length == 0 || e.Start + e.Length > text.Length)
        {
            return string.Empty;
        }

        string excerpt = text.AsSpan(e.Start, e.Length).Trim().ToString().ReplaceLineEndings(" ");
        if (excerpt.Length > 100)
        {
            excerpt = string.Concat(excerpt.AsSpan(0, 97).TrimEnd(), "...");
        }

        return e.Message.Contains(excerpt, StringComparison.Ordinal) ? string.Empty : $": \"{excerpt}\"";
    }
}
