using System.Text.Json;

namespace EpistemicScoring.Cli.Tests;

public class ScoreCommandTests
{
    [Theory]
    [InlineData("well-sourced-report.txt")]
    [InlineData("unnamed-officials.txt")]
    [InlineData("opinion-column.txt")]
    public void Score_TextFormat_MatchesGolden(string sample)
    {
        CliResult r = CliRunner.Run("score", CliRunner.SamplePath(sample));
        Assert.Equal(0, r.ExitCode);
        Golden.Verify(Path.ChangeExtension(sample, ".text.txt"), r.Out.Replace(CliRunner.SamplePath(sample), sample, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("well-sourced-report.txt")]
    [InlineData("opinion-column.txt")]
    public void Score_MarkdownFormat_MatchesGolden(string sample)
    {
        CliResult r = CliRunner.Run("score", CliRunner.SamplePath(sample), "--format", "markdown");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("## Five Laws of Epistemic Integrity", r.Out, StringComparison.Ordinal);
        Assert.Equal(5, r.Out.Split('\n').Count(l => l.StartsWith("Verdict: ", StringComparison.Ordinal)));
        Golden.Verify(Path.ChangeExtension(sample, ".md"), r.Out);
    }

    [Fact]
    public void Score_TextFormat_ListsFiveLaws()
    {
        CliResult r = CliRunner.Run("score", CliRunner.SamplePath("well-sourced-report.txt"));
        foreach (string title in new[] { "Truthfulness of Information", "Source Referencing", "Reliability & Accuracy", "Contextual Judgment", "Inference Traceability" })
        {
            Assert.Contains(title, r.Out, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Score_JsonFormat_FromStdin_IsOneReportObject()
    {
        CliResult r = CliRunner.RunWithInput(File.ReadAllText(CliRunner.SamplePath("unnamed-officials.txt")), "score", "-", "--format", "json", "--id", "x1");
        Assert.Equal(0, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        Assert.Equal("x1", doc.RootElement.GetProperty("id").GetString());
        Assert.Equal(5, doc.RootElement.GetProperty("laws").GetArrayLength());
    }

    [Fact]
    public void Score_NoFile_ReadsStdin()
    {
        CliResult r = CliRunner.RunWithInput("Officials said the plan may fail.", "score", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        Assert.True(doc.RootElement.GetProperty("sources").GetArrayLength() > 0);
    }

    [Fact]
    public void Score_MissingFile_Exit2_NamesPath()
    {
        string path = CliRunner.TempFile(".txt");
        CliResult r = CliRunner.Run("score", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(path, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_InvalidUtf8_Exit2_WithClearMessage()
    {
        string path = CliRunner.TempFile(".txt");
        File.WriteAllBytes(path, [0x48, 0x69, 0x20, 0xC3, 0x28, 0xFF, 0xFE, 0x2E]);
        try
        {
            CliResult r = CliRunner.Run("score", path);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("UTF-8", r.Error, StringComparison.Ordinal);
            Assert.Empty(r.Out);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_TooLong_Exit2_NamesLimit()
    {
        CliResult r = CliRunner.RunWithInput(new string('a', 500), "score", "-", "--max-length", "100");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("100", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_UnknownFormat_Exit2()
    {
        CliResult r = CliRunner.Run("score", CliRunner.SamplePath("opinion-column.txt"), "--format", "yaml");
        Assert.Equal(2, r.ExitCode);
    }

    [Fact]
    public void UnknownCommand_Exit2()
    {
        Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
    }

    [Fact]
    public void Version_And_Help_Exit0()
    {
        CliResult version = CliRunner.Run("--version");
        Assert.Equal(0, version.ExitCode);
        Assert.Matches(@"\d+\.\d+\.\d+", version.Out);
        CliResult help = CliRunner.Run("--help");
        Assert.Equal(0, help.ExitCode);
        Assert.Contains("batch", help.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_WithFacts_ReportsReferenceChecks()
    {
        string facts = CliRunner.TempFile(".csv", "key,aliases,value,unit,tolerance,source,asOf\nseawall,sea wall,48000000,USD,0.01,City budget,2026-03\n");
        try
        {
            CliResult r = CliRunner.RunWithInput(File.ReadAllText(CliRunner.SamplePath("well-sourced-report.txt")), "score", "-", "--format", "json", "--facts", facts);
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("\"confirmed\"", r.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(facts);
        }
    }
}
