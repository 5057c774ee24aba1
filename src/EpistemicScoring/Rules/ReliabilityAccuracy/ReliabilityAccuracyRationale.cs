using EpistemicScoring.Analysis;
using EpistemicScoring.Internal;
using EpistemicScoring.Reports;
using EpistemicScoring.Scoring;

namespace EpistemicScoring.Rules.ReliabilityAccuracy;

/// <summary>Law 3's count sentence: figures, how many sourced, the relations between them that hold or not, and the reference facts.</summary>
internal sealed class ReliabilityAccuracyRationale : ILawRationale
{
    public Law Law => Law.ReliabilityAccuracy;

    public string NothingToJudge => "Nothing to judge: no figures to check against each other or against reference facts.";

    public string Summary(DocumentAnalysis analysis, IReadOnlyList<Evidence> evidence)
    {
        IReadOnlyList<SentenceInfo> sentences = analysis.Sentences;
        int figures = 0;
        int sourced = 0;
        int unsourcedPrecise = 0;
        foreach (NumberMention n in analysis.Numbers)
        {
            if (!FigureSourcing.IsQuantity(n) || FigureSourcing.DescribesNoFigure(analysis, n))
            {
                continue;
            }

            figures++;
            bool named = FigureSourcing.SourcesOf(analysis, n).Any(static s => s.Named);
            sourced += named ? 1 : 0;
            unsourcedPrecise += !named && FigureSourcing.IsPrecise(n) && !FigureSourcing.HasAttribution(analysis, n) && !FigureSourcing.NamedElsewhere(analysis, n) ? 1 : 0;
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
                ? $"{Prose.Plural(consistent, "stated relation")} between them, all holding"
                : $"{Prose.Plural(consistent + inconsistent, "stated relation")} between them, {inconsistent} not holding ({string.Join(", ", broken)})";
        string facts = analysis.Facts.Count == 0
            ? string.Empty
            : $"; against the reference facts {confirmed} confirmed, {contradicted} contradicted, {unverifiable} not covered";
        return $"{Prose.Plural(figures, "figure")}, {sourced} attributed to a named source and {unsourcedPrecise} precise with no source; {relations}{facts}.";
    }
}
