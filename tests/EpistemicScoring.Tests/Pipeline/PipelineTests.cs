using EpistemicScoring.Analysis;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Pipeline;

namespace EpistemicScoring.Tests.Pipeline;

public class PipelineTests
{
    [Fact]
    public void Default_ProvidesEveryAnnotation_InADeclaredOrder()
    {
        AnalysisPipeline pipeline = AnalysisPipeline.CreateDefault(LexiconSet.Default);
        Assert.Equal(["text", "language", "sources", "numbers", "numeric checks", "hedges", "cues", "claims", "links", "profile"], pipeline.Stages.Select(static s => s.Name));
        Assert.Equal(Enum.GetValues<Annotation>().Order(), pipeline.Stages.SelectMany(static s => s.Provides).Order());
    }

    [Fact]
    public void Build_StageBeforeWhatItRequires_Throws()
    {
        IAnnotator[] stages = [.. AnalysisPipeline.CreateDefault(LexiconSet.Default).Stages];
        int sources = Array.FindIndex(stages, static s => s.Name == "sources");
        int hedges = Array.FindIndex(stages, static s => s.Name == "hedges");
        (stages[sources], stages[hedges]) = (stages[hedges], stages[sources]); // hedges before sources
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline(LexiconSet.Default, stages));
        Assert.Contains("'hedges' requires Sources", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnnotationProvidedTwice_Throws()
    {
        IAnnotator[] stages = [.. AnalysisPipeline.CreateDefault(LexiconSet.Default).Stages];
        IAnnotator numbers = Array.Find(stages, static s => s.Name == "numbers")!;
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline(LexiconSet.Default, [.. stages, numbers]));
        Assert.Contains("both provide Numbers", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_AnnotationMissing_Throws()
    {
        IAnnotator[] stages = [.. AnalysisPipeline.CreateDefault(LexiconSet.Default).Stages];
        var error = Assert.Throws<InvalidOperationException>(() => new AnalysisPipeline(LexiconSet.Default, stages[..^1]));
        Assert.Contains("No analysis stage provides Profile", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Run_FillsEveryStageOutput()
    {
        DocumentAnalysis a = AnalysisPipeline.CreateDefault(LexiconSet.Default).Run(
            "Officials said on Tuesday that costs rose 12% to $4 billion. This means the plan may fail, because the budget is fixed.", []);
        Assert.NotEmpty(a.Sources);
        Assert.NotEmpty(a.Numbers);
        Assert.NotEmpty(a.Hedges);
        Assert.NotEmpty(a.Cues);
        Assert.NotEmpty(a.Links);
        Assert.Equal(a.Document.Sentences.Length, a.Sentences.Count);
    }

    [Fact]
    public void Run_TwoScorersWithDifferentLexicons_DoNotShareCues()
    {
        // The cue tries belong to each scorer's stages, not to a static cache keyed by document or lexicon set.
        LexiconSet extra = LexiconSet.Build(new Dictionary<string, IReadOnlyList<LexiconEntry>>
        {
            ["discourse-cues"] = [new LexiconEntry("tallying everything", 1, "inference")],
        });
        const string text = "Tallying everything, the council will need a new plan.";
        DocumentAnalysis plain = AnalysisPipeline.CreateDefault(LexiconSet.Default).Run(text, []);
        DocumentAnalysis custom = AnalysisPipeline.CreateDefault(extra).Run(text, []);
        Assert.DoesNotContain(plain.Cues, static c => c.FirstToken == 0);
        Assert.Contains(custom.Cues, static c => c.FirstToken == 0 && c.Role == EpistemicScoring.Claims.CueRole.Inference);
    }
}
