using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Vague groups and unnamed documents as sources, and the named phrases they must not swallow.</summary>
public class SourcesUnnamedPatternTests
{
    [Theory]
    [InlineData("Studies show that walking lowers the risk of falls.", "Studies")]
    [InlineData("Polls suggest the governor is slipping in the north.", "Polls")]
    [InlineData("Surveys indicate that commuters prefer the night trains.", "Surveys")]
    [InlineData("Research shows that bees avoid the treated fields.", "Research")]
    [InlineData("Videos show the barge drifting toward the pier.", "Videos")]
    [InlineData("Recent studies suggest the reef is recovering.", "Recent studies")]
    [InlineData("Several reports have claimed that the smelter will shut.", "Several reports")]
    [InlineData("Evidence suggests that the levee was breached twice.", "Evidence")]
    [InlineData("A survey this spring found that renters were struggling.", "A survey")]
    public void Extract_SentenceInitialDocuments_AreUnnamed(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.UnnamedDocument, m.Kind);
        Assert.False(m.Named);
    }

    [Theory]
    [InlineData("Critics have long argued that the toll road is a giveaway.", "Critics")]
    [InlineData("The public believes the stadium deal was rushed.", "The public")]
    [InlineData("Some Democrats worry that the levy hits renters.", "Some Democrats")]
    [InlineData("Many people have said the ferry is unsafe in winter.", "Many people")]
    [InlineData("Observers say the tally was slow but clean.", "Observers")]
    [InlineData("Critics last year warned that the dam was weak.", "Critics")]
    public void Extract_VagueGroups_MoreShapes(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.VagueGroup, m.Kind);
        Assert.False(m.Named);
    }

    [Theory]
    [InlineData("She dismissed the claims circulated by partisan commentators last week.", "partisan commentators", SourceKind.VagueGroup)]
    [InlineData("Few of the ideas espoused by radical activists made it into the bill.", "radical activists", SourceKind.VagueGroup)]
    [InlineData("The theories promoted by Senator Vela gained ground.", "Senator Vela", SourceKind.NamedPerson)]
    public void Extract_ReducedPassiveAfterContentNoun_GivesAgent(string text, string source, SourceKind kind)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(kind, m.Kind);
    }

    [Theory]
    [InlineData("Pentagon documents show the base was expanding.", "Pentagon documents", SourceKind.NamedDocument)]
    [InlineData("New York officials said the tunnel would close.", "New York officials", SourceKind.Anonymous)]
    public void Extract_NamedOrAnonymousAtSentenceStart_KeepTheirKind(string text, string source, SourceKind kind)
    {
        Assert.Equal(kind, Single(text, source).Kind);
    }

    [Theory]
    [InlineData("The claims made by hand were rejected.")]
    [InlineData("The stories were written by children in the class.")]
    public void Extract_ReducedPassiveWithoutAnAgentSource_AddsNothing(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void Extract_NounEndingInLy_IsNotSkippedAsAnAdverb()
    {
        // "weekly" heads the subject; the adjective before it is not a person.
        Assert.DoesNotContain(Extract("A Spanish weekly reported that the deal was off."), s => s.Kind == SourceKind.NamedPerson);
    }

    [Theory]
    [InlineData("A spokesman said the plant would close in March.", "A spokesman", "spokesman")]
    [InlineData("Officials said the talks had stalled, and a spokeswoman said a new round was planned.", "a spokeswoman", "spokeswoman")]
    public void Extract_AnonymousPhrase_IsKeyedByItsHeadNotItsArticle(string text, string source, string key)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.Anonymous, m.Kind);
        Assert.Equal(key, m.Key);
    }
}
