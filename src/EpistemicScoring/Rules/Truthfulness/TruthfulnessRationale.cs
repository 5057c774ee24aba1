using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Scoring;

namespace EpistemicScoring.Rules.Truthfulness;

/// <summary>Law 1's count sentence: the sentences that state something checkable, figures contradicted, claims passed on second-hand.</summary>
internal sealed class TruthfulnessRationale : ILawRationale
{
    public Law Law => Law.Truthfulness;

    public string NothingToJudge => "Nothing to judge: no checkable figure, date or attributed statement.";

    public string Summary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
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

        string tail = contradicted > 0 ? $"; {Prose.Plural(contradicted, "figure")} contradicted" : string.Empty;
        var hearsay = new List<string>();
        foreach (Evidence e in evidence)
        {
            if (e.RuleId != RuleIds.Hearsay || hearsay.Count >= 3)
            {
                continue; // the quoted cue is made only for the few hearsay findings named, not for every finding
            }

            string cue = $"\"{Strings.Lower(analysis.Document.Text.AsSpan(e.Start, e.Length))}\"";
            if (!hearsay.Contains(cue))
            {
                hearsay.Add(cue);
            }
        }

        if (hearsay.Count > 0)
        {
            int n = Prose.Findings(evidence, RuleIds.Hearsay);
            tail += $"; {Prose.Plural(n, "claim")} passed on second-hand ({string.Join(", ", hearsay)})";
        }

        return $"{specific} of {sentences.Count} sentences state a checkable figure, date or attributed statement{tail}.";
    }
}
