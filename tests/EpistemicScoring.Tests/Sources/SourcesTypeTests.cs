using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary><c>sources[].type</c> and <c>nested</c> (CONTRACT.md, added fields).</summary>
public class SourcesTypeTests
{
    [Theory]
    [InlineData("Nadia Ferrer said the ferry would run again in June.", "Nadia Ferrer", AttributionType.Speech)]
    [InlineData("The ferry will run again in June, according to Nadia Ferrer.", "Nadia Ferrer", AttributionType.Speech)]
    [InlineData("Nadia Ferrer wrote that the ferry would run again in June.", "Nadia Ferrer", AttributionType.Writing)]
    [InlineData("Nadia Ferrer tweeted that the ferry would run again in June.", "Nadia Ferrer", AttributionType.Writing)]
    [InlineData("A report says the ferry will run again in June.", "A report", AttributionType.Writing)]
    [InlineData("Nadia Ferrer believes the ferry will run again in June.", "Nadia Ferrer", AttributionType.Belief)]
    [InlineData("Nadia Ferrer is convinced that the ferry will run again in June.", "Nadia Ferrer", AttributionType.Belief)]
    [InlineData("Nadia Ferrer knows the ferry will run again in June.", "Nadia Ferrer", AttributionType.Perception)]
    [InlineData("The survey shows that the ferry runs again in June.", "The survey", AttributionType.Perception)]
    [InlineData("Nadia Ferrer wants to run the ferry again in June.", "Nadia Ferrer", AttributionType.Intention)]
    [InlineData("Nadia Ferrer is ready to run the ferry again in June.", "Nadia Ferrer", AttributionType.Intention)]
    [InlineData("Nadia Ferrer supports running the ferry again in June.", "Nadia Ferrer", AttributionType.Stance)]
    [InlineData("Nadia Ferrer's claim that the ferry runs in June was wrong.", "Nadia Ferrer", AttributionType.Speech)]
    [InlineData("In her view, the ferry should run in June.", "her", AttributionType.Belief)]
    public void Type_FollowsTheCue(string text, string source, AttributionType type)
    {
        Assert.Equal(type, Single(text, source).Type);
    }

    [Fact]
    public void Nested_InsideAnotherAttributionsContent_OrAQuotation()
    {
        List<SourceMention> all = Extract("Nadia Ferrer said the harbour board believes the ferry will run in June. \"I think it will,\" Ferrer added.");
        Assert.False(all.Single(static m => m.Text == "Nadia Ferrer").Nested);
        Assert.True(all.Single(static m => m.Text == "the harbour board").Nested);
        Assert.True(all.Single(static m => m.Text == "I").Nested);
        Assert.False(all.Single(static m => m.Text == "Ferrer").Nested);
    }

    [Theory]
    [InlineData("Nadia Ferrer said the ferry would run in June, though she cautioned that storms could delay it.", "she")]
    [InlineData("Pilots expect delays in June, and some say the ferry will not run at all.", "some")]
    [InlineData("Nadia Ferrer said the ferry would run in June, adding that fares would rise.", "Nadia Ferrer")]
    public void Nested_NotForANewClause_OrAChainWithTheSameSubject(string text, string source)
    {
        Assert.All(Extract(text).Where(m => m.Text == source), static m => Assert.False(m.Nested));
    }

    [Fact]
    public void Content_ListWithSerialComma_StaysWhole()
    {
        SourceMention m = Single("Nadia Ferrer said fares, fuel, and wages rose in June.", "Nadia Ferrer");
        Assert.Equal("fares, fuel, and wages rose in June", m.Content?.Text);
    }
}
