using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Quotes that run over paragraphs keep their speaker; bylines and photo credits are not sources.</summary>
public class SourcesQuoteContinuationTests
{
    private const string Opening = "\"The pier is older than any of us,\" said Mayor Aiko Brandt. \"We have patched it for years.";

    [Fact]
    public void QuoteReopenedInTheNextParagraph_KeepsItsSpeaker()
    {
        List<SourceMention> all = Extract(Opening + "\n\n\"I believe the town deserves a new one.\"\n\nThe harbour board has not replied.");
        SourceMention i = Assert.Single(all, static m => m.Text == "I");
        Assert.Equal("Mayor Aiko Brandt", i.Antecedent?.Text);
        Assert.True(i.Named);
    }

    [Fact]
    public void QuoteClosedBeforeTheParagraphEnds_IsNotContinued()
    {
        List<SourceMention> all = Extract(Opening + "\"\n\n\"I believe the town deserves a new one.\"\n\nThe harbour board has not replied.");
        SourceMention i = Assert.Single(all, static m => m.Text == "I");
        Assert.NotEqual("Mayor Aiko Brandt", i.Antecedent?.Text);
    }

    [Fact]
    public void ContinuedQuote_WithItsOwnSpeaker_TakesThatSpeaker()
    {
        List<SourceMention> all = Extract(Opening + "\n\n\"I believe the town deserves a new one,\" said Jonas Weil, the harbour master.");
        SourceMention i = Assert.Single(all, static m => m.Text == "I");
        Assert.Equal("Jonas Weil", i.Antecedent?.Text);
    }

    [Theory]
    [InlineData("By Jane Roe, Staff Writer\n\nThe council delayed the toll vote on Monday.")]
    [InlineData("Reported by Jane Roe and Tom Ash\n\nThe council delayed the toll vote on Monday.")]
    [InlineData("Photo: Lena Marsh/Harbour Press\n\nThe council delayed the toll vote on Monday.")]
    [InlineData("The council delayed the toll vote on Monday. (Photo by Lena Marsh/Getty Images)")]
    [InlineData("Written by Tom Ash\n\nThe council delayed the toll vote on Monday.")]
    public void BylineOrPhotoCredit_IsNotASource(string text)
    {
        Assert.Empty(Extract(text));
    }
}
