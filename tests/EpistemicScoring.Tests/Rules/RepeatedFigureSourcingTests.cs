using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Rules;

/// <summary>
/// EPS303 and Law 3's rationale: a sum or share that the text repeats and credits to a named source at another
/// mention (a headline's figure the body attributes) has its source; a count that merely recurs does not.
/// </summary>
public class RepeatedFigureSourcingTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    private const string Body =
        "The harbour board met on Monday to weigh the offer from the shipping group, which has pressed the town for weeks. "
        + "The group wants berth fees cut from 11.5% to 7.5% in return for new cranes on the northern quay. ";

    private static IEnumerable<Evidence> Unsourced(string text) =>
        Scorer.Score(text)[Law.ReliabilityAccuracy].Evidence.Where(static e => e.RuleId == "EPS303");

    [Fact]
    public void HeadlineSum_TheBodyCreditsToANamedSource_IsSourced()
    {
        string text = "Lenvik port deal worth $41.7 million stalls after talks\n"
            + Body
            + "Finance director Lena Ruud said the $41.7 million deal would not be signed before the winter.";
        Assert.DoesNotContain(Unsourced(text), e => e.Start < text.IndexOf('\n', StringComparison.Ordinal));
        Assert.Contains("0 precise with no source", Scorer.Score(text)[Law.ReliabilityAccuracy].Rationale[0], StringComparison.Ordinal);
    }

    [Fact]
    public void HeadlineSum_TheBodyCreditsOnlyToUnnamedOfficials_IsStillUnsourced()
    {
        string text = "Lenvik port deal worth $41.7 million stalls after talks\n"
            + Body
            + "The $41.7 million deal would not be signed before the winter, officials said.";
        Assert.Contains(Unsourced(text), e => e.Start == text.IndexOf('$', StringComparison.Ordinal));
    }

    [Fact]
    public void ACountThatRecurs_IsNotSourcedByTheOtherMention()
    {
        // 1,247 cranes and 1,247 workers are not one quantity: counts repeat by coincidence.
        string text = "The northern quay handled 1,247 ships last year, more than any other on the coast.\n"
            + Body
            + "Finance director Lena Ruud said the port employs 1,247 people across its three quays.";
        Assert.Contains(Unsourced(text), e => e.Start == text.IndexOf("1,247", StringComparison.Ordinal));
    }
}
