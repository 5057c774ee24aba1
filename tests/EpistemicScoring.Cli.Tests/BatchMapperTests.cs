using System.Text;
using System.Text.Json;

namespace EpistemicScoring.Cli.Tests;

/// <summary>The batch command in its own process: as the mapper of GNU parallel, and on input that could crash a process.</summary>
public sealed class BatchMapperTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("epistemic-mapper-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [SkippableFact]
    public void GnuParallel_PipeKeepOrder_ScoresEveryRecord_InInputOrder()
    {
        // CI installs GNU parallel (Debian package 'parallel', see .ci/run); a machine without it skips this test.
        Skip.IfNot(CliProcess.OnPath("parallel"), "GNU parallel is not installed (apt-get install parallel); the README's GNU parallel command is not tested here.");
        var sb = new StringBuilder();
        for (int i = 0; i < 120; i++)
        {
            sb.Append(JsonSerializer.Serialize(new { id = $"g{i}", text = $"The port authority said {i + 2} cranes were idle on Friday." })).Append('\n');
        }

        File.WriteAllText(Path.Combine(_dir, "corpus.jsonl"), sb.ToString());
        string command = $"parallel --will-cite --pipe --keep-order -N 40 -j 2 '{CliProcess.Dotnet}' '{CliProcess.Dll}' batch --input - --output - --parallel 1 < corpus.jsonl > scored.jsonl";

        CliResult r = CliProcess.Shell(command, _dir);

        Assert.True(r.ExitCode == 0, r.Error);
        string[] lines = File.ReadAllLines(Path.Combine(_dir, "scored.jsonl"));
        Assert.Equal(Enumerable.Range(0, 120).Select(i => $"g{i}"), lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()));
        Assert.All(lines, l => Assert.Contains("\"laws\":[", l, StringComparison.Ordinal));
    }

    /// <summary>
    /// Issue 21's batch: a 600,000-character number token, a record with invalid UTF-8 and a figure of 400 digits
    /// among good records. Run in a process of its own so that a library crash (a stack overflow cannot be caught)
    /// fails this test rather than the test host. The long token and the 400 digits are scored, their figures listed
    /// as not normalisable; the invalid UTF-8 is that record's error line; every other record is scored in its place.
    /// </summary>
    [Fact]
    public void HostileBatch_LongNumberToken_InvalidUtf8_400Digits_Exit3_GoodRecordsScored_BadOnesReported()
    {
        var number = new StringBuilder();
        for (int i = 1; number.Length < 600_000; i++)
        {
            number.Append(i % 1000).Append(',');
        }

        string token = number.ToString(0, 600_000);
        string input = Path.Combine(_dir, "hostile.jsonl");
        using (var file = new FileStream(input, FileMode.Create))
        {
            void Line(object record) => file.Write(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record) + "\n"));
            Line(new { id = "good-1", text = "The mayor said the budget grew by 4 percent this year." });
            Line(new { id = "long-number", text = "The ledger listed " + token + " entries." });
            Line(new { id = "good-2", text = "Officials said the bridge would reopen in May." });
            file.Write([.. Encoding.UTF8.GetBytes("{\"id\":\"bad-utf8\",\"text\":\"caf"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes(" noir\"}\n")]);
            Line(new { id = "digits-400", text = "The count reached " + new string('7', 400) + " units, the registrar said." });
            Line(new { id = "good-3", text = "Critics say the plan may fail, though no study was cited." });
        }

        string output = Path.Combine(_dir, "hostile-out.jsonl");
        CliResult r = CliProcess.Run("batch", "--input", input, "--output", output, "--parallel", "2");

        Assert.True(r.ExitCode == 3, $"exit {r.ExitCode}: {r.Error}");
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(6, lines.Length);
        string[] ids = ["good-1", "long-number", "good-2", "bad-utf8", "digits-400", "good-3"];
        for (int i = 0; i < lines.Length; i++)
        {
            using JsonDocument doc = JsonDocument.Parse(lines[i]);
            JsonElement root = doc.RootElement;
            Assert.Equal(ids[i], root.GetProperty("id").GetString());
            bool failed = root.TryGetProperty("error", out JsonElement error);
            if (ids[i].StartsWith("good", StringComparison.Ordinal))
            {
                Assert.False(failed, lines[i]);
                Assert.Equal(5, root.GetProperty("laws").GetArrayLength());
            }
            else if (ids[i] == "bad-utf8")
            {
                Assert.Equal("invalid_utf8", error.GetProperty("code").GetString());
                Assert.Equal(4, root.GetProperty("line").GetInt32());
            }
            else
            {
                Assert.False(failed, lines[i][..Math.Min(300, lines[i].Length)]);
                Assert.Contains(root.GetProperty("numbers").EnumerateArray(), n => n.TryGetProperty("notNormalised", out JsonElement nn) && nn.GetBoolean());
                Assert.All(root.GetProperty("laws").EnumerateArray(), l => Assert.True(l.GetProperty("score").GetDouble() is >= 0 and <= 100));
            }
        }
    }
}
