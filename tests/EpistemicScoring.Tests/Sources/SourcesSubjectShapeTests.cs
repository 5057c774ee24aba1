using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Subject shapes added for issue 12: parentheticals, quantifiers, common nouns in no lexicon.</summary>
public class SourcesSubjectShapeTests
{
    [Theory]
    [InlineData("Rep. Ana Ruiz (D-Ohio) said the levee would hold.", "Rep. Ana Ruiz (D-Ohio)", SourceKind.NamedPerson)]
    [InlineData("Rep. Ana Ruiz (D-N.Y.) said the levee would hold.", "Rep. Ana Ruiz (D-N.Y.)", SourceKind.NamedPerson)]
    [InlineData("\"The levee will hold,\" said Sen. Tom Reyes (R-Tex.).", "Sen. Tom Reyes (R-Tex.)", SourceKind.NamedPerson)]
    [InlineData("Yet another said the levee would hold.", "another", SourceKind.Anonymous)]
    [InlineData("A cashier said the levee would hold.", "A cashier", SourceKind.Anonymous)]
    [InlineData("Two ferrymen argued that the levee would hold.", "Two ferrymen", SourceKind.Anonymous)]
    [InlineData("The regional daily wrote that the levee would hold.", "The regional daily", SourceKind.IdentifiedRole)]
    [InlineData("Ruiz's campaign strategists say the levee will hold.", "Ruiz's campaign strategists", SourceKind.Anonymous)]
    [InlineData("After the storm, farmhands said the levee had held.", "farmhands", SourceKind.Anonymous)]
    public void Subject_IsFound_AndGraded(string text, string source, SourceKind kind)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(kind, m.Kind);
    }

    [Theory]
    [InlineData("The river will rise in a phone call with the mayor.")]
    [InlineData("Turnout in the other states rose in May.")]
    [InlineData("He won strong support in the river towns.")]
    [InlineData("The farmers need to win battleground states.")]
    [InlineData("No one has suggested that the levee failed.")]
    [InlineData("The other wrote that the levee would hold.")]
    [InlineData("Three minutes reported nothing at all.")]
    [InlineData("The principles found in the charter are old.")]
    public void CueWordAsNoun_OrAModifierBeforeIt_IsNotASubject(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void DocumentPutOut_IsTheSourceOfTheParticiple_OverATimeAndARecipient()
    {
        Assert.Contains(Extract("The ferry union wrote an open letter to the mayor Tuesday night requesting that the pier stay open."),
            static m => m.Text == "an open letter" && m.Cue?.Text == "requesting");
    }

    [Fact]
    public void PeriodInsideAToken_DoesNotEndTheSentence()
    {
        var doc = EpistemicScoring.Text.TextDocument.Parse("Rep. Ana Ruiz (D-N.Y.) said the levee would hold. It did.");
        Assert.Equal(2, doc.Sentences.Length);
    }
}
