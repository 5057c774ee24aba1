using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

public class SourcesNegativeTests
{
    [Theory]
    [InlineData("Lopez said Monday that the bridge would reopen.", "Monday")]
    [InlineData("Speaking at Trump Tower, Lopez said the deal was done.", "Trump Tower")]
    [InlineData("The Korean War ended in an armistice, historians note.", "The Korean War")]
    [InlineData("On Tuesday, the council said it would vote.", "Tuesday")]
    public void Extract_CapitalisedNonSources_AreNotSources(string text, string notSource)
    {
        Assert.DoesNotContain(Extract(text), s => s.Text.Contains(notSource, StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_CommonNounBeforeName_IsNotPartOfSource()
    {
        Assert.DoesNotContain(Extract("Much of the fence Ortiz wants to extend runs along a creek."), s => s.Text.Contains("fence", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_AllCapsLine_VerbLikeWordIsNotCue()
    {
        Assert.Empty(Extract("A THREAT TO THE NATIONAL SECURITY OF THE UNITED STATES."));
    }

    [Theory]
    [InlineData("\"We will win,\" said Maria Lopez")]
    [InlineData("\"We will win,\" said she")]
    [InlineData("The plan, said")]
    public void Extract_InvertedSourceAtTheVeryEnd_DoesNotThrow(string text)
    {
        _ = Extract(text);
    }

    [Theory]
    [InlineData("Nobody said the plan failed.")]
    [InlineData("Nobody in the room said a word.")]
    public void Extract_Nobody_IsNeverANamedSource(string text)
    {
        Assert.All(Extract(text), s => Assert.False(s.Named));
    }

    [Fact]
    public void Extract_AddUpTo_IsArithmeticNotSpeech()
    {
        Assert.Empty(Extract("The grant and the bond are the two sources of money, and the two sources add up to the full cost."));
    }

    [Fact]
    public void Extract_SaidInsideQuotedTitle_IsNotAttribution()
    {
        Assert.Empty(Extract("She starred in the film \"What They Said Next\" last year."));
    }

    [Theory]
    [InlineData("The claims were never tested in court.")]
    [InlineData("Reports of the fire spread across the town.")]
    [InlineData("The report was published on Friday.")]
    [InlineData("The road was reported closed.")]
    public void Extract_NounUsesAndAgentlessPassives_AreNotSources(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_SayInsideQuotation_IsNotTheWritersAttribution()
    {
        var all = Extract("The banner over the gate read \"when all is said and done, we stay\" all week.");
        Assert.DoesNotContain(all, s => s.Cue?.Text is "said" or "say");
    }

    [Fact]
    public void Extract_ReaderAddressedAndConditionals_AreNotSources()
    {
        Assert.Empty(Extract("Do you believe the story? If the owners want to publish the letter, they can."));
    }

    [Fact]
    public void Extract_DeclinedToComment_IsARefusal_WithNoContent()
    {
        // Listed with type refusal (CONTRACT.md); the source says nothing, so the analysis gives it no content and Law 2
        // does not count it (DocumentAnalysis.Attributions, Sourcing).
        List<SourceMention> all = Extract("The ministry declined to comment. Her lawyer did not respond to requests for comment.");
        Assert.Equal(2, all.Count);
        Assert.All(all, static m => Assert.Equal(AttributionType.Refusal, m.Type));
        Assert.All(all, static m => Assert.Null(m.Content));
    }

    [Fact]
    public void Extract_LongText_IsLinear()
    {
        string text = string.Concat(Enumerable.Repeat("Maria Lopez said the budget was short, according to officials familiar with the plan. ", 4000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var all = Extract(text);
        Assert.Equal(8000, all.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void Extract_OneHugeSentence_IsLinearAndBounded()
    {
        string text = string.Concat(Enumerable.Repeat("Maria Lopez said the budget was short and officials familiar with the plan said it was late, ", 3000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var all = Extract(text);

        // The run is cut into sentences of 400 tokens (SentenceSplitter.MaxSentenceTokens); a cut may part at most
        // one attribution from its source.
        int cuts = (text.Split(' ').Length + 3000) / EpistemicScoring.Text.SentenceSplitter.MaxSentenceTokens;
        Assert.InRange(all.Count, 6000 - cuts, 6000);
        Assert.All(all, s => Assert.True(s.Content is null || s.Content.Length < 1000));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }

    [Fact]
    public void Extract_ManyQuotations_IsLinear()
    {
        string text = string.Concat(Enumerable.Repeat("\"I think we will win, and I know it,\" Maria Lopez said. He added that talks would resume.\n\n", 5000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var all = Extract(text);
        Assert.Equal(20000, all.Count);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), watch.Elapsed.ToString());
    }
}
