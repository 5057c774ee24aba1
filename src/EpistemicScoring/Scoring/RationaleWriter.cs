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
    public static IReadOnlyList<string> Write(Law law, DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence, bool judged, int minWords)
    {
        if (!judged)
        {
            int words = analysis.Document.WordCount;
            return [words == 0
                ? "The text is empty."
                : words < minWords
                    ? string.Create(CultureInfo.InvariantCulture, $"Too short to judge: {Plural(words, "word")}, fewer than the {minWords} needed.")
                    : InsufficientReason(law)];
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
                int total = analysis.Sources.Count;
                if (total == 0)
                {
                    return $"No attributed source in {Plural(sentences.Count, "sentence")}.";
                }

                int named = 0;
                int anonymous = 0;
                int vague = 0;
                int reasons = 0;
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (SourceMention s in analysis.Sources)
                {
                    if (s.Named)
                    {
                        named++;
                    }
                    else if (s.Kind == SourceKind.Anonymous)
                    {
                        anonymous++;
                        reasons += s.AnonymityReason ? 1 : 0;
                    }
                    else if (s.Kind is SourceKind.VagueGroup or SourceKind.UnnamedDocument)
                    {
                        vague++;
                    }

                    if (s.Kind != SourceKind.Pronoun)
                    {
                        keys.Add(s.Key);
                    }
                }

                string unnamed = anonymous + vague == 0
                    ? "none to unnamed sources"
                    : $"{anonymous} to unnamed people{(anonymous > 0 ? (reasons > 0 ? $" ({reasons} with a reason for anonymity)" : ", no reason given for anonymity") : string.Empty)} and {vague} to vague groups or unnamed documents";
                return $"{Plural(total, "attribution")} to {Plural(keys.Count, "distinct source")}, {named} to named people or bodies; {unnamed}.";
            }

            case Law.ReliabilityAccuracy:
            {
                int figures = 0;
                int sourced = 0;
                int unsourcedPrecise = 0;
                foreach (NumberMention n in analysis.Numbers)
                {
                    if (!Rules.ReliabilityAccuracy.FigureSourcing.IsQuantity(n))
                    {
                        continue;
                    }

                    figures++;
                    bool named = Rules.ReliabilityAccuracy.FigureSourcing.SourcesOf(analysis, n).Any(static s => s.Named);
                    sourced += named ? 1 : 0;
                    unsourcedPrecise += !named && Rules.ReliabilityAccuracy.FigureSourcing.IsPrecise(n) && !Rules.ReliabilityAccuracy.FigureSourcing.HasAttribution(analysis, n) ? 1 : 0;
                }

                int consistent = 0;
                int inconsistent = 0;
                int confirmed = 0;
                int contradicted = 0;
                int unverifiable = 0;
                var broken = new SortedSet<string>(StringComparer.Ordinal);
                foreach (NumericCheck c in analysis.NumericChecks)
                {
                    switch (c.Status)
                    {
                        case NumericCheckStatus.Consistent: consistent++; break;
                        case NumericCheckStatus.Inconsistent: inconsistent++; broken.Add(c.Kind.ToString().ToLowerInvariant()); break;
                        case NumericCheckStatus.Confirmed: confirmed++; break;
                        case NumericCheckStatus.Contradicted: contradicted++; break;
                        default: unverifiable++; break;
                    }
                }

                if (figures == 0)
                {
                    return "No amounts, percentages or counts to cross-check.";
                }

                string relations = consistent + inconsistent == 0
                    ? "no stated relation between them to cross-check"
                    : inconsistent == 0
                        ? $"{Plural(consistent, "stated relation")} between them, all holding"
                        : $"{Plural(consistent + inconsistent, "stated relation")} between them, {inconsistent} not holding ({string.Join(", ", broken)})";
                string facts = analysis.Facts.Count == 0
                    ? string.Empty
                    : $"; against the reference facts {confirmed} confirmed, {contradicted} contradicted, {unverifiable} not covered";
                return $"{Plural(figures, "figure")}, {sourced} attributed to a named source and {unsourcedPrecise} precise with no source; {relations}{facts}.";
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

    private static string InsufficientReason(Law law) => law switch
    {
        Law.Truthfulness => "Nothing to judge: no checkable figure, date or attributed statement.",
        Law.SourceReferencing => "Nothing to judge: no attribution found.",
        Law.ReliabilityAccuracy => "Nothing to judge: no figures to check against each other or against reference facts.",
        Law.ContextualJudgment => "Nothing to judge: no time anchors, comparisons or other views found.",
        _ => "Nothing to judge: no conclusion, prediction or certainty cue found.",
    };

    internal static string Plural(int count, string singular, string? plural = null) =>
        count == 1 ? $"1 {singular}" : $"{count.ToString(CultureInfo.InvariantCulture)} {plural ?? singular + "s"}";
}
