using EpistemicScoring.Analysis;
using EpistemicScoring.Claims;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Scoring;

namespace EpistemicScoring.Rules.ContextualJudgment;

/// <summary>Law 4's count sentence, by sentence number so an editor can go straight to them.</summary>
internal sealed class ContextualJudgmentRationale : ILawRationale
{
    public Law Law => Law.ContextualJudgment;

    public string NothingToJudge => "Nothing to judge: no time anchors, comparisons or other views found.";

    /// <summary>
    /// Law 4: which sentences place events in time, compare, give background, weigh another side, or generalise
    /// sweepingly, by sentence number (1-based), so that an editor can go straight to them.
    /// </summary>
    public string Summary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        int n = analysis.Sentences.Count;
        var time = new SortedSet<int>();
        var comparison = new SortedSet<int>();
        var background = new SortedSet<int>();
        var sides = new SortedSet<int>();
        var sweeping = new SortedSet<int>();
        foreach (NumberMention m in analysis.Numbers)
        {
            int s = analysis.SentenceIndexAt(m.Start);
            if (s < 0)
            {
                continue;
            }

            if (m.Kind is NumberKind.Year or NumberKind.Date or NumberKind.Time)
            {
                time.Add(s);
            }
            else if (m.Kind is NumberKind.Percent or NumberKind.PercentagePoints or NumberKind.Fraction or NumberKind.Ratio or NumberKind.Multiple)
            {
                comparison.Add(s);
            }
        }

        foreach (DiscourseCue c in analysis.Cues)
        {
            if (c.InQuote)
            {
                continue;
            }

            SortedSet<int>? target = c.Role switch
            {
                CueRole.Time when c.Weight >= 0.6 => time,
                CueRole.Comparison when c.Weight >= 0.8 => comparison,
                CueRole.Background when c.Weight >= 0.6 => background,
                CueRole.Contrast or CueRole.Rebuttal => sides,
                CueRole.Sweeping when c.Weight >= 0.8 && analysis.Sentences[c.Sentence].ClaimType is ClaimType.Evaluation or ClaimType.Inference or ClaimType.Prediction => sweeping,
                _ => null,
            };
            target?.Add(c.Sentence);
        }

        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (SourceMention s in analysis.Attributions)
        {
            if (s.Kind is not (SourceKind.Pronoun or SourceKind.VagueGroup))
            {
                keys.Add(s.Key);
            }
        }

        var parts = new List<string>(5)
        {
            $"Of {Prose.Plural(n, "sentence")}, {Prose.Count(time)} placed in time{Prose.Where(time)}",
            $"{Prose.Count(comparison)} compare or benchmark{Prose.Where(comparison)}",
            $"{Prose.Count(background)} give background or precedent{Prose.Where(background)}",
            $"{Prose.Count(sides)} weigh another side{Prose.Where(sides)}, with {Prose.Plural(keys.Count, "distinct identifiable source")}",
        };
        if (sweeping.Count > 0)
        {
            parts.Add($"{Prose.Count(sweeping)} generalise sweepingly{Prose.Where(sweeping)}");
        }

        return string.Join("; ", parts) + ".";
    }

}
