using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Phrases that describe an act of saying or taking a side (Sources/Data/sources-act-cues.tsv).</summary>
public class SourcesActCueTests
{
    [Theory]
    [InlineData("Councillor Aiko Brandt took aim at the new ferry timetable.", "Councillor Aiko Brandt", AttributionType.Stance, "took aim at")]
    [InlineData("Jonas Weil made the case for a second pier.", "Jonas Weil", AttributionType.Speech, "made the case")]
    [InlineData("Jonas Weil made it clear that the toll would stay.", "Jonas Weil", AttributionType.Speech, "made it clear")]
    [InlineData("On Monday, Weil gave a speech on harbour safety.", "Weil", AttributionType.Speech, "gave a speech")]
    [InlineData("The mayor offered her thoughts on the flooded pier.", "The mayor", AttributionType.Speech, "offered her thoughts")]
    [InlineData("Jonas Weil laid out his plan for the harbour.", "Jonas Weil", AttributionType.Speech, "laid out")]
    [InlineData("Jonas Weil has since distanced himself from the toll plan.", "Jonas Weil", AttributionType.Stance, "distanced himself from")]
    [InlineData("Jonas Weil went on to say that the pier was safe.", "Jonas Weil", AttributionType.Speech, "went on to say")]
    [InlineData("Aiko Brandt is critical of the harbour board.", "Aiko Brandt", AttributionType.Stance, "critical of")]
    [InlineData("As Aiko Brandt put it, the ferry is a lifeline.", "Aiko Brandt", AttributionType.Speech, "put it")]
    [InlineData("The harbour board threw its support behind the toll.", "The harbour board", AttributionType.Stance, "threw its support behind")]
    [InlineData("Jonas Weil was taking aim at the toll again.", "Jonas Weil", AttributionType.Stance, "taking aim at")]
    [InlineData("Jonas Weil sees the toll as a tax on fishermen.", "Jonas Weil", AttributionType.Belief, "sees")]
    [InlineData("Most commuters view the ferry as a lifeline.", "Most commuters", AttributionType.Belief, "view")]
    public void ActPhrase_IsACue_WithItsType(string text, string source, AttributionType type, string cue)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(type, m.Type);
        Assert.Equal(cue, m.Cue?.Text);
    }

    [Fact]
    public void ActPhrase_KeepsItsContent()
    {
        SourceMention m = Single("Jonas Weil made it clear that the toll would stay.", "Jonas Weil");
        Assert.Equal("the toll would stay", m.Content?.Text);
    }

    [Theory]
    [InlineData("The storm took aim at the coast on Monday.")] // a storm is no speaker
    [InlineData("It made the case for a second pier.")]
    [InlineData("The statement made clear that the pier would close.")] // a document's wording: left to the document cues
    [InlineData("The margin shrank from 12 percentage points to 8.")] // "points" is a noun there
    [InlineData("The plan was laid out in March.")] // a passive act has no actor in the text
    [InlineData("Aiko Brandt is critical.")] // no "of"
    [InlineData("Jonas Weil put it on the table.")] // "put it" reports wording only before punctuation
    [InlineData("Jonas Weil went on to the harbour.")] // "went on to" needs a reporting verb after it
    [InlineData("Aiko Brandt critical of the board arrived late.")] // no form of "be"
    [InlineData("Jonas Weil saw the ferry leave the pier.")] // seeing an event, not holding a view
    [InlineData("Jonas Weil saw the ferry as well as the pier.")]
    [InlineData("The view as the ferry left the pier was lovely.")] // "view" is a noun after a determiner
    public void NotAnAct_NoAttribution(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void FiniteCite_TheCiterIsASource_AndTheCitedParty()
    {
        List<SourceMention> all = Extract("Mayor Aiko Brandt cited the Harbour Trust survey as proof that the pier was unsafe.");
        Assert.Contains(all, static m => m.Text == "Mayor Aiko Brandt" && m.Cue?.Text == "cited");
        Assert.Contains(all, static m => m.Text == "the Harbour Trust survey" && m.Cue?.Text == "cited");
    }

    [Fact]
    public void CommaAtTheStartOfASentence_BeforeAnAppositiveCue_DoesNotThrow()
    {
        // A property test's find: a comma opening a sentence sent the appositive search one token before the text.
        const string Part = ", clearly suspect no some no clearly whether ? may";
        Assert.NotNull(Extract(Part + " " + Part + " " + Part));
    }
}
