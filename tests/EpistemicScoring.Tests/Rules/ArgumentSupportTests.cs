using EpistemicScoring.Analysis;
using EpistemicScoring.Claims;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Rules;

/// <summary>What counts as support for a conclusion or prediction (Law 5), and how the profile stage reads genre.</summary>
public class ArgumentSupportTests
{
    private static DocumentAnalysis Analyze(string text) => DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, []);

    private static InferenceLink Link(string text) => Assert.Single(Analyze(text).Links);

    [Fact]
    public void Prediction_WithANameAndADateOnly_IsNotGroundedInItself()
    {
        // "after the election" and a month are not evidence that the party will win.
        InferenceLink link = Link("After the election in November, the Harbour Party will win a large majority.");
        Assert.False(link.Grounded);
        Assert.Empty(link.Supports);
    }

    [Fact]
    public void Prediction_WithAFigure_IsGrounded_AndTheWordOneIsNoFigure()
    {
        Assert.True(Link("The new quay will cost 4 million euros to build.").Grounded);
        Assert.False(Link("The mayor is heading for a defeat, one that will end her career.").Grounded);
    }

    [Fact]
    public void DatedPrediction_WithNothingInReach_IsASchedule_NeitherCreditedNorFaulted()
    {
        InferenceLink link = Link("The harbour board will vote on the levy on March 3.");
        Assert.True(link.Scheduled);
        Assert.False(link.Unsupported);
        Assert.True(Link("The harbour board will surely collapse under the weight of its debts.").Unsupported);
    }

    [Fact]
    public void Conclusion_WithAStatedReason_IsGrounded()
    {
        Assert.True(Link("The levy will therefore fail, because the shippers can move to the port across the bay.").Grounded);
    }

    [Fact]
    public void WritersClaimAboutWhatSomeoneKnows_IsNoReportingSource()
    {
        DocumentAnalysis analysis = Analyze("The mayor knows the levy is lost. The board said on Monday that the levy was lost.");
        Lexicon cues = analysis.Lexicons["attribution-cues"];
        Assert.Equal([false, true], analysis.Sources.Select(s => InferenceLinks.Reports(analysis.Document, cues, s)).ToArray());
    }

    [Theory]
    [InlineData("Opinion\n\nThe harbour levy is a mistake. The board has chosen the easy path over the right one, and the town will pay for it.", TextProfile.Opinion)]
    [InlineData("Harbour Review Editorial\n\nThe harbour levy is a mistake. The board has chosen the easy path over the right one, and the town will pay for it.", TextProfile.Opinion)]
    [InlineData("News analysis\n\nThe harbour levy raises 2 million euros a year. Most of it comes from three ferry companies, which carry 80% of the cargo.", TextProfile.Analysis)]
    public void Profile_ReadsASectionLabelInAHeadingNearTheTop(string text, TextProfile expected) =>
        Assert.Equal(expected, Analyze(text).DetectedProfile);

    [Fact]
    public void Profile_ALabelWordInProse_IsNoSectionLabel()
    {
        const string text = "The harbour board published an opinion poll on Monday. It found that 61% of residents back the levy, the board said. "
            + "\"We will vote in April,\" said its chair, Ines Moreau. \"The study comes first,\" she added.";
        Assert.NotEqual(TextProfile.Opinion, Analyze(text).DetectedProfile);
    }

    [Fact]
    public void Profile_ScareQuotes_DoNotMakeANewsReport()
    {
        const string body = "The board calls its plan a \"reform\". It is nothing of the kind: the \"savings\" are a transfer from small shippers to the port. "
            + "The town deserves a real debate about its harbour, not a slogan. The levy punishes the ferries that keep the islands connected. "
            + "A better plan would start with the quays that are falling apart and leave the fares alone.";
        Assert.NotEqual(TextProfile.NewsReport, Analyze(body).DetectedProfile);
    }
}

public class HeadlineTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    private const string Body =
        "The harbour board may approve a levy on ferries next month, according to a draft agenda seen by the Courier. "
        + "Members have not yet seen the final text, and two of them said they would ask for a study of the cost to small shippers. "
        + "The board meets in the old customs house on the quay, and its chair, Ines Moreau, has not said how she will vote.";

    [Fact]
    public void Report_GivesTheFirstLineAsTheHeadline_WhenItIsOne()
    {
        const string title = "Harbour board approves ferry levy";
        EpistemicReport report = Scorer.Score(title + "\n" + Body);
        Assert.NotNull(report.Headline);
        Assert.Equal(0, report.Headline.Start);
        Assert.Equal(title, report.Headline.Text);
        Assert.Null(Scorer.Score(Body).Headline);
        Assert.Null(Scorer.Score("Opinion\n" + Body).Headline);
    }

    [Fact]
    public void HeadlineThatAssertsWhatTheBodyHedges_IsALeap_AHedgedHeadlineIsNot()
    {
        Assert.Contains(Scorer.Score("Harbour board approves ferry levy\n" + Body).Laws[4].Evidence, static e => e.RuleId == "EPS508");
        Assert.DoesNotContain(Scorer.Score("Harbour board may approve ferry levy\n" + Body).Laws[4].Evidence, static e => e.RuleId == "EPS508");
        Assert.DoesNotContain(Scorer.Score("Harbour board to approve ferry levy\n" + Body).Laws[4].Evidence, static e => e.RuleId == "EPS508");
    }
}
