using System.Globalization;
using System.Text;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Output;

/// <summary>
/// The text output people read in a terminal, in the shape of a linter's: per law its score and verdict, the
/// count line of its rationale, then each finding with <c>line:column</c>, rule ID, weight, message and the
/// quoted span, in text order and fitted to the width. A verdict set by hand and suppressed findings are marked.
/// </summary>
internal static class TextFormatter
{
    private const int TitleWidth = 28;
    private const int Indent = 4;

    public static string Format(EpistemicReport report, string text, string name, TextLayout layout, bool quiet = false)
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        string profile = report.Receipt is { } r ? $"  (profile {ProfileName(r.Profile)}{(r.ProfileDetected ? ", detected" : string.Empty)})" : string.Empty;
        sb.Append(layout.Bold(name)).Append('\n');
        sb.Append(inv, $"Overall {report.Overall.Score,5:0.0}  {layout.Verdict(report.Overall.Verdict, VerdictText(report.Overall.Verdict))}{profile}\n");
        if (quiet)
        {
            foreach (LawAssessment law in report.Laws)
            {
                sb.Append(inv, $"  {law.Law.Title(),-TitleWidth} {law.Score,5:0.0}  {LawVerdict(law, layout)}\n");
            }

            return sb.ToString();
        }

        var locator = new Locator(text);
        foreach (LawAssessment law in report.Laws)
        {
            sb.Append('\n');
            sb.Append(inv, $"{layout.Bold($"{law.Law.Title(),-TitleWidth}")} {law.Score,5:0.0}  {LawVerdict(law, layout)}\n");
            if (law.Rationale.Count > 0)
            {
                foreach (string line in TextLayout.Wrap(law.Rationale[0], layout.Columns - 2))
                {
                    sb.Append("  ").Append(line).Append('\n');
                }
            }

            List<Evidence> shown = [.. law.Evidence.OrderBy(static e => e.Start).ThenBy(static e => e.RuleId, StringComparer.Ordinal)];
            List<Evidence> suppressed = [.. law.Suppressed.OrderBy(static e => e.Start)];
            if (shown.Count + suppressed.Count == 0)
            {
                continue;
            }

            int locWidth = shown.Concat(suppressed).Max(e => locator.At(e.Start).Length);
            int idWidth = shown.Concat(suppressed).Max(static e => e.RuleId.Length);
            foreach (Evidence e in shown)
            {
                AppendFinding(sb, e, text, locator, layout, locWidth, idWidth, null);
            }

            foreach (Evidence e in suppressed)
            {
                string reason = report.Receipt?.Suppressed.FirstOrDefault(s => string.Equals(s.RuleId, e.RuleId, StringComparison.OrdinalIgnoreCase) && string.Equals(s.SpanHash, e.SpanHash, StringComparison.OrdinalIgnoreCase))?.Reason ?? string.Empty;
                AppendFinding(sb, e, text, locator, layout, locWidth, idWidth, reason);
            }
        }

        int uncertain = report.Sentences.Count(static s => s.Uncertain);
        int named = report.Sources.Count(static s => s.Named);
        sb.Append('\n');
        string[] parts =
        [
            string.Create(inv, $"Sentences {report.Sentences.Count} ({uncertain} uncertain)"),
            string.Create(inv, $"Sources {report.Sources.Count} ({named} named)"),
            string.Create(inv, $"Numbers {report.Numbers.Count}"),
            string.Create(inv, $"Checks {report.NumericChecks.Count}"),
            string.Create(inv, $"Hedges {report.Hedges.Count}"),
        ];
        var footer = new StringBuilder();
        foreach (string part in parts)
        {
            if (footer.Length > 0 && footer.Length + 3 + part.Length > layout.Columns)
            {
                sb.Append(footer).Append('\n');
                footer.Clear();
            }
            else if (footer.Length > 0)
            {
                footer.Append(" | ");
            }

            footer.Append(part);
        }

        sb.Append(footer).Append('\n');
        foreach (InputWarning warning in report.Warnings)
        {
            IReadOnlyList<string> lines = TextLayout.Wrap($"Warning ({warning.Code}): {warning.Message}", layout.Columns);
            foreach (string line in lines)
            {
                sb.Append(line).Append('\n');
            }
        }

        return sb.ToString();
    }

    /// <summary>The verdict as shown, with the mark of a verdict set by hand: "Moderate (set by hand; computed Low 41.1)".</summary>
    internal static string VerdictWithMark(LawAssessment law) =>
        law.Override is null
            ? VerdictText(law.Verdict)
            : string.Create(CultureInfo.InvariantCulture, $"{VerdictText(law.Verdict)} (set by hand; computed {VerdictText(law.ComputedVerdict)} {law.Score:0.0})");

    internal static string VerdictText(Verdict verdict) => verdict switch
    {
        Verdict.High => "High",
        Verdict.Moderate => "Moderate",
        Verdict.Low => "Low",
        _ => "Insufficient",
    };

    /// <summary>The span's text on one line, or empty when the message already quotes it.</summary>
    internal static string Quote(string text, Evidence e)
    {
        if (e.Length == 0 || e.Start < 0 || e.Start + e.Length > text.Length)
        {
            return string.Empty;
        }

        string excerpt = string.Join(' ', text.Substring(e.Start, e.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return excerpt.Length == 0 || e.Message.Contains(excerpt, StringComparison.Ordinal) ? string.Empty : excerpt;
    }

    private static void AppendFinding(StringBuilder sb, Evidence e, string text, Locator locator, TextLayout layout, int locWidth, int idWidth, string? suppressedReason)
    {
        string weight = e.Weight.ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture);
        int messageColumn = Indent + locWidth + 2 + idWidth + 2 + 5 + 2;
        int room = Math.Max(20, layout.Columns - messageColumn);
        string message = suppressedReason is null ? e.Message : $"{e.Message} [suppressed by hand{(suppressedReason.Length > 0 ? ": " + suppressedReason : string.Empty)}]";
        List<string> lines = TextLayout.Wrap(message, room);
        string paintedWeight = suppressedReason is not null ? layout.Dim($"{weight,5}") : e.Weight < 0 ? layout.Red($"{weight,5}") : layout.Green($"{weight,5}");
        sb.Append(' ', Indent).Append(locator.At(e.Start).PadRight(locWidth)).Append("  ").Append(e.RuleId.PadRight(idWidth)).Append("  ")
            .Append(paintedWeight).Append("  ").Append(suppressedReason is null ? lines[0] : layout.Dim(lines[0])).Append('\n');
        for (int i = 1; i < lines.Count; i++)
        {
            sb.Append(' ', messageColumn).Append(lines[i]).Append('\n');
        }

        string quote = Quote(text, e);
        if (quote.Length > 0)
        {
            sb.Append(' ', messageColumn).Append(layout.Dim(TextLayout.Fit($"\"{quote}\"", room))).Append('\n');
        }
    }

    private static string LawVerdict(LawAssessment law, TextLayout layout) => layout.Verdict(law.Verdict, VerdictWithMark(law));

    private static string ProfileName(TextProfile p) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(p.ToString());
}
