using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>The cue families added for issue 12: more speech verbs, stance, decree, emotion adjectives, particles, quotation-only verbs.</summary>
public class SourcesVocabularyTests
{
    [Theory]
    [InlineData("Councillor Aiko Brandt praised the new ferry timetable.", "Councillor Aiko Brandt", AttributionType.Stance, "praised")]
    [InlineData("Jonas Weil blasted the toll plan as reckless.", "Jonas Weil", AttributionType.Stance, "blasted")]
    [InlineData("Jonas Weil voted against the harbour budget.", "Jonas Weil", AttributionType.Stance, "voted against")]
    [InlineData("Jonas Weil joked that the ferry was older than him.", "Jonas Weil", AttributionType.Speech, "joked")]
    [InlineData("Jonas Weil talked about the harbour budget for an hour.", "Jonas Weil", AttributionType.Speech, "talked about")]
    [InlineData("Jonas Weil lamented that the pier had closed.", "Jonas Weil", AttributionType.Speech, "lamented")]
    [InlineData("Jonas Weil is angry that the ferry was cancelled.", "Jonas Weil", AttributionType.Belief, "angry")]
    [InlineData("Jonas Weil emailed that the pier would close.", "Jonas Weil", AttributionType.Writing, "emailed")]
    [InlineData("\"We will reopen in May,\" Weil continued.", "Weil", AttributionType.Speech, "continued")]
    [InlineData("The harbour board ordered that the pier be closed.", "The harbour board", AttributionType.Decree, "ordered")]
    [InlineData("The toll backed by Jonas Weil passed on Monday.", "Jonas Weil", AttributionType.Stance, "backed by")]
    [InlineData("Aiko Brandt is hoping that the ferry runs in May.", "Aiko Brandt", AttributionType.Belief, "hoping")]
    public void NewCue_IsFound_WithItsType(string text, string source, AttributionType type, string cue)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(type, m.Type);
        Assert.Equal(cue, m.Cue?.Text);
    }

    [Fact]
    public void ParticipleChain_GetsTheMainClausesSource()
    {
        List<SourceMention> all = Extract("\"The toll is too high,\" Brandt said, referring to the new harbour fee.");
        Assert.Contains(all, static m => m.Text == "Brandt" && m.Cue?.Text == "referring to");
    }

    [Theory]
    [InlineData("Jonas Weil talked for an hour.")]
    [InlineData("Jonas Weil continued to work on the budget.")]
    [InlineData("Jonas Weil continued working on the budget.")]
    [InlineData("The crowd applauded.")]
    [InlineData("Jonas Weil backed away from the toll plan.")]
    [InlineData("Groups supporting the ferry met on Monday.")]
    [InlineData("Jonas Weil is angry.")]
    [InlineData("Jonas Weil ruled the harbour board for a decade.")]
    [InlineData("The harbour board was criticized for supporting the toll.")]
    public void NoContent_NoAttribution(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void ReducedRelative_IsAModifier_NotAReport()
    {
        List<SourceMention> all = Extract("The engineers listed in the report said the pier was safe.");
        Assert.DoesNotContain(all, static m => m.Cue?.Text == "listed");
        Assert.Contains(all, static m => m.Cue?.Text == "said");
    }

    [Theory]
    [InlineData("Nobody on the board is asking questions about the toll.", "questions")]
    [InlineData("Brandt answered the governor's demands at once.", "demands")]
    [InlineData("A list of the ferries hangs at the pier.", "list")]
    public void NounUse_OfAVerbForm_IsNotACue(string text, string noun)
    {
        Assert.DoesNotContain(Extract(text), m => m.Cue?.Text == noun);
    }

    [Fact]
    public void DecreeAndRefusal_AreListed_ButGiveNoContent()
    {
        DocumentAnalysis a = DocumentAnalyzer.Analyze(TextDocument.Parse("The harbour board approved the toll on Monday."), LexiconSet.Default, []);
        Assert.Contains(a.Sources, static m => m.Type == AttributionType.Decree);
        Assert.Empty(a.Attributions);
        Assert.Empty(a.Sourcing);
    }

    [Theory]
    [InlineData("Jonas Weil knows that the ferry is late.", false)]
    [InlineData("Jonas Weil wants to close the pier.", false)]
    [InlineData("Jonas Weil said the ferry is late.", true)]
    [InlineData("The survey shows that the ferry is late.", true)]
    [InlineData("Many critics want to close the pier.", true)]
    [InlineData("Jonas Weil sees the toll as a tax on fishermen.", false)]
    [InlineData("Jonas Weil believes that the ferry is late.", true)]
    public void WritersClaim_AboutANamedPersonsKnowledgeOrAim_IsNotSourcing(string text, bool sourcing)
    {
        DocumentAnalysis a = DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, []);
        Assert.Single(a.Sources);
        Assert.Equal(sourcing, a.Sourcing.Count == 1);
    }
}

public class SourcesAddedFigureTests
{
    [Theory]
    [InlineData("The shipyard added 200 jobs in May.", false)]
    [InlineData("The shipyard added $3 million to the fund.", false)]
    [InlineData("The shipyard added that wages rose in May.", true)]
    public void Added_WithAFigure_IsArithmetic_NotSpeech(string text, bool attribution)
    {
        Assert.Equal(attribution, SourcesTestHelper.Extract(text).Count > 0);
    }
}
