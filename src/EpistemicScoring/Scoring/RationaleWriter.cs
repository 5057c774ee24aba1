using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    /// <summary>Line breaks as <see cref="string.ReplaceLineEndings(string)"/> reads them (CR LF counts as one).</summary>
    private static readonly SearchValues<char> LineBreaks = SearchValues.Create("\n\r\f\u0085\u2028\u2029");

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
                $"{summary.AsSpan().TrimEnd('.')}; with {Prose.Plural(tempering.Claims, "claim")} to judge, the score keeps {100 * (tempering.Score - ScoringConstants.Prior) / (tempering.Untempered - ScoringConstants.Prior):0}% of its lead over 50 ({tempering.Untempered:0.#} before).");
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
            lines.Add(Quote("Against: ", worst, analysis));
        }

        if (best is not null)
        {
            lines.Add(Quote("For: ", best, analysis));
        }

        return lines;
    }

    /// <summary>
    /// "Against: the finding's message (\"its text\")." with the text trimmed, cut to 80 characters, its line breaks
    /// made spaces, and left out when the message already holds it; written in one buffer, so the line is the only
    /// string made.
    /// </summary>
    private static string Quote(string lead, Evidence e, DocumentAnalysis analysis)
    {
        ReadOnlySpan<char> message = e.Message.AsSpan().TrimEnd('.');
        scoped ReadOnlySpan<char> text = analysis.Document.Text.AsSpan(e.Start, e.Length).Trim();
        Span<char> cut = stackalloc char[80];
        if (text.Length > 80)
        {
            ReadOnlySpan<char> head = text[..77].TrimEnd();
            head.CopyTo(cut);
            "...".CopyTo(cut[head.Length..]);
            text = cut[..(head.Length + 3)];
        }

        var line = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[256]);
        line.AppendLiteral(lead);
        line.AppendFormatted(message);
        if (text.Length > 0 && !message.Contains(text, StringComparison.Ordinal))
        {
            line.AppendLiteral(" (\"");
            while (text.IndexOfAny(LineBreaks) is int at and >= 0)
            {
                line.AppendFormatted(text[..at]);
                line.AppendLiteral(" ");
                text = text[(at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1))..];
            }

            line.AppendFormatted(text);
            line.AppendLiteral("\")");
        }

        line.AppendLiteral(".");
        return line.ToStringAndClear();
    }
}

/// <summary>A law's score before and after tempering by the number of claims (see <see cref="LawScorer.Temper"/>).</summary>
/// <param name="Untempered">The score from the evidence alone.</param>
/// <param name="Score">The tempered score.</param>
/// <param name="Claims">The claims the text makes.</param>
internal readonly record struct Tempering(double Untempered, double Score, int Claims);
