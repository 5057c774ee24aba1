using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>
/// A pronoun is a named source only when its antecedent is one (CONTRACT.md); a pronoun that is the object of a
/// preposition is not the subject of the attribution beside it at all.
/// </summary>
public class SourcesPronounTests
{
    [Fact]
    public void Extract_PronounAfterPreposition_IsNotTheSourceOfTheNextCue()
    {
        const string text = "The rota is failing, and supervisors who hold on to it are simply afraid of change.";
        List<SourceMention> all = Extract(text);
        Assert.DoesNotContain(all, s => s.Text == "it");
    }

    [Theory]
    [InlineData("It was a long winter. It said nothing about the floods, and the roads stayed shut.", "It")]
    [InlineData("The storm passed at dawn. They said the river would crest by noon.", "They")]
    [InlineData("Mayor Ana Ortiz spoke first. \"While I\u2019ve opposed the levy from the start, I\u2019ve never mocked its backers,\" a resident wrote.", "I\u2019ve")]
    public void Extract_PronounWithoutAntecedent_IsNotNamed(string text, string pronoun)
    {
        SourceMention source = Single(text, pronoun);
        Assert.Null(source.Antecedent);
        Assert.False(source.Named, $"'{pronoun}' has no antecedent but is named");
    }

    [Fact]
    public void Extract_PronounWithNamedAntecedent_StaysNamed()
    {
        const string text = "Mayor Ana Ortiz spoke on Monday. She said the bridge would reopen in May.";
        SourceMention she = Assert.Single(Extract(text), s => s.Text == "She");
        Assert.True(she.Named);
        Assert.NotNull(she.Antecedent);
    }
}
