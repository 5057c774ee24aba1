using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Analysis;

public class HedgeDetectorTests
{
    private static DocumentAnalysis Analyze(string text) => DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, []);

    private static string Cues(DocumentAnalysis a) =>
        string.Join(" | ", a.Hedges.Select(static h => $"{h.Text}:{h.Kind}"));

    [Theory]
    [InlineData("The bridge may need repairs before winter.", "may:Hedge")]
    [InlineData("The drop might reflect the storm.", "might:Hedge")]
    [InlineData("Engineers suspect that the cable corroded.", "suspect:Doxastic")]
    [InlineData("The mayor is widely regarded as a reformer.", "widely regarded:Weasel")]
    [InlineData("The council is considered one of the most divided in the state.", "considered:Doxastic")]
    [InlineData("Inspectors will determine whether the dam is safe.", "whether:Investigation")]
    [InlineData("The school will close unless the board finds money.", "unless:Condition")]
    [InlineData("Some argue that the fare rise hurts commuters.", "Some argue:Weasel")]
    [InlineData("Many experts believe the fund is too small.", "Many experts believe:Weasel")]
    [InlineData("The minister reportedly resigned on Friday.", "reportedly:AttributionHedge")]
    [InlineData("It is not clear who approved the payment.", "not clear:Hedge")]
    [InlineData("A second leak cannot be ruled out.", "cannot be ruled out:Hedge")]
    [InlineData("The cause of the fire appears to be a faulty heater.", "appears:Hedge")]
    [InlineData("The contractor probably underbid the job.", "probably:Hedge")]
    public void Detect_FindsUncertaintyCues_AndMarksTheSentence(string text, string expected)
    {
        DocumentAnalysis a = Analyze(text);
        Assert.Equal(expected, Cues(a));
        Assert.True(a.Sentences[0].Uncertain);
    }

    [Theory]
    [InlineData("The festival opened on 12 May and closed in May 2024.")]
    [InlineData("May said on Tuesday that the talks had ended.")]
    [InlineData("The empire lost its military might within a decade.")]
    [InlineData("She could not finish the race after the fall.")]
    [InlineData("He would later found a newspaper of his own.")]
    [InlineData("The river appears on maps from the 1600s.")]
    [InlineData("The crowd cheered as if the war had ended.")]
    [InlineData("The plan passed if and only if both chambers agreed, the clerk recorded.")]
    [InlineData("Scores ranged from 12 to the highest possible score of 300.")]
    [InlineData("The new governor assumed office in January.")]
    [InlineData("The sculpture can be seen in the town square.")]
    public void Detect_IgnoresCueWordsInTheirCertainSense(string text)
    {
        DocumentAnalysis a = Analyze(text);
        Assert.False(a.Sentences[0].Uncertain, Cues(a));
    }

    [Theory]
    [InlineData("The project will clearly fail.", "clearly")]
    [InlineData("There is no doubt that the vote was rigged.", "There is no doubt")]
    [InlineData("The audit undoubtedly found errors.", "undoubtedly")]
    [InlineData("The mayor will certainly run again.", "will certainly")]
    public void Detect_Boosters_DoNotMakeASentenceUncertain(string text, string booster)
    {
        DocumentAnalysis a = Analyze(text);
        HedgeCue cue = Assert.Single(a.Hedges);
        Assert.Equal(booster, cue.Text);
        Assert.Equal(HedgeKind.Booster, cue.Kind);
        Assert.False(a.Sentences[0].Uncertain);
    }

    [Fact]
    public void Detect_NegatedBooster_BecomesAHedge()
    {
        DocumentAnalysis a = Analyze("The outcome is not certainly known to anyone.");
        Assert.Contains(a.Hedges, static h => h.Kind == HedgeKind.Hedge);
        Assert.True(a.Sentences[0].Uncertain);
    }

    [Fact]
    public void Detect_CueInsideQuotation_MarksSentenceUncertain_ButBelongsToTheSpeaker()
    {
        DocumentAnalysis a = Analyze("\"The levee might fail tonight,\" the engineer said.");
        HedgeCue cue = Assert.Single(a.Hedges);
        Assert.Equal("might", cue.Text);
        Assert.True(cue.InQuote);
        Assert.True(a.Sentences[0].Uncertain);
    }

    [Fact]
    public void Detect_WeakCueAlone_DoesNotMakeASentenceUncertain()
    {
        DocumentAnalysis a = Analyze("Commuters tend to prefer the early train.");
        Assert.Single(a.Hedges);
        Assert.False(a.Sentences[0].Uncertain);
    }

    [Fact]
    public void Detect_SpansIndexTheOriginalString()
    {
        const string text = "Officials say the \u201Cplan\u201D may slip. Critics argue it will fail.";
        DocumentAnalysis a = Analyze(text);
        foreach (HedgeCue cue in a.Hedges)
        {
            Assert.Equal(cue.Text, text.Substring(cue.Start, cue.Length));
        }

        Assert.Equal([true, true], a.Sentences.Select(static s => s.Uncertain));
    }

    [Theory]
    [InlineData("The survey indicates")]
    [InlineData("They suspect")]
    [InlineData("might")]
    [InlineData("It could")]
    [InlineData("Some experts")]
    [InlineData("clearly")]
    public void Detect_CueAtTheEndOfTheText_DoesNotReadPastIt(string text)
    {
        DocumentAnalysis a = Analyze(text);
        Assert.Equal(a.Document.Sentences.Length, a.Sentences.Count);
    }

    [Fact]
    public void Detect_UserLexiconEntry_TakesPart()
    {
        LexiconSet set = LexiconSet.Build(new Dictionary<string, IReadOnlyList<LexiconEntry>>
        {
            ["hedges"] = [new LexiconEntry("ostensibly", 1, "hedge")],
        });
        DocumentAnalysis a = DocumentAnalyzer.Analyze(TextDocument.Parse("The fund was ostensibly independent."), set, []);
        Assert.Equal("ostensibly", Assert.Single(a.Hedges).Text);
        Assert.True(a.Sentences[0].Uncertain);
    }
}
