using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Unnamed members of the public quoted as witnesses or passers-by, apart from unnamed officials.</summary>
public class SourcesOrdinaryPersonTests
{
    [Theory]
    [InlineData("A cashier at the corner shop said the shelves were empty by noon.", "A cashier at the corner shop")]
    [InlineData("One resident said the water had risen overnight.", "One resident")]
    [InlineData("The ferry was late again, neighbours said.", "neighbours")]
    [InlineData("\"We waited for an hour,\" said a commuter at the pier.", "a commuter")]
    public void MemberOfThePublic_IsAnOrdinaryPerson(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.Anonymous, m.Kind);
        Assert.True(m.OrdinaryPerson);
    }

    [Theory]
    [InlineData("A senior official said the talks had stalled.", "A senior official")]
    [InlineData("People familiar with the talks said they had stalled.", "People familiar with the talks")]
    [InlineData("Two aides said the mayor would resign.", "Two aides")]
    public void UnnamedOfficial_IsNotAnOrdinaryPerson(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.Anonymous, m.Kind);
        Assert.False(m.OrdinaryPerson);
    }

    [Fact]
    public void NamedPerson_IsNotAnOrdinaryPerson()
    {
        Assert.False(Single("Resident Jonas Weil said the water had risen.", "Resident Jonas Weil").OrdinaryPerson);
    }
}
