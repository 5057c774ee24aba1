using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Analysis;

public class ClaimClassifierTests
{
    private static ClaimType[] Types(string text) =>
        DocumentAnalyzer.Analyze(TextDocument.Parse(text), LexiconSet.Default, []).Sentences.Select(static s => s.ClaimType).ToArray();

    [Theory]
    [InlineData("Will the council approve the new budget?", ClaimType.Question)]
    [InlineData("The budget rose 12% to $4.1 million in 2023.", ClaimType.Factual)]
    [InlineData("Therefore the council must cut spending now.", ClaimType.Inference)]
    [InlineData("This means the recovery has stalled for good.", ClaimType.Inference)]
    [InlineData("The shortfall will grow much worse over time.", ClaimType.Prediction)]
    [InlineData("The plan is a disastrous waste of effort.", ClaimType.Evaluation)]
    [InlineData("Budget cuts", ClaimType.None)]
    public void Classify_TypesTheSentence(string text, ClaimType expected)
    {
        Assert.Equal(expected, Assert.Single(Types(text)));
    }

    [Fact]
    public void Classify_InferenceCueInsideQuotation_DoesNotMakeTheWriterConclude()
    {
        ClaimType type = Assert.Single(Types("\"This means war, and it will be long,\" he told reporters."));
        Assert.NotEqual(ClaimType.Inference, type);
        Assert.NotEqual(ClaimType.Prediction, type);
    }

    [Fact]
    public void Classify_QuestionInsideQuotation_IsNotTheWritersQuestion()
    {
        Assert.NotEqual(ClaimType.Question, Assert.Single(Types("The mayor asked the board to explain the delay in writing.")));
    }

    [Fact]
    public void Classify_AQuotationRunningOverSentencesAndParagraphs_IsTheSpeakersOnce()
    {
        const string text = "The council voted on the housing plan in May, and its members were divided on the cost.\n\n"
            + "\u201CWe cannot wait another year,\u201D said Mara Lind, who chairs the housing committee. \u201CThe waiting list is a disgrace.\n\n"
            + "\u201CEvery family on it deserves better from this council. That is not a policy anyone chose.\u201D\n\n"
            + "Lind said the plan would be paid for from the reserve fund.";
        Assert.Equal(
            [ClaimType.Factual, ClaimType.Attributed, ClaimType.None, ClaimType.None, ClaimType.None, ClaimType.Attributed],
            Types(text));
    }

    [Fact]
    public void Classify_AQuotedSentenceBeforeItsAttribution_IsTheSpeakers()
    {
        const string text = "\u201CThe waiting list is a disgrace.\u201D Those were the words of Mara Lind, who said the council had failed.";
        Assert.Equal([ClaimType.None, ClaimType.Attributed], Types(text));
    }

    [Fact]
    public void Classify_AQuotationWithNoSpeakerNearby_IsStillTyped()
    {
        // Nothing names a speaker: the quotation is not carried, and an unsupported judgement stays one.
        const string text = "The council met on Monday to discuss the plan in the old library. \u201CThe plan is a disgrace.\u201D";
        Assert.Equal(ClaimType.Evaluation, Types(text)[1]);
    }
}
