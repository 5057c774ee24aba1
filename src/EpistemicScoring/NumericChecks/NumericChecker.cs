using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.NumericChecks;

/// <summary>
/// Cross-checks figures against each other (repeat, share, change, total, ratio) and against reference facts.
/// Every figure stands for an interval: its value widened by half its stated precision and by its bound
/// ("more than", "about", "up to"); two statements agree when their intervals meet. Figures are compared only
/// when a link in the text ties them to one quantity: a back-reference ("that $3 billion", "the 4,000"), the
/// same counted noun phrase, the same words around them, or a relation word ("of", "including", "another",
/// "from … to", "per"). Each figure is compared with a bounded number of earlier figures of its own bucket
/// (kind and unit), so the cost is linear in the number of mentions.
/// </summary>
internal static class NumericChecker
{
    /// <summary>The checks in the order their results are reported.</summary>
    private static readonly INumericCheck[] Checks =
    [
        new RepeatCheck(),
        new HeadlineCheck(),
        new QuotationCheck(),
        new SamenessCheck(),
        new UnitGlossCheck(),
        new AppositionCheck(),
        new ShareCheck(),
        new PartitiveCheck(),
        new TotalCheck(),
        new ListedPartsCheck(),
        new SentencePartsCheck(),
        new SplitSharesCheck(),
        new ChangeCheck(),
        new DirectionCheck(),
        new LevelChangeCheck(),
        new GapCheck(),
        new RatioCheck(),
        new MultipleCheck(),
        new ReferenceCheck(),
    ];

    public static List<NumericCheck> Check(TextDocument doc, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ReferenceFact> facts)
    {
        var result = new List<NumericCheck>();
        if (numbers.Count == 0)
        {
            return result;
        }

        var ctx = new CheckContext(doc, numbers, facts);
        foreach (INumericCheck check in Checks)
        {
            check.Run(ctx, result);
        }

        return result;
    }
}
