using System.Diagnostics;
using System.IO.Compression;
using EpistemicScoring.Cli.IO;

namespace EpistemicScoring.Cli.Tests;

/// <summary>A temporary folder removed after each test class.</summary>
public sealed class ScratchFolder : IDisposable
{
    public ScratchFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"epistemic-robust-{Guid.NewGuid():N}");

    public string File(string name, string? content = null)
    {
        string path = System.IO.Path.Combine(Path, name);
        if (content is not null)
        {
            System.IO.File.WriteAllText(path, content);
        }

        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

/// <summary>Issue 21 and 18 at the command line: nothing crashes, no input is lost, every refusal is exit 2 with a message.</summary>
public class RobustnessTests(ScratchFolder scratch) : IClassFixture<ScratchFolder>
{
    private const string Sentence = "The council said the bridge may open in May, a spokesman for the city told reporters.";

    private static void AssertCleanRefusal(CliResult r, string mustName)
    {
        Assert.True(r.ExitCode == 2, $"exit {r.ExitCode}: {r.Error}");
        Assert.Contains(mustName, r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", r.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", r.Error, StringComparison.Ordinal);
    }

    /// <summary>Hard links need link(2); the tests use ln rather than a second P/Invoke.</summary>
    private static void HardLink(string target, string link)
    {
        using Process ln = Process.Start(new ProcessStartInfo("ln", [target, link]) { UseShellExecute = false })!;
        ln.WaitForExit();
        Assert.Equal(0, ln.ExitCode);
    }

    /// <summary>Another spelling of an absolute path: through the /proc/self/root link on Linux.</summary>
    private static string OtherSpelling(string path) => "/proc/self/root" + Path.GetFullPath(path);

    public static TheoryData<string> Aliases => ["symlink", "hardlink", "spelling"];

    private string AliasOf(string input, string kind)
    {
        string alias = scratch.File($"alias-{Guid.NewGuid():N}{Path.GetExtension(input)}");
        switch (kind)
        {
            case "symlink":
                File.CreateSymbolicLink(alias, input);
                return alias;
            case "hardlink":
                HardLink(input, alias);
                return alias;
            default:
                return OtherSpelling(input);
        }
    }

    [Fact]
    public void Batch_RecordOverItsTimeLimit_IsATimeoutErrorLine_RunGoesOn_Exit3()
    {
        // A long record against a limit of one millisecond: the scorer stops it between stages, and the record
        // after it is still answered in its place.
        string big = string.Concat(Enumerable.Repeat(Sentence + " ", 3_000));
        string input = scratch.File($"timeout-{Guid.NewGuid():N}.jsonl",
            System.Text.Json.JsonSerializer.Serialize(new { id = "big", text = big }) + "\n" + System.Text.Json.JsonSerializer.Serialize(new { id = "after", text = Sentence }) + "\n");
        CliResult r = CliRunner.Run("batch", "--input", input, "--output", "-", "--record-timeout", "0.001");
        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}: {r.Error}");
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        using var first = System.Text.Json.JsonDocument.Parse(lines[0]);
        Assert.Equal("big", first.RootElement.GetProperty("id").GetString());
        Assert.Equal("timeout", first.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Contains("--record-timeout", first.RootElement.GetProperty("error").GetProperty("message").GetString(), StringComparison.Ordinal);
        // The short record is answered in its place (scored, unless a loaded machine held it past the millisecond too).
        using var second = System.Text.Json.JsonDocument.Parse(lines[1]);
        Assert.Equal("after", second.RootElement.GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("NaN")]
    public void Batch_RecordTimeoutNotANumberOfSeconds_Exit2(string value)
    {
        string input = scratch.File("timeout-bad.jsonl", "{\"id\": \"a\", \"text\": \"x\"}\n");
        AssertCleanRefusal(CliRunner.Run("batch", "--input", input, "--output", "-", "--record-timeout", value), "--record-timeout");
    }

    [Fact]
    public void Score_DevZero_Exit2_WithoutReadingItAll()
    {
        if (!(File.Exists("/dev/zero")))
        {
            return; // Linux only: CI runs there.
        }

        CliResult r = CliRunner.Run("score", "/dev/zero");
        AssertCleanRefusal(r, "longer than 5,000,000 characters");
    }

    [Fact]
    public void Score_StandardInputLongerThanMaxLength_Exit2()
    {
        CliResult r = CliRunner.RunWithInput(new string('a', 5000), "score", "--max-length", "1000");
        AssertCleanRefusal(r, "standard input: the text is longer than 1,000 characters");
    }

    [Theory]
    [InlineData("--config")]
    [InlineData("--overrides")]
    [InlineData("--facts")]
    [InlineData("--model")]
    public void Score_SideFileIsDevZero_Exit2(string option)
    {
        if (!(File.Exists("/dev/zero")))
        {
            return; // Linux only: CI runs there.
        }

        string text = scratch.File("short.txt", Sentence);
        CliResult r = CliRunner.Run("score", text, option, "/dev/zero");
        AssertCleanRefusal(r, "/dev/zero: the ");
    }

    [Theory]
    [InlineData("eval", "--task", "uncertainty")]
    [InlineData("eval", "--task", "numbers")]
    [InlineData("train", "--folds", "0")]
    public void DataFileThatNeverEnds_Exit2_AtTheLineLimit(params string[] command)
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // Linux only: CI runs there.
        }

        // Before: the data file was read line by line with no bound, so /dev/zero took all memory (5 GB in 30 s).
        string[] args = [.. command, "--data", "/dev/zero", .. command[0] == "train" ? new[] { "--output", scratch.File($"m-{Guid.NewGuid():N}.zip") } : []];
        AssertCleanRefusal(CliRunner.Run(args), "/dev/zero:1: the line is longer than");
    }

    [Fact]
    public void EvalData_InvalidUtf8_Exit2_NamingTheLine()
    {
        string data = scratch.File($"eval-bad-{Guid.NewGuid():N}.jsonl");
        File.WriteAllBytes(data, [.. System.Text.Encoding.UTF8.GetBytes("{\"text\": \"The drug may help.\", \"uncertain\": true}\n{\"text\": \"caf"), 0xC3, 0x28, .. System.Text.Encoding.UTF8.GetBytes("\", \"uncertain\": false}\n")]);
        AssertCleanRefusal(CliRunner.Run("eval", "--task", "uncertainty", "--data", data), ":2: the line holds bytes that are not valid UTF-8");
    }

    [Fact]
    public void Score_ConfigNamingALexiconFileThatNeverEnds_Exit2()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // Linux only: CI runs there.
        }

        // Before: the lexicon file was read whole, so /dev/zero never finished (and would have run out of memory).
        string text = scratch.File("short.txt", Sentence);
        string config = scratch.File($"lexicon-zero-{Guid.NewGuid():N}.json", "{\"lexiconFiles\": {\"hedges\": \"/dev/zero\"}}");
        AssertCleanRefusal(CliRunner.Run("score", text, "--config", config), "longer than 4,194,304 characters");
    }

    [Theory]
    [InlineData("--config", "{\"rules\": {\"EPS101\": {\"weight\": 1e400}}}", "$.rules.EPS101.weight")]
    [InlineData("--config", "{\"thresholds\": null}", "$.thresholds")]
    [InlineData("--config", "{\"rules\": []}", "$.rules")]
    [InlineData("--config", "{\"minWords\": \"ten\"}", "$.minWords")]
    [InlineData("--overrides", "{\"suppress\": [null]}", "$.suppress[0]")]
    [InlineData("--overrides", "{\"verdicts\": [{\"law\": \"truthfulness, sourceReferencing\", \"verdict\": \"high\", \"reason\": \"desk\"}]}", "$.verdicts[0].law")]
    [InlineData("--overrides", "{\"verdicts\": [{\"law\": \"3\", \"verdict\": \"high\", \"reason\": \"desk\"}]}", "$.verdicts[0].law")]
    [InlineData("--overrides", "{\"verdicts\": [{\"law\": \"truthfulness\"}]}", "$.verdicts[0]")]
    [InlineData("--facts", "[{\"key\": \"reserves\", \"value\": 1e400}]", "not a finite number")]
    [InlineData("--facts", "[{\"key\": \"reserves\", \"value\": 3, \"tolerance\": -1}]", "tolerance")]
    [InlineData("--config", "{\"rules\": {\"EPS101\": {\"weight\": 0.5}", "not valid")]
    public void Score_AbsurdSideFile_Exit2_NamingThePlace(string option, string json, string mustName)
    {
        string text = scratch.File("short.txt", Sentence);
        string file = scratch.File($"side-{Guid.NewGuid():N}.json", json);
        AssertCleanRefusal(CliRunner.Run("score", text, option, file), mustName);
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("NaN")]
    public void Score_CsvFactOfInfinity_Exit2(string value)
    {
        string text = scratch.File("short.txt", Sentence);
        string facts = scratch.File($"facts-{Guid.NewGuid():N}.csv", $"key,value\nbridge budget,{value}\n");
        AssertCleanRefusal(CliRunner.Run("score", text, "--facts", facts), "row 2");
    }

    [Fact]
    public void Score_FigureOfFourHundredDigits_WritesJson()
    {
        string text = scratch.File("digits.txt", "The treasury said the bill came to " + new string('4', 400) + " dollars this year.");
        CliResult r = CliRunner.Run("score", text, "--format", "json");
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("\"notNormalised\": true", r.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("null-manifest")]
    [InlineData("wrong-types")]
    [InlineData("not-a-zip")]
    public void Score_CorruptModel_Exit2(string kind)
    {
        string text = scratch.File("short.txt", Sentence);
        string model = scratch.File($"model-{kind}.zip");
        if (kind == "not-a-zip")
        {
            File.WriteAllText(model, "PK this is not a zip at all");
        }
        else
        {
            using (ZipArchive zip = ZipFile.Open(model, ZipArchiveMode.Create))
            {
                using (var writer = new StreamWriter(zip.CreateEntry("manifest.json").Open()))
                {
                    writer.Write(kind == "null-manifest"
                        ? "{\"format\": null, \"formatVersion\": 1, \"ruleIds\": null}"
                        : "{\"format\": \"EpistemicScoring.ML.DocumentClassifier\", \"formatVersion\": \"one\", \"algorithm\": \"3\"}");
                }

                using (var inner = new StreamWriter(zip.CreateEntry("model.zip").Open()))
                {
                    inner.Write("not a model");
                }
            }

            if (kind == "truncated")
            {
                byte[] bytes = File.ReadAllBytes(model);
                File.WriteAllBytes(model, bytes[..(bytes.Length / 2)]);
            }
        }

        AssertCleanRefusal(CliRunner.Run("score", text, "--model", model), model);
    }

    [Theory]
    [MemberData(nameof(Aliases))]
    public void Train_OutputIsTheDataUnderAnotherName_Exit2_DataUnchanged(string kind)
    {
        if (!(OperatingSystem.IsLinux()))
        {
            return; // Linux only: CI runs there.
        }

        string data = scratch.File($"train-{kind}.jsonl", "{\"text\": \"" + Sentence + "\", \"label\": \"real\"}\n{\"text\": \"Critics say it will fail.\", \"label\": \"fake\"}\n");
        byte[] before = File.ReadAllBytes(data);
        CliResult r = CliRunner.Run("train", "--data", data, "--output", AliasOf(data, kind), "--folds", "0");
        AssertCleanRefusal(r, "would overwrite the input");
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Theory]
    [MemberData(nameof(Aliases))]
    public void EvalReport_IsTheDataUnderAnotherName_Exit2_DataUnchanged(string kind)
    {
        if (!(OperatingSystem.IsLinux()))
        {
            return; // Linux only: CI runs there.
        }

        string data = scratch.File($"eval-{kind}.jsonl", "{\"text\": \"The drug may reduce symptoms.\", \"uncertain\": true}\n");
        byte[] before = File.ReadAllBytes(data);
        CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", data, "--report", AliasOf(data, kind));
        AssertCleanRefusal(r, "would overwrite the input");
        Assert.Equal(before, File.ReadAllBytes(data));
    }

    [Fact]
    public void EvalReport_IsTheConfig_Exit2_ConfigUnchanged()
    {
        string data = scratch.File("eval-config.jsonl", "{\"text\": \"The drug may reduce symptoms.\", \"uncertain\": true}\n");
        string config = scratch.File("eval-config.json", "{\"minWords\": 5}");
        CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", data, "--config", config, "--report", config);
        AssertCleanRefusal(r, "would overwrite the input");
        Assert.Equal("{\"minWords\": 5}", File.ReadAllText(config));
    }

    [Fact]
    public void EvalReport_ToANewFile_IsWrittenWithNoTemporaryLeftBehind()
    {
        string folder = Path.Combine(scratch.Path, "report-out");
        Directory.CreateDirectory(folder);
        string data = scratch.File("eval-new.jsonl", "{\"text\": \"The drug may reduce symptoms.\", \"uncertain\": true}\n{\"text\": \"The river flows north.\", \"uncertain\": true}\n");
        string report = Path.Combine(folder, "report.html");
        CliResult r = CliRunner.Run("eval", "--task", "uncertainty", "--data", data, "--report", report);
        Assert.True(r.ExitCode == 0, r.Error);
        Assert.Contains("<h1>Uncertainty", File.ReadAllText(report), StringComparison.Ordinal);
        Assert.Equal(["report.html"], Directory.GetFiles(folder).Select(Path.GetFileName));
    }

    [Fact]
    public void WriteAtomically_ThroughASymlink_ReplacesTheTargetAndKeepsTheLink()
    {
        if (!(OperatingSystem.IsLinux()))
        {
            return; // Linux only: CI runs there.
        }

        string target = scratch.File("target.txt", "old");
        string link = scratch.File("link-to-target.txt");
        File.CreateSymbolicLink(link, target);
        SafeOutput.WriteAllText(link, "the test file", "new");
        Assert.Equal("new", File.ReadAllText(target));
        Assert.NotNull(new FileInfo(link).LinkTarget);
    }

    [Fact]
    public void WriteAtomically_WhenTheWriterFails_LeavesTheOldFile()
    {
        string path = scratch.File("keep.txt", "old content");
        Assert.Throws<InvalidOperationException>(() => SafeOutput.WriteAtomically(path, "the test file", stream =>
        {
            stream.WriteByte(1);
            throw new InvalidOperationException("writer failed");
        }));
        Assert.Equal("old content", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(scratch.Path, "*keep.txt*"));
    }

    [Fact]
    public void SameFile_DistinguishesTwoFilesWithTheSameContent()
    {
        string a = scratch.File("same-a.txt", "x");
        string b = scratch.File("same-b.txt", "x");
        Assert.False(SafeOutput.SameFile(a, b));
        Assert.True(SafeOutput.SameFile(a, Path.Combine(scratch.Path, ".", "same-a.txt")));
    }
}
