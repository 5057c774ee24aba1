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
}
