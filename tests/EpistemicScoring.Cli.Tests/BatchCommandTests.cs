using System.Text;
using System.Text.Json;

namespace EpistemicScoring.Cli.Tests;

public class BatchCommandTests
{
    private static string Record(string id, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });

    [Fact]
    public void Batch_HundredRecords_WithBrokenLineAndEmptyText_KeepsOrder_Exit3()
    {
        string[] samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "samples"), "*.txt").Select(File.ReadAllText).ToArray();
        var lines = new List<string>();
        for (int i = 0; i < 100; i++)
        {
            lines.Add(i switch
            {
                17 => "{\"id\": \"doc-17\", \"text\": \"unterminated",
                42 => Record("doc-42", string.Empty),
                _ => Record($"doc-{i}", samples[i % samples.Length] + $" Record {i}."),
            });
        }

        string input = CliRunner.TempFile(".jsonl", string.Join("\n", lines) + "\n");
        string output = CliRunner.TempFile(".jsonl");
        try
        {
            CliResult r = CliRunner.Run("batch", "--input", input, "--output", output);
            Assert.Equal(3, r.ExitCode);
            string[] outLines = File.ReadAllLines(output);
            Assert.Equal(100, outLines.Length);
            for (int i = 0; i < 100; i++)
            {
                using JsonDocument doc = JsonDocument.Parse(outLines[i]);
                JsonElement root = doc.RootElement;
                if (i == 17)
                {
                    Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
                    Assert.Equal(18, root.GetProperty("line").GetInt32());
                    Assert.Equal("invalid_json", root.GetProperty("error").GetProperty("code").GetString());
                    Assert.False(string.IsNullOrEmpty(root.GetProperty("error").GetProperty("message").GetString()));
                    continue;
                }

                Assert.Equal($"doc-{i}", root.GetProperty("id").GetString());
                Assert.Equal(5, root.GetProperty("laws").GetArrayLength());
                if (i == 42)
                {
                    Assert.All(root.GetProperty("laws").EnumerateArray(), l => Assert.Equal("insufficient", l.GetProperty("verdict").GetString()));
                }
            }
        }
        finally
        {
            File.Delete(input);
            File.Delete(output);
        }
    }

    [Fact]
    public void Batch_MissingOrNonStringText_IsErrorLine_WithId()
    {
        string input = string.Join("\n", "{\"id\":\"a\"}", "{\"id\":\"b\",\"text\":12}", "[1,2]", Record("c", "Officials said so.")) + "\n";
        CliResult r = CliRunner.RunWithInput(input, "batch", "--input", "-", "--output", "-");
        Assert.Equal(3, r.ExitCode);
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"missing_text\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"a\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"text_not_string\"", lines[1], StringComparison.Ordinal);
        Assert.Contains("\"line\":3", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"c\"", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_CustomFieldNames_AreUsed()
    {
        string input = "{\"doc\":\"k1\",\"body\":\"The mayor said the vote was close.\"}\n";
        CliResult r = CliRunner.RunWithInput(input, "batch", "--input", "-", "--output", "-", "--id-field", "doc", "--text-field", "body");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"id\":\"k1\"", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_AllGood_Exit0_SameAsScoreJson()
    {
        string text = File.ReadAllText(CliRunner.SamplePath("well-sourced-report.txt"));
        CliResult batch = CliRunner.RunWithInput(Record("w", text) + "\n", "batch", "--input", "-", "--output", "-", "--workers", "1");
        CliResult score = CliRunner.RunWithInput(text, "score", "-", "--format", "json", "--id", "w");
        Assert.Equal(0, batch.ExitCode);
        using JsonDocument a = JsonDocument.Parse(batch.Out);
        using JsonDocument b = JsonDocument.Parse(score.Out);
        Assert.Equal(JsonSerializer.Serialize(b.RootElement), JsonSerializer.Serialize(a.RootElement));
    }

    [Fact]
    public void Batch_TooLongText_IsErrorLine()
    {
        string input = Record("long", new string('a', 300)) + "\n" + Record("ok", "Fine.") + "\n";
        CliResult r = CliRunner.RunWithInput(input, "batch", "--input", "-", "--output", "-", "--max-length", "100");
        Assert.Equal(3, r.ExitCode);
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Contains("\"text_too_long\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"ok\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_MissingInput_Exit2_NamesPath()
    {
        string path = CliRunner.TempFile(".jsonl");
        CliResult r = CliRunner.Run("batch", "--input", path, "--output", CliRunner.TempFile(".jsonl"));
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(path, r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_InvalidUtf8Record_IsItsErrorLine_WithLineNumber_RunGoesOn_Exit3()
    {
        // Before: one invalid byte aborted the whole batch (exit 2, no line number, nothing written).
        string path = CliRunner.TempFile(".jsonl");
        File.WriteAllBytes(path, [
            .. Encoding.UTF8.GetBytes(Record("first", "The mayor said the vote was close.") + "\n"),
            .. Encoding.UTF8.GetBytes("{\"id\":\"bad\",\"text\":\"x"), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}\n"),
            .. Encoding.UTF8.GetBytes(Record("last", "Officials said the plan would pass.") + "\n")]);
        try
        {
            CliResult r = CliRunner.Run("batch", "--input", path, "--output", "-");
            Assert.Equal(3, r.ExitCode);
            string[] lines = r.Out.TrimEnd('\n').Split('\n');
            Assert.Equal(3, lines.Length);
            using JsonDocument bad = JsonDocument.Parse(lines[1]);
            Assert.Equal("bad", bad.RootElement.GetProperty("id").GetString());
            Assert.Equal(2, bad.RootElement.GetProperty("line").GetInt32());
            Assert.Equal("invalid_utf8", bad.RootElement.GetProperty("error").GetProperty("code").GetString());
            Assert.StartsWith("{\"id\":\"first\",", lines[0], StringComparison.Ordinal);
            Assert.StartsWith("{\"id\":\"last\",", lines[2], StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_Utf16File_Exit2()
    {
        string path = CliRunner.TempFile(".jsonl");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Record("a", "Fine.") + "\n")]);
        try
        {
            CliResult r = CliRunner.Run("batch", "--input", path, "--output", "-");
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("UTF-8", r.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Batch_ManyRecords_ManyWorkers_KeepInputOrder()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++)
        {
            // Uneven lengths so that workers finish out of order.
            sb.Append(Record($"r{i}", string.Concat(Enumerable.Repeat("The mayor said the vote was close. ", (i * 7919 % 13) + 1)))).Append('\n');
        }

        CliResult r = CliRunner.RunWithInput(sb.ToString(), "batch", "--input", "-", "--output", "-", "--workers", "4");
        Assert.Equal(0, r.ExitCode);
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(400, lines.Length);
        for (int i = 0; i < lines.Length; i++)
        {
            Assert.StartsWith($"{{\"id\":\"r{i}\"", lines[i], StringComparison.Ordinal);
        }
    }
}
