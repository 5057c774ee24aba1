using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Shared subjects down a predicate chain, relatives, poll shares and common nouns after the cue (issue 12).</summary>
public class SourcesChainTests
{
    [Theory]
    [InlineData("Mayor Lind celebrated at the pier with her staff, declaring that the ferry was saved.", "Mayor Lind", "declaring")]
    [InlineData("At a rally in Dunmore on Tuesday, Senator Ruiz thanked the crowd, saying the toll would go.", "Senator Ruiz", "saying")]
    [InlineData("Lind said the pier would close, citing low traffic.", "Lind", "citing")]
    [InlineData("The ferry is safe, according to the harbour pilot.", "the harbour pilot", "according to")]
    [InlineData("\"The ferry is safe,\" said a deckhand at the pier.", "a deckhand", "said")]
    [InlineData("About four in 10 said the ferry was late.", "four in 10", "said")]
    [InlineData("A third of commuters say the ferry is late.", "A third of commuters", "say")]
    [InlineData("Two-thirds of commuters say the ferry is late.", "Two-thirds of commuters", "say")]
    [InlineData("The ferry was late, and a majority of riders said so.", "a majority of riders", "said")]
    [InlineData("Michael Roe, president of the Harbour Trust, tied the closure to the storm, saying the pier was unsafe.", "Michael Roe", "saying")]
    [InlineData("Jonas Weil on Thursday stepped up his campaign against the toll, saying boats would leave.", "Jonas Weil", "saying")]
    [InlineData("Mayor Aiko Brandt said the pier would reopen and added that the ferry would run daily.", "Mayor Aiko Brandt", "added")]
    public void Source_IsFound(string text, string source, string cue)
    {
        Assert.Contains(Extract(text), m => m.Text == source && m.Cue?.Text == cue);
    }

    [Theory]
    [InlineData("The boat carried a young deckhand, who said the ferry was late.")]
    [InlineData("The harbour board, which writes the timetable, warned of delays.")]
    [InlineData("Those who fear the storm say the ferry should stay in port.")]
    public void Relative_FillsTheSourceSlot(string text)
    {
        Assert.Contains(Extract(text), static m => m.Kind == SourceKind.Pronoun && m.Text is "who" or "which");
    }

    [Theory]
    [InlineData("Politico, in a long look at the harbour, described a town divided.", "a town")]
    [InlineData("The mayor, citing the storm, closed the pier.", "the storm")]
    [InlineData("The board met on Tuesday, saying nothing.", "Tuesday")]
    public void ObjectOfTheVerb_IsNotItsSource(string text, string notSource)
    {
        Assert.DoesNotContain(Extract(text), m => m.Text == notSource);
    }

    [Fact]
    public void Participle_WithoutACommaOrAMainSubject_TakesNoSource()
    {
        Assert.DoesNotContain(Extract("Sailors who stop talking about the storm sleep well."), static m => m.Cue?.Text == "talking about" && m.Text == "Sailors");
    }
}
