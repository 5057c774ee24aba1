using System.Security.Cryptography;
using System.Text.Json;
using EpistemicScoring.Cli.Eval;

namespace EpistemicScoring.Cli.Tests;

/// <summary>Figures from eval and train carry what produced them, and AUCs come with intervals.</summary>
public class ReceiptTests(TrainingData data) : IClassFixture<TrainingData>
{
    [Fact]
    public void EvalJson_CarriesRulesetDigestAndDataHash()
    {
        CliResult r = CliRunner.Run("eval", "--task", "document", "--data", data.DataPath, "--json");
        Assert.True(r.ExitCode == 0, r.Error);
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        JsonElement receipt = doc.RootElement.GetProperty("receipt");
        Assert.Equal(EpistemicScoring.Rules.DefaultRules.Version, receipt.GetProperty("rulesetVersion").GetString());
        Assert.Matches("^[0-9a-f]{16}$", receipt.GetProperty("digest").GetString());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(data.DataPath))), receipt.GetProperty("dataSha256").GetString());
        JsonElement overall = doc.RootElement.GetProperty("separation").EnumerateArray().First(s => s.GetProperty("score").GetString() == "overall");
        double auc = overall.GetProperty("rocAuc").GetDouble();
        Assert.InRange(auc, overall.GetProperty("rocAucLow").GetDouble(), overall.GetProperty("rocAucHigh").GetDouble());
    }

    [Fact]
    public void EvalText_And_Train_PrintTheReceiptAndIntervals()
    {
        CliResult eval = CliRunner.Run("eval", "--task", "document", "--data", data.DataPath);
        Assert.Contains("95% interval", eval.Out, StringComparison.Ordinal);
        Assert.Contains("receipt: tool ", eval.Out, StringComparison.Ordinal);
        CliResult train = CliRunner.Run("train", "--data", data.DataPath, "--output", Path.Combine(data.Folder, "receipt.zip"), "--folds", "3");
        Assert.True(train.ExitCode == 0, train.Error);
        Assert.Contains("95% interval", train.Out, StringComparison.Ordinal);
        Assert.Contains("sha256 " + Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(data.DataPath))), train.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("numbers")]
    public void Report_ForATaskWithoutOne_IsAnError(string task)
    {
        string html = Path.Combine(data.Folder, $"{task}.html");
        CliResult r = CliRunner.Run("eval", "--task", task, "--data", data.DataPath, "--report", html);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--report", r.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(html));
    }

    [Fact]
    public void AucInterval_ContainsTheAuc_IsReproducible_AndNarrowsWithMoreData()
    {
        var rng = new Random(5);
        List<(double, bool)> Make(int n) => [.. Enumerable.Range(0, n).Select(i => (rng.NextDouble() + (i % 2 == 0 ? 0.3 : 0), i % 2 == 0))];
        List<(double, bool)> small = Make(40);
        List<(double, bool)> large = Make(2000);
        (double lo, double hi) = Statistics.RocAucInterval(small);
        Assert.InRange(Statistics.RocAuc(small), lo, hi);
        Assert.Equal((lo, hi), Statistics.RocAucInterval(small));
        (double lo2, double hi2) = Statistics.RocAucInterval(large);
        Assert.True(hi2 - lo2 < hi - lo);
        Assert.True(double.IsNaN(Statistics.RocAucInterval([(1, true), (2, true)]).Low));
    }
}
