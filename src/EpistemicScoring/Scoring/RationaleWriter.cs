using System.Globalization;
using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Scoring;

/// <summary>
/// Writes one to three plain sentences per law that name what was counted, in the manner of an editor's
/// note: a count sentence from the analysis, then the most telling finding against and for the law.
/// </summary>
internal static class RationaleWriter
{
    public static IReadOnlyList<string> Write(ILawRationale law, DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence, bool judged, int minWords, Tempering tempering = default)
    {
        if (!judged)
        {
            int words = analysis.Document.WordCount;
            if (!analysis.Language.ScoredAsEnglish && words > 0)
            {
                return [$"Not judged: the text reads as {Language.LanguageGuesser.Describe(analysis.Language)}, and the rules read English."];
            }

            return [words == 0
                ? "The text is empty."
                : words < minWords
                    ? string.Create(CultureInfo.InvariantCulture, $"Too short to judge: {Prose.Plural(words, "word")}, fewer than the {minWords} needed.")
                    : law.NothingToJudge];
        }

        string summary = law.Summary(analysis, evidence);
        if (tempering.Untempered - tempering.Score >= 0.5)
        {
            // Tempering by the number of claims is named in the count sentence, so the reader sees why a score
            // that the evidence put higher stays nearer the middle.
            summary = string.Create(
                CultureInfo.InvariantCulture,
                $"{summary.TrimEnd('.')}; with {Prose.Plural(tempering.Claims, "claim")} to judge, the score keeps {100 * (tempering.Score - ScoringConstants.Prior) / (tempering.Untempered - ScoringConstants.Prior):0}% of its lead over 50 ({tempering.Untempered:0.#} before).");
        }

        var lines = new List<string>(3) { summary };
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
}

/// <summary>A law's score before and after tempering by the number of claims (see <see cref="LawScorer.Temper"/>).</summary>
/// <param name="Untempered">The score from the evidence alone.</param>
/// <param name="Score">The tempered score.</param>
/// <param name="Claims">The claims the text makes.</param>
internal readonly record struct Tempering(double Untempered, double Score, int Claims);
