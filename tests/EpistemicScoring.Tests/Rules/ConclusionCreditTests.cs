using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Rules;

/// <summary>
/// EPS502's credit for a supported conclusion is withheld when the writer words the conclusion with loaded words or
/// rhetoric: the facts beside it bear out a plain version of it, not the verdict its wording hands the reader.
/// </summary>
public class ConclusionCreditTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    // Long enough to be judged (60 words and more), with a source and figures in reach of the conclusion.
    private const string Facts =
        "The ferry line carried 12,000 passengers across the fjord in May, the port authority said on Monday. "
        + "Its fares rose by 8% over the same month, according to the authority's quarterly report on the crossing. "
        + "Queues at the northern quay reached 90 minutes on four weekends, the harbour master told the town council. ";

    private static IEnumerable<Evidence> Credit(string text) =>
        Scorer.Score(text)[Law.InferenceTraceability].Evidence.Where(static e => e.RuleId == "EPS502" && e.Weight > 0);

    [Fact]
    public void PlainSupportedPrediction_EarnsCredit()
    {
        string text = Facts + "The line will therefore add a second boat to the crossing next spring.";
        Evidence credit = Assert.Single(Credit(text));
        Assert.Equal(text.IndexOf("The line will", StringComparison.Ordinal), credit.Start);
        Assert.DoesNotContain("not credited", Scorer.Score(text)[Law.InferenceTraceability].Rationale[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("The scandalous line will therefore add a second boat to the crossing next spring.")]
    [InlineData("The line will therefore add a second boat, a mind-boggling waste, to the crossing next spring.")]
    [InlineData("The line will therefore add a second boat for our great nation next spring.")]
    public void SupportedPrediction_WordedWithLoadedWordsOrRhetoric_EarnsNoCredit(string conclusion)
    {
        string text = Facts + conclusion;
        Assert.Empty(Credit(text));

        // Neither is it faulted as unsupported: the rhetoric rules weigh the words themselves; the rationale says why.
        LawAssessment law = Scorer.Score(text)[Law.InferenceTraceability];
        Assert.DoesNotContain(law.Evidence, static e => e.RuleId == "EPS502");
        Assert.Contains("1 with stated support (sentence 4) (1 of them worded with loaded words or rhetoric, not credited)", law.Rationale[0], StringComparison.Ordinal);
    }

    [Fact]
    public void LoadedWordsInAnotherSentence_DoNotWithholdTheConclusionsCredit()
    {
        string text = Facts.Replace("in May,", "in May, a scandalous crush,", StringComparison.Ordinal)
            + "The line will therefore add a second boat to the crossing next spring.";
        Assert.Single(Credit(text));
    }
}
