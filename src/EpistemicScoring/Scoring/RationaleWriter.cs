using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Scoring;

/// <summary>
/// Writes one to three plain sentences per law that name what was counted, in the manner of an editor's
/// note: a count sentence from the analysis, then the most telling finding against and for the law.
/// </summary>
internal static class RationaleWriter
{
    public static IReadOnlyList<string> Write(Law law, DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence, bool judged)
    {
        if (!judged)
        {
            return [analysis.Document.WordCount == 0
                ? "The text is empty."
                : string.Create(CultureInfo.InvariantCulture, $"Too little to judge: {analysis.Document.WordCount} words and no finding for this law.")];
        }

        var lines = new List<string>(3) { Summary(law, analysis) };
        Evidence? worst = null;
        Evidence? best = null;
        foreach (Evidence e in evidence)
        {
            if (e.Weight < 0 && (worst is null || e.Weight < worst.Weight))
            {
                worst = e;
            }
            else if (e.Weight > 0 && (best is null || e.Weight > best.Weight))
            {
                best = e;
            }
        }

        if (worst is not null)
        {
            lines.Add($"Against: {Quote(worst, analysis)}.");
        }

        if (best is not null)
        {
            lines.Add($"For: {Quote(best, analysis)}.");
        }

        return lines;
    }

    private static string Quote(Evidence e, DocumentAnalysis analysis)
    {
        string message = e.Message.TrimEnd('.');
        string text = analysis.Document.Text.AsSpan(e.Start, e.Length).Trim().ToString();
        if (text.Length > 80)
        {
            text = string.Concat(text.AsSpan(0, 77).TrimEnd(), "...");
        }

        return text.Length == 0 || message.Contains(text, StringComparison.Ordinal) ? message : $"{message} (\"{text.ReplaceLineEndings(" ")}\")";
    }

    private static string Summary(Law law, DocumentAnalysis analysis)
    {
        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
        switch (law)
        {
            case Law.Truthfulness:
            {
                int specific = 0;
                foreach (SentenceInfo s in sentences)
                {
                    if (s.ClaimType is ClaimType.Factual or ClaimType.Attributed)
                    {
                        specific++;
                    }
                }

                int contradicted = 0;
                foreach (NumericCheck c in analysis.NumericChecks)
                {
                    if (c.Status is NumericCheckStatus.Contradicted or NumericCheckStatus.Inconsistent)
                    {
                        contradicted++;
                    }
                }

                string tail = contradicted > 0 ? $"; {Plural(contradicted, "figure")} contradicted" : string.Empty;
                return $"{specific} of {sentences.Count} sentences state a checkable figure, date or attributed statement{tail}.";
            }

            case Law.SourceReferencing:
            {
                var stats = Rules.SourceReferencing.SourceStats.Of(analysis.Sources);
                if (stats.Total == 0)
                {
                    return $"No attributed source in {Plural(sentences.Count, "sentence")}.";
                }

                // Unnamed attributions by kind, with the most frequent wording of each ("unnamed officials").
                int anonymous = 0;
                int vague = 0;
                int documents = 0;
                int reasons = 0;
                var anonymousWords = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (SourceMention s in analysis.Sources)
                {
                    if (s.Named || s.Key == "author")
                    {
                        continue;
                    }

                    switch (s.Kind)
                    {
                        case SourceKind.Anonymous:
                            anonymous++;
                            reasons += s.AnonymityReason ? 1 : 0;
                            anonymousWords[s.Key] = anonymousWords.GetValueOrDefault(s.Key) + 1;
                            break;
                        case SourceKind.VagueGroup:
                            vague++;
                            break;
                        case SourceKind.UnnamedDocument:
                            documents++;
                            break;
                        default:
                            anonymous++;
                            break;
                    }
                }

                var parts = new List<string>(3);
                if (anonymous > 0)
                {
                    string who = "unnamed people";
                    if (anonymousWords.Count > 0)
                    {
                        string top = anonymousWords.MaxBy(static kv => kv.Value).Key;
                        who = anonymousWords.Count == 1 ? $"unnamed {(top.EndsWith('s') ? top : top + "s")}" : $"unnamed people (mostly {top}s)";
                    }

                    string reason = reasons == 0 ? ", no reason given for anonymity" : reasons == anonymous ? ", each with a reason for anonymity" : $", {reasons} with a reason for anonymity";
                    parts.Add($"{anonymous} to {who}{reason}");
                }

                if (vague > 0)
                {
                    parts.Add($"{vague} to vague groups");
                }

                if (documents > 0)
                {
                    parts.Add($"{documents} to unnamed documents");
                }

                string unnamed = parts.Count == 0 ? "none to unnamed sources" : string.Join("; ", parts);
                return $"{Plural(stats.Total, "attribution")} to {Plural(stats.Distinct, "distinct source")}, {stats.Named} to named people or bodies; {unnamed}.";
            }

            case Law.ReliabilityAccuracy:
            {
                int figures = 0;
                foreach (NumberMention n in analysis.Numbers)
                {
                    if (n.Kind is not (NumberKind.Year or NumberKind.Date or NumberKind.Time or NumberKind.Other or NumberKind.Ordinal))
                    {
                        figures++;
                    }
                }

                int consistent = 0;
                int inconsistent = 0;
                int confirmed = 0;
                int contradicted = 0;
                foreach (NumericCheck c in analysis.NumericChecks)
                {
                    switch (c.Status)
                    {
                        case NumericCheckStatus.Consistent: consistent++; break;
                        case NumericCheckStatus.Inconsistent: inconsistent++; break;
                        case NumericCheckStatus.Confirmed: confirmed++; break;
                        case NumericCheckStatus.Contradicted: contradicted++; break;
                        default: break;
                    }
                }

                return $"{Plural(figures, "figure")}; {consistent} relations between them hold and {inconsistent} do not; {confirmed} confirmed and {contradicted} contradicted by reference facts.";
            }

            case Law.ContextualJudgment:
                return $"{Plural(sentences.Count, "sentence")} weighed for time anchors, comparisons and other views.";

            case Law.InferenceTraceability:
            {
                int conclusions = 0;
                int boosters = 0;
                int hedges = 0;
                foreach (SentenceInfo s in sentences)
                {
                    if (s.ClaimType is ClaimType.Inference or ClaimType.Prediction)
                    {
                        conclusions++;
                    }
                }

                foreach (HedgeCue h in analysis.Hedges)
                {
                    if (h.Kind == HedgeKind.Booster)
                    {
                        boosters++;
                    }
                    else
                    {
                        hedges++;
                    }
                }

                return $"{Plural(conclusions, "conclusion or prediction", "conclusions or predictions")}; {Plural(boosters, "booster")} and {Plural(hedges, "hedge")}.";
            }

            default:
                throw new ArgumentOutOfRangeException(nameof(law), law, null);
        }
    }

    internal static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";
}
