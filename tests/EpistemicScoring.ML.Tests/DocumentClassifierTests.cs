using System.IO.Compression;
using System.Text.Json.Nodes;
using EpistemicScoring.ML.Tests.Support;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring.ML.Tests;

public class DocumentClassifierTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    public static TheoryData<ClassifierAlgorithm> Algorithms => [ClassifierAlgorithm.Logistic, ClassifierAlgorithm.FastTree];

    private double[] PredictHeldOut(DocumentClassifier classifier) => [.. fixture.HeldOut.Select(x => classifier.Predict(x.Report))];

    private bool[] HeldOutLabels => [.. fixture.HeldOut.Select(static x => x.Label)];

    [Fact]
    public void SyntheticArticles_AreLongEnoughAndBalanced()
    {
        List<LabelledText> articles = SyntheticArticles.Make(20, seed: 3);
        Assert.Equal(10, articles.Count(static a => a.Label));
        Assert.All(articles, a => Assert.True(a.Text.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length >= 80, a.Text));
        Assert.NotEqual(SyntheticArticles.Make(4, seed: 3)[0].Text, SyntheticArticles.Make(4, seed: 4)[0].Text);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Train_RanksHeldOutWellSourcedAbovePoorlySourced(ClassifierAlgorithm algorithm)
    {
        DocumentClassifier classifier = fixture.TrainerFor(algorithm).Train(fixture.Training);
        double[] p = PredictHeldOut(classifier);
        double auc = ClassifierFixture.PairwiseAuc(p, HeldOutLabels);
        Assert.True(auc > 0.9, $"held-out AUC {auc:0.000}");
        Assert.All(p, x => Assert.InRange(x, 0.0, 1.0));
        // Not a constant: the probabilities spread.
        Assert.True(p.Max() - p.Min() > 0.2, $"probabilities from {p.Min():0.000} to {p.Max():0.000}");
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void Train_TwiceWithSameSeed_GivesIdenticalProbabilities(ClassifierAlgorithm algorithm)
    {
        double[] first = PredictHeldOut(fixture.TrainerFor(algorithm, seed: 7).Train(fixture.Training));
        double[] second = PredictHeldOut(fixture.TrainerFor(algorithm, seed: 7).Train(fixture.Training));
        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Algorithms))]
    public void SaveAndLoad_RoundTrip_GivesIdenticalProbabilitiesAndMetadata(ClassifierAlgorithm algorithm)
    {
        DocumentClassifier trained = fixture.TrainerFor(algorithm).Train(fixture.Training);
        using var stream = new MemoryStream();
        trained.Save(stream);
        stream.Position = 0;
        DocumentClassifier loaded = DocumentClassifier.Load(stream, fixture.Scorer);

        Assert.Equal(PredictHeldOut(trained), PredictHeldOut(loaded));
        Assert.Equal(algorithm, loaded.Algorithm);
        Assert.Equal("wellSourced", loaded.PositiveLabel);
        Assert.Equal(DefaultRules.Version, loaded.RulesetVersion);
        Assert.Equal(40, loaded.TrainingExamples);
        Assert.Equal(20, loaded.TrainingPositives);
        Assert.Equal(trained.Schema.Names, loaded.Schema.Names);
        Assert.Equal(trained.Schema.RuleWeights, loaded.Schema.RuleWeights);
    }

    [Fact]
    public void SaveAndLoad_ThroughAFile_GivesIdenticalProbabilities()
    {
        DocumentClassifier trained = fixture.Trainer.Train(fixture.Training);
        string path = Path.Combine(Path.GetTempPath(), $"epistemic-model-{Guid.NewGuid():N}.zip");
        try
        {
            trained.Save(path);
            Assert.Equal(PredictHeldOut(trained), PredictHeldOut(DocumentClassifier.Load(path)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void ModelFile_HoldsManifestWithRuleOrderAndRulesetVersion()
    {
        using var stream = new MemoryStream();
        fixture.Trainer.Train(fixture.Training).Save(stream);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry(DocumentClassifier.ModelEntry));
        using var reader = new StreamReader(zip.GetEntry(DocumentClassifier.ManifestEntry)!.Open());
        JsonNode manifest = JsonNode.Parse(reader.ReadToEnd())!;
        Assert.Equal(DefaultRules.Version, manifest["rulesetVersion"]!.GetValue<string>());
        string[] ruleIds = [.. manifest["ruleIds"]!.AsArray().Select(static n => n!.GetValue<string>())];
        Assert.Equal(fixture.Scorer.Rules.Select(static r => r.Id).Order(StringComparer.Ordinal), ruleIds);
        Assert.Equal("logistic", manifest["algorithm"]!.GetValue<string>());
    }

    [Fact]
    public void Load_ScorerWithoutARule_IsRefusedNamingTheRule()
    {
        using MemoryStream stream = Saved();
        EpistemicScorer fewer = EpistemicScorer.CreateBuilder().RemoveRule("EPS202").Build();
        var ex = Assert.Throws<IncompatibleModelException>(() => DocumentClassifier.Load(stream, fewer));
        Assert.Contains("EPS202", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ScorerWithAnExtraRule_IsRefusedNamingTheRule()
    {
        using MemoryStream stream = Saved();
        EpistemicScorer more = EpistemicScorer.CreateBuilder().AddRule<ExclamationRule>().Build();
        var ex = Assert.Throws<IncompatibleModelException>(() => DocumentClassifier.Load(stream, more));
        Assert.Contains("EPS599", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ScorerWithOtherWeights_IsRefused()
    {
        using MemoryStream stream = Saved();
        EpistemicScorer reweighted = EpistemicScorer.CreateBuilder().ConfigureRule("EPS202", static r => r.Weight = -0.9).Build();
        var ex = Assert.Throws<IncompatibleModelException>(() => DocumentClassifier.Load(stream, reweighted));
        Assert.Contains("weights", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_SameRules_IsAccepted()
    {
        using MemoryStream stream = Saved();
        DocumentClassifier loaded = DocumentClassifier.Load(stream, EpistemicScorer.CreateDefault());
        loaded.EnsureCompatible(fixture.Scorer);
    }

    [Fact]
    public void Predict_ReportOfAScorerWithOtherRules_IsRefused()
    {
        DocumentClassifier classifier = fixture.Trainer.Train(fixture.Training);
        EpistemicScorer fewer = EpistemicScorer.CreateBuilder().RemoveRule("EPS202").Build();
        EpistemicReport report = fewer.Score(SyntheticArticles.Make(1, seed: 5)[0].Text);
        Assert.Throws<IncompatibleModelException>(() => classifier.Predict(report));
    }

    [Fact]
    public void Load_NotAModelFile_ThrowsInvalidData()
    {
        using var stream = new MemoryStream("not a zip at all"u8.ToArray());
        Assert.Throws<InvalidDataException>(() => DocumentClassifier.Load(stream));
    }

    [Fact]
    public void Load_ManifestWithOtherFeatures_ThrowsInvalidData()
    {
        using MemoryStream saved = Saved();
        using var edited = new MemoryStream();
        using (var source = new ZipArchive(saved, ZipArchiveMode.Read, leaveOpen: true))
        using (var target = new ZipArchive(edited, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (ZipArchiveEntry entry in source.Entries)
            {
                using Stream from = entry.Open();
                using Stream to = target.CreateEntry(entry.FullName).Open();
                if (entry.FullName == DocumentClassifier.ManifestEntry)
                {
                    JsonNode manifest = JsonNode.Parse(from)!;
                    manifest["features"]!.AsArray().Add("words");
                    using var writer = new StreamWriter(to);
                    writer.Write(manifest.ToJsonString());
                }
                else
                {
                    from.CopyTo(to);
                }
            }
        }

        edited.Position = 0;
        Assert.Throws<InvalidDataException>(() => DocumentClassifier.Load(edited));
    }

    [Fact]
    public void Predict_FromManyThreads_EqualsSequential()
    {
        DocumentClassifier classifier = fixture.Trainer.Train(fixture.Training);
        double[] sequential = PredictHeldOut(classifier);
        var parallel = new double[fixture.HeldOut.Count];
        Parallel.For(0, parallel.Length, i => parallel[i] = classifier.Predict(fixture.HeldOut[i].Report));
        Assert.Equal(sequential, parallel);
    }

    [Fact]
    public void Train_OneClassOnly_Throws()
    {
        LabelledReport[] positives = [.. fixture.Training.Where(static x => x.Label)];
        Assert.Throws<ArgumentException>(() => fixture.Trainer.Train(positives));
    }

    [Fact]
    public void Train_FromTexts_EqualsTrainFromTheirReports()
    {
        List<LabelledText> texts = SyntheticArticles.Make(40, seed: 11);
        double[] fromTexts = PredictHeldOut(fixture.Trainer.Train(texts));
        double[] fromReports = PredictHeldOut(fixture.Trainer.Train(fixture.Training));
        Assert.Equal(fromReports, fromTexts);
    }

    [Fact]
    public void Trainer_FewerThanTwoFolds_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new DocumentClassifierTrainer(fixture.Scorer, new DocumentClassifierOptions { Folds = 1 }));
    }

    [Fact]
    public void Null_Arguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new DocumentClassifierTrainer(null!));
        Assert.Throws<ArgumentNullException>(() => fixture.Trainer.Train((IReadOnlyList<LabelledReport>)null!));
        Assert.Throws<ArgumentNullException>(() => DocumentClassifier.Load((Stream)null!));
        Assert.Throws<ArgumentNullException>(() => fixture.Trainer.Train(fixture.Training).Predict(null!));
    }

    private MemoryStream Saved()
    {
        var stream = new MemoryStream();
        fixture.Trainer.Train(fixture.Training).Save(stream);
        stream.Position = 0;
        return stream;
    }
}
