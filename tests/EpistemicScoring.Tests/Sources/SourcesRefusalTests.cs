using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Refusals to say (type refusal), and negated auxiliaries written as one token.</summary>
public class SourcesRefusalTests
{
    [Theory]
    [InlineData("The harbour authority declined to comment on the toll.", "The harbour authority", "declined to comment")]
    [InlineData("Lind refused to discuss the toll.", "Lind", "refused to discuss")]
    [InlineData("Ruiz did not respond to requests for comment.", "Ruiz", "not respond")]
    [InlineData("A spokesman for the port wouldn't say when the pier would open.", "A spokesman for the port", "wouldn't say")]
    public void RefusalToSay_IsAnAttributionOfTypeRefusal(string text, string source, string cue)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(AttributionType.Refusal, m.Type);
        Assert.Equal(cue, m.Cue?.Text);
        Assert.Null(m.Content);
    }

    [Theory]
    [InlineData("Lind refused to give the engineer a new post.")]
    [InlineData("The pier declined sharply in May.")]
    [InlineData("Ruiz declined an invitation to the gala.")]
    public void RefusalToAct_OrAnotherSense_IsNotOne(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void NegatedAuxiliary_IsWalkedOver_NotPartOfTheSubject()
    {
        SourceMention m = Single("Mayor Lind hasn't said whether the pier will open.", "Mayor Lind");
        Assert.Equal("said", m.Cue?.Text);
    }

    [Fact]
    public void NegatedModal_IsHypothesis_NotAnAttribution()
    {
        Assert.DoesNotContain(Extract("Lind couldn't support a toll that high."), static m => m.Cue?.Text == "support");
    }
}
