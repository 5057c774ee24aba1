using System.Text;

namespace EpistemicScoring.Cli.Tests;

/// <summary>Regression tests for problems found by reviewing the tool as a new user.</summary>
public class ReviewFixTests
{
    [Fact]
    public void Batch_OutputSameAsInput_IsRefused_AndInputKept()
    {
        string path = CliRunner.TempFile(".jsonl", "{\"id\":\"x\",\"text\":\"The mayor said so.\"}\n");
        try
        {
            CliResult r = CliRunner.Run("batch", "--input", path, "--output", path);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("overwrite", r.Error, StringComparison.Ordinal);
            Assert.Contains("The mayor said so.", File.ReadAllText(path), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_Utf16File_IsRefusedAsNotUtf8()
    {
        string path = CliRunner.TempFile(".txt");
        File.WriteAllBytes(path, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("The mayor said so.")]);
        try
        {
            CliResult r = CliRunner.Run("score", path);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("UTF-8", r.Error, StringComparison.Ordinal);
            CliResult batch = CliRunner.Run("batch", "--input", path, "--output", "-");
            Assert.Equal(2, batch.ExitCode);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_DirectoryWithNoDocument_SaysSo()
    {
        string dir = Directory.CreateTempSubdirectory("epistemic-empty-").FullName;
        try
        {
            CliResult r = CliRunner.Run("score", dir);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("directory", r.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Score_UnknownOption_IsNotReadAsAFile()
    {
        CliResult r = CliRunner.Run("score", "--bogus");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("--bogus", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not find file", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_ErrorMessages_AreReadableJson()
    {
        CliResult r = CliRunner.RunWithInput("{\"id\":\"b\",\"text\":12}\n", "batch", "--input", "-", "--output", "-");
        Assert.Equal(3, r.ExitCode);
        Assert.DoesNotContain("\\u0022", r.Out, StringComparison.Ordinal);
        using var doc = System.Text.Json.JsonDocument.Parse(r.Out);
        Assert.Contains("\"text\"", doc.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Eval_Json_WritesUncomputableFiguresAsNull()
    {
        string data = CliRunner.TempFile(".jsonl", "{\"id\":\"a\",\"text\":\"Too short.\",\"sourceReferencing\":\"high\"}\n");
        try
        {
            CliResult r = CliRunner.Run("eval", "--task", "verdicts", "--data", data, "--json");
            Assert.Equal(0, r.ExitCode);
            Assert.DoesNotContain("NaN", r.Out, StringComparison.Ordinal);
            using var doc = System.Text.Json.JsonDocument.Parse(r.Out);
            var law = doc.RootElement.GetProperty("laws")[0];
            Assert.Equal(System.Text.Json.JsonValueKind.Null, law.GetProperty("quadraticKappa").ValueKind);
        }
        finally
        {
            File.Delete(data);
        }
    }

    [Fact]
    public void Overrides_NamingAnUnknownRule_GiveAWarning()
    {
        string overrides = CliRunner.TempFile(".json", "{\"suppress\": [{\"ruleId\": \"EPS999\", \"spanHash\": \"abc\", \"reason\": \"x\"}]}");
        try
        {
            CliResult r = CliRunner.Run("score", CliRunner.SamplePath("opinion-column.txt"), "--overrides", overrides);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("EPS999", r.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(overrides);
        }
    }
}
