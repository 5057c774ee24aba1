using System.Text.Json;
using EpistemicScoring.ML;
using EpistemicScoring.ML.Tests.Support;

namespace EpistemicScoring.Cli.Tests;

/// <summary>A temporary folder with a JSONL file of synthetic labelled articles (label "real" or "fake").</summary>
public sealed class TrainingData : IDisposable
{
    public TrainingData()
    {
        Directory.CreateDirectory(Folder);
        IEnumerable<string> lines = SyntheticArticles.Make(30, seed: 31).Select((a, i) =>
            JsonSerializer.Serialize(new { id = $"doc-{i}", text = a.Text, label = a.Label ? "real" : "fake" }));
        System.IO.File.WriteAllText(DataPath, string.Join("\n", lines) + "\n");
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"epistemic-train-{Guid.NewGuid():N}");

    public string DataPath => Path.Combine(Folder, "data.jsonl");

    public string WriteFile(string name, string content)
    {
        string path = Path.Combine(Folder, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

public class TrainCommandTests(TrainingData data) : IClassFixture<TrainingData>
{
    private string ModelPath(string name) => Path.Combine(data.Folder, name);

    [Fact]
    public void Train_SmallJsonl_Exit0_PrintsCrossValidatedAuc_AndWritesALoadableModel()
    {
        string model = ModelPath("model.zip");
        CliResult r = CliRunner.Run("train", "--data", data.DataPath, "--output", model, "--folds", "3");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("30 documents (15 'real', 15 other)", r.Out, StringComparison.Ordinal);
        Assert.Contains("cross-validated: 3 folds", r.Out, StringComparison.Ordinal);
        Assert.Contains("AUC, length-matched", r.Out, StringComparison.Ordinal);
        string row = r.Out.Split('\n').Single(static l => l.StartsWith("classifier ", StringComparison.Ordinal));
        double auc = double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(auc > 0.9, row);
        Assert.Contains("length (baseline)", r.Out, StringComparison.Ordinal);
        Assert.Contains("model written to", r.Error, StringComparison.Ordinal);

        DocumentClassifier classifier = DocumentClassifier.Load(model, EpistemicScorer.CreateDefault());
        Assert.Equal("real", classifier.PositiveLabel);
        Assert.Equal(30, classifier.TrainingExamples);
        Assert.Equal(ClassifierAlgorithm.Logistic, classifier.Algorithm);
    }

    [Fact]
    public void Train_FastTree_WithSeed_WritesThatModel()
    {
        string model = ModelPath("tree.zip");
        CliResult r = CliRunner.Run("train", "--data", data.DataPath, "--output", model, "--trainer", "fasttree", "--seed", "9", "--folds", "0");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.DoesNotContain("cross-validated", r.Out, StringComparison.Ordinal);
        DocumentClassifier classifier = DocumentClassifier.Load(model);
        Assert.Equal(ClassifierAlgorithm.FastTree, classifier.Algorithm);
        Assert.Equal(9, classifier.Seed);
    }

    [Fact]
    public void Train_OtherFieldNamesAndBooleanLabels()
    {
        IEnumerable<string> lines = SyntheticArticles.Make(12, seed: 32).Select(a => JsonSerializer.Serialize(new { body = a.Text, good = a.Label }));
        string path = data.WriteFile("fields.jsonl", string.Join("\n", lines) + "\n");
        CliResult r = CliRunner.Run("train", "--data", path, "--output", ModelPath("fields.zip"), "--text-field", "body", "--label-field", "good", "--folds", "2");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("12 documents (6 'real', 6 other)", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_TwiceWithSameSeed_GivesModelsWithIdenticalProbabilities()
    {
        string first = ModelPath("first.zip");
        string second = ModelPath("second.zip");
        Assert.Equal(0, CliRunner.Run("train", "--data", data.DataPath, "--output", first, "--folds", "0").ExitCode);
        Assert.Equal(0, CliRunner.Run("train", "--data", data.DataPath, "--output", second, "--folds", "0").ExitCode);
        var scorer = EpistemicScorer.CreateDefault();
        DocumentClassifier a = DocumentClassifier.Load(first, scorer);
        DocumentClassifier b = DocumentClassifier.Load(second, scorer);
        foreach (LabelledText article in SyntheticArticles.Make(6, seed: 33))
        {
            var report = scorer.Score(article.Text);
            Assert.Equal(a.Predict(report), b.Predict(report));
        }
    }

    [Theory]
    [InlineData("--trainer", "forest")]
    [InlineData("--folds", "1")]
    [InlineData("--folds", "-2")]
    [InlineData("--folds", "five")]
    public void Train_BadArgument_Exit2(string option, string value)
    {
        CliResult r = CliRunner.Run("train", "--data", data.DataPath, "--output", ModelPath("bad.zip"), option, value);
        Assert.Equal(2, r.ExitCode);
        Assert.NotEmpty(r.Error);
        Assert.False(System.IO.File.Exists(ModelPath("bad.zip")));
    }

    [Fact]
    public void Train_MissingRequiredOptions_Exit2()
    {
        Assert.Equal(2, CliRunner.Run("train", "--data", data.DataPath).ExitCode);
        Assert.Equal(2, CliRunner.Run("train", "--output", ModelPath("x.zip")).ExitCode);
    }

    [Fact]
    public void Train_MissingDataFile_Exit2_NamesPath()
    {
        string missing = Path.Combine(data.Folder, "nowhere.jsonl");
        CliResult r = CliRunner.Run("train", "--data", missing, "--output", ModelPath("x.zip"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(missing, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_OneClassOnly_Exit2()
    {
        string path = data.WriteFile("one-class.jsonl", string.Join("\n", SyntheticArticles.Make(6, seed: 34).Select(a => JsonSerializer.Serialize(new { text = a.Text, label = "real" }))) + "\n");
        CliResult r = CliRunner.Run("train", "--data", path, "--output", ModelPath("x.zip"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("both classes", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_PositiveLabelThatNoRecordHas_Exit2()
    {
        CliResult r = CliRunner.Run("train", "--data", data.DataPath, "--output", ModelPath("x.zip"), "--positive", "Real");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("0 records are 'Real'", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_RecordWithoutLabel_Exit2_NamesLine()
    {
        string path = data.WriteFile("no-label.jsonl", "{\"text\":\"One.\",\"label\":\"real\"}\n{\"text\":\"Two.\"}\n");
        CliResult r = CliRunner.Run("train", "--data", path, "--output", ModelPath("x.zip"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(":2:", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_TooFewRecordsForTheFolds_Exit2()
    {
        string path = data.WriteFile("few.jsonl", string.Join("\n", SyntheticArticles.Make(4, seed: 35).Select(a => JsonSerializer.Serialize(new { text = a.Text, label = a.Label ? "real" : "fake" }))) + "\n");
        CliResult r = CliRunner.Run("train", "--data", path, "--output", ModelPath("x.zip"), "--folds", "5");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--folds", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_OutputEqualToData_Exit2_AndKeepsTheData()
    {
        string path = data.WriteFile("keep.jsonl", System.IO.File.ReadAllText(data.DataPath));
        CliResult r = CliRunner.Run("train", "--data", path, "--output", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(System.IO.File.ReadAllText(data.DataPath), System.IO.File.ReadAllText(path));
    }

    [Fact]
    public void Help_ListsTrain()
    {
        CliResult r = CliRunner.Run("--help");
        Assert.Contains("train", r.Out, StringComparison.Ordinal);
        CliResult train = CliRunner.Run("train", "--help");
        Assert.Equal(0, train.ExitCode);
        Assert.Contains("--trainer", train.Out, StringComparison.Ordinal);
        Assert.Contains("--folds", train.Out, StringComparison.Ordinal);
    }
}

/// <summary>One model trained on the synthetic data, for the commands that take <c>--model</c>.</summary>
public sealed class TrainedModel : IDisposable
{
    public TrainedModel()
    {
        int code = CliRunner.Run("train", "--data", Data.DataPath, "--output", ModelPath, "--folds", "0").ExitCode;
        if (code != 0)
        {
            throw new InvalidOperationException($"epistemic train exited with {code}");
        }
    }

    public TrainingData Data { get; } = new();

    public string ModelPath => Path.Combine(Data.Folder, "shared-model.zip");

    public void Dispose() => Data.Dispose();
}

public class ModelOptionTests(TrainedModel model) : IClassFixture<TrainedModel>
{
    [Fact]
    public void Eval_Document_WithModel_AddsClassifierRow()
    {
        CliResult plain = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath);
        CliResult r = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--model", model.ModelPath);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.DoesNotContain("classifier", plain.Out, StringComparison.Ordinal);
        string row = r.Out.Split('\n').Single(static l => l.StartsWith("classifier ", StringComparison.Ordinal));
        double auc = double.Parse(row.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(auc > 0.9, row);
    }

    [Fact]
    public void Eval_Document_WithModel_Json_HasClassifierSeparationAndModel()
    {
        CliResult r = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--model", model.ModelPath, "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        JsonElement row = doc.RootElement.GetProperty("separation").EnumerateArray().Single(static s => s.GetProperty("score").GetString() == "classifier");
        Assert.InRange(row.GetProperty("rocAuc").GetDouble(), 0.9, 1.0);
        Assert.Equal("real", doc.RootElement.GetProperty("classifier").GetProperty("positiveLabel").GetString());

        CliResult plain = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--json");
        using JsonDocument plainDoc = JsonDocument.Parse(plain.Out);
        Assert.False(plainDoc.RootElement.TryGetProperty("classifier", out _));
    }

    [Fact]
    public void Eval_Document_WithModel_HtmlReportHasClassifierRow()
    {
        string html = Path.Combine(model.Data.Folder, "report.html");
        CliResult r = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--model", model.ModelPath, "--report", html);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("<td>classifier</td>", File.ReadAllText(html), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Document_WithModel_AndScorerWithoutARule_Exit2_NamesTheRule()
    {
        string config = model.Data.WriteFile("config.json", "{\"rules\": {\"EPS209\": {\"enabled\": false}}}");
        CliResult r = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--model", model.ModelPath, "--config", config);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("EPS209", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Document_WithMissingOrBrokenModel_Exit2()
    {
        Assert.Equal(2, CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--model", Path.Combine(model.Data.Folder, "none.zip")).ExitCode);
        string broken = model.Data.WriteFile("broken.zip", "not a zip");
        CliResult r = CliRunner.Run("eval", "--task", "document", "--data", model.Data.DataPath, "--model", broken);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not a usable model file", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_OtherTask_WithModel_WarnsThatItIsIgnored()
    {
        string data = model.Data.WriteFile("uncertain.jsonl", "{\"text\":\"The drug may reduce symptoms.\",\"uncertain\":true}\n{\"text\":\"The river flows north.\",\"uncertain\":false}\n");
        CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", data, "--model", model.ModelPath);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--model applies only to --task document", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WithModel_PrintsProbabilityInTextAndMarkdown()
    {
        string article = SyntheticArticles.Make(1, seed: 41)[0].Text;
        CliResult text = CliRunner.RunWithInput(article, "score", "--model", model.ModelPath);
        Assert.True(text.ExitCode == 0, text.Error);
        Assert.Contains("probability of 'real'", text.Out, StringComparison.Ordinal);
        CliResult markdown = CliRunner.RunWithInput(article, "score", "--model", model.ModelPath, "--format", "markdown");
        Assert.Contains("Classifier: probability", markdown.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Classifier", CliRunner.RunWithInput(article, "score").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_Json_WithModel_AddsClassifierProperty_AndLeavesTheReportAsItWas()
    {
        string wellSourced = SyntheticArticles.Make(1, seed: 42)[0].Text;
        string poorlySourced = SyntheticArticles.Make(2, seed: 42)[1].Text;
        CliResult plain = CliRunner.RunWithInput(wellSourced, "score", "--format", "json");
        CliResult good = CliRunner.RunWithInput(wellSourced, "score", "--format", "json", "--model", model.ModelPath);
        CliResult poor = CliRunner.RunWithInput(poorlySourced, "score", "--format", "json", "--model", model.ModelPath);
        Assert.True(good.ExitCode == 0, good.Error);
        using JsonDocument plainDoc = JsonDocument.Parse(plain.Out);
        using JsonDocument goodDoc = JsonDocument.Parse(good.Out);
        using JsonDocument poorDoc = JsonDocument.Parse(poor.Out);
        Assert.False(plainDoc.RootElement.TryGetProperty("classifier", out _));
        double pGood = goodDoc.RootElement.GetProperty("classifier").GetProperty("probability").GetDouble();
        double pPoor = poorDoc.RootElement.GetProperty("classifier").GetProperty("probability").GetDouble();
        Assert.InRange(pGood, 0.0, 1.0);
        Assert.True(pGood > pPoor, $"well-sourced {pGood}, poorly sourced {pPoor}");
        Assert.Equal(
            plainDoc.RootElement.EnumerateObject().Select(static p => p.Name),
            goodDoc.RootElement.EnumerateObject().Select(static p => p.Name).Where(static n => n != "classifier"));
        Assert.Equal(plainDoc.RootElement.GetProperty("overall").GetRawText(), goodDoc.RootElement.GetProperty("overall").GetRawText());
    }

    [Fact]
    public void Batch_WithModel_EveryLineCarriesTheProbabilityOfItsOwnText()
    {
        var articles = SyntheticArticles.Make(6, seed: 43);
        string input = model.Data.WriteFile("batch-in.jsonl", string.Join("\n", articles.Select((a, i) => JsonSerializer.Serialize(new { id = $"d{i}", text = a.Text }))) + "\n");
        string output = Path.Combine(model.Data.Folder, "batch-out.jsonl");
        CliResult r = CliRunner.Run("batch", "--input", input, "--output", output, "--model", model.ModelPath, "--workers", "2");
        Assert.True(r.ExitCode == 0, r.Error);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(articles.Count, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            using JsonDocument line = JsonDocument.Parse(lines[i]);
            Assert.Equal($"d{i}", line.RootElement.GetProperty("id").GetString());
            double p = line.RootElement.GetProperty("classifier").GetProperty("probability").GetDouble();
            using JsonDocument single = JsonDocument.Parse(CliRunner.RunWithInput(articles[i].Text, "score", "--format", "json", "--model", model.ModelPath).Out);
            Assert.Equal(single.RootElement.GetProperty("classifier").GetProperty("probability").GetDouble(), p, 4);
        }

        string plainOut = Path.Combine(model.Data.Folder, "batch-plain.jsonl");
        Assert.Equal(0, CliRunner.Run("batch", "--input", input, "--output", plainOut).ExitCode);
        Assert.DoesNotContain("classifier", File.ReadAllText(plainOut), StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_WithMissingModel_Exit2()
    {
        string input = model.Data.WriteFile("batch-one.jsonl", "{\"id\":\"a\",\"text\":\"The mayor said the budget was balanced.\"}\n");
        CliResult r = CliRunner.Run("batch", "--input", input, "--output", Path.Combine(model.Data.Folder, "o.jsonl"), "--model", Path.Combine(model.Data.Folder, "absent.zip"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("absent.zip", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WithMissingModel_Exit2_NamesPath()
    {
        string missing = Path.Combine(model.Data.Folder, "absent.zip");
        CliResult r = CliRunner.RunWithInput("Officials said the plan may fail.", "score", "--model", missing);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(missing, r.Error, StringComparison.Ordinal);
    }
}
