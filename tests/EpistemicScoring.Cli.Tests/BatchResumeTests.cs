using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace EpistemicScoring.Cli.Tests;

/// <summary>--resume after a crash or kill, and outputs that would overwrite the input.</summary>
public sealed class BatchResumeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("epistemic-resume-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private static string Corpus(int records)
    {
        string[] texts =
        [
            "The harbour master said 14 ships were waiting outside the port on Monday.",
            "Residents may face higher fees, according to a draft seen by reporters.",
            "The council voted 7 to 2 for the plan; its chair, Omar Haddad, called it overdue.",
        ];
        var sb = new StringBuilder();
        for (int i = 0; i < records; i++)
        {
            string text = string.Concat(Enumerable.Repeat(texts[i % texts.Length] + " ", 1 + (i % 5)));
            sb.Append(i == 5 ? "{\"id\": \"r5\", \"text\": broken" : JsonSerializer.Serialize(new { id = $"r{i}", text })).Append('\n');
        }

        return sb.ToString();
    }

    private static List<string?> Ids(string path) =>
        File.ReadAllLines(path).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()).ToList();

    [Fact]
    public void Resume_AfterTornWrite_CutsTheTornLine_AndEachRecordAppearsOnce()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(30));
        string reference = PathOf("reference.jsonl");
        Assert.Equal(3, CliRunner.Run("batch", "-i", input, "-o", reference).ExitCode);
        string[] expected = File.ReadAllLines(reference);

        // What a kill leaves: 11 whole lines, then half of the 12th, in OUT.partial; OUT itself not yet there.
        string output = PathOf("out.jsonl");
        File.WriteAllText(output + ".partial", string.Join("\n", expected.Take(11)) + "\n" + expected[11][..(expected[11].Length / 2)]);
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--resume", "--parallel", "2");

        Assert.Equal(3, r.ExitCode);
        Assert.Contains("11 already in the output", r.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output + ".partial"));
        Assert.Equal(expected, File.ReadAllLines(output));
    }

    [Fact]
    public void Resume_OfAFinishedRun_ScoresNothingAgain()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(8));
        string output = PathOf("out.jsonl");
        Assert.Equal(3, CliRunner.Run("batch", "-i", input, "-o", output).ExitCode);
        string before = File.ReadAllText(output);
        CliResult again = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");
        Assert.Equal(3, again.ExitCode);
        Assert.StartsWith("0 records", again.Error, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(output));
    }

    [Fact]
    public void Resume_WithAnotherInput_IsRefused_Exit2()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(8));
        string output = PathOf("out.jsonl");
        File.WriteAllText(output + ".partial", JsonSerializer.Serialize(new { id = "elsewhere", schemaVersion = 1 }) + "\n");
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("elsewhere", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Resume_CsvOutput_AfterTornRow_EachRecordOnce()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(12));
        string reference = PathOf("reference.csv");
        Assert.Equal(3, CliRunner.Run("batch", "-i", input, "-o", reference).ExitCode);
        string[] expected = File.ReadAllLines(reference);
        string output = PathOf("out.csv");
        File.WriteAllText(output + ".partial", string.Join("\n", expected.Take(8)) + "\n" + expected[8][..20]);
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");
        Assert.Equal(3, r.ExitCode);
        Assert.Equal(expected, File.ReadAllLines(output));
    }

    /// <summary>
    /// Starts a batch of <paramref name="input"/> into <paramref name="output"/> on two threads and kills it (SIGKILL on
    /// Unix: no handler runs, nothing is flushed) once its partial file holds <paramref name="partialBytes"/>; returns
    /// the whole lines the kill left there, which must be some but not all of the records.
    /// </summary>
    private static long KillMidRun(string input, string output, int records, long partialBytes)
    {
        string partial = output + ".partial";
        using (Process run = CliProcess.Start("batch", "-i", input, "-o", output, "--parallel", "2"))
        {
            run.StandardInput.Close();
            var clock = Stopwatch.StartNew();
            while (!run.HasExited && clock.Elapsed < TimeSpan.FromMinutes(2)
                && (!File.Exists(partial) || new FileInfo(partial).Length < partialBytes))
            {
                Thread.Sleep(10);
            }

            Assert.False(run.HasExited, "the run finished before it could be killed; give it more records");
            run.Kill();
            run.WaitForExit();
        }

        Assert.False(File.Exists(output));
        long written = File.ReadAllText(partial).Count(c => c == '\n');
        Assert.InRange(written, 1, records - 1);
        return written;
    }

    [Fact]
    public void Resume_AfterKill9_MidRun_EachIdExactlyOnce_InInputOrder()
    {
        const int Records = 1500;
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(Records));
        string output = PathOf("out.jsonl");
        KillMidRun(input, output, Records, partialBytes: 200_000);

        CliResult resumed = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");

        Assert.Equal(3, resumed.ExitCode);
        List<string?> ids = Ids(output);
        Assert.Equal(Records, ids.Count);
        Assert.Equal(Enumerable.Range(0, Records).Select(i => i == 5 ? null : $"r{i}"), ids);
    }

    /// <summary>Every row of a Parquet output, each as the journal line of its columns (so two files compare row by row).</summary>
    private static string[] ParquetRows(string path)
    {
        using FileStream parquet = File.OpenRead(path);
        using var journal = new MemoryStream();
        Batch.ParquetSink.ToJournalAsync(parquet, path, journal).GetAwaiter().GetResult();
        return Encoding.UTF8.GetString(journal.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The id column of a Parquet output, read with the Parquet library alone.</summary>
    private static async Task<List<string?>> ParquetIds(string path)
    {
        await using FileStream stream = File.OpenRead(path);
        await using Parquet.ParquetReader reader = await Parquet.ParquetReader.CreateAsync(stream);
        Parquet.Schema.DataField id = Array.Find(reader.Schema.GetDataFields(), f => f.Name == "id")!;
        var ids = new List<string?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using Parquet.ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            var values = new string?[group.RowCount];
            await group.ReadAsync(id, values.AsMemory());
            ids.AddRange(values);
        }

        return ids;
    }

    [Fact]
    public async Task Resume_ParquetOutput_AfterKill9_MidRun_EveryRowOnce_AsAnUninterruptedRunWritesIt()
    {
        const int Records = 1500;
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(Records));
        string reference = PathOf("reference.parquet");
        Assert.Equal(3, CliRunner.Run("batch", "-i", input, "-o", reference).ExitCode);
        string output = PathOf("out.parquet");
        string partial = output + ".partial";
        long kept = KillMidRun(input, output, Records, partialBytes: 40_000);

        CliResult resumed = CliRunner.Run("batch", "-i", input, "-o", output, "--resume", "--parallel", "2");

        Assert.Equal(3, resumed.ExitCode);
        Assert.Contains($"{kept} already in the output", resumed.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(partial));
        Assert.Equal(Enumerable.Range(0, Records).Select(i => i == 5 ? null : $"r{i}"), await ParquetIds(output));
        Assert.Equal(ParquetRows(reference), ParquetRows(output));
    }

    [Fact]
    public void Resume_ParquetOutput_AfterTornJournalLine_OrOfAFinishedRun_KeepsEveryRowOnce()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(12));
        string reference = PathOf("reference.parquet");
        Assert.Equal(3, CliRunner.Run("batch", "-i", input, "-o", reference).ExitCode);
        string[] expected = ParquetRows(reference);
        Assert.Equal(12, expected.Length);
        Assert.Contains("\"error\":\"invalid_json\"", expected[5], StringComparison.Ordinal);

        // What a kill leaves: seven whole rows of the journal and half of the eighth.
        string output = PathOf("out.parquet");
        File.WriteAllText(output + ".partial", string.Join("\n", expected.Take(7)) + "\n" + expected[7][..(expected[7].Length / 2)]);
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("7 already in the output", r.Error, StringComparison.Ordinal);
        Assert.Equal(expected, ParquetRows(output));

        // Resuming the finished file scores nothing and writes the same rows again.
        CliResult again = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");
        Assert.Equal(3, again.ExitCode);
        Assert.StartsWith("0 records", again.Error, StringComparison.Ordinal);
        Assert.Contains("12 already in the output", again.Error, StringComparison.Ordinal);
        Assert.Equal(expected, ParquetRows(output));
        Assert.False(File.Exists(output + ".partial"));
    }

    [Fact]
    public void Resume_ParquetOutput_OverAFileThisToolDidNotWrite_IsRefused_Exit2()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(4));
        string output = PathOf("out.parquet");
        File.WriteAllText(output, "not parquet at all");
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--resume");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("Parquet", r.Error, StringComparison.Ordinal);
        Assert.Equal("not parquet at all", File.ReadAllText(output));

        // Nothing was left for a second --resume to take as this output's journal: it is refused the same way.
        Assert.Equal(["out.parquet"], Directory.GetFiles(_dir, "out.parquet*").Select(Path.GetFileName));
        Assert.Equal(2, CliRunner.Run("batch", "-i", input, "-o", output, "--resume").ExitCode);
        Assert.Equal("not parquet at all", File.ReadAllText(output));
    }

    [Fact]
    public void Output_ThatIsTheInput_ByLinkOrSpelling_IsRefused_Exit2_InputUnchanged()
    {
        string input = PathOf("in.jsonl");
        File.WriteAllText(input, Corpus(4));
        byte[] before = File.ReadAllBytes(input);
        string symlink = PathOf("link.jsonl");
        File.CreateSymbolicLink(symlink, input);
        var outputs = new List<string> { symlink, input };
        string hardLink = PathOf("hard.jsonl");
        if (CliProcess.Shell($"ln '{input}' '{hardLink}'", _dir).ExitCode == 0)
        {
            outputs.Add(hardLink);
        }

        if (Directory.Exists("/proc/self/cwd"))
        {
            outputs.Add("/proc/self/root" + input);
        }

        foreach (string output in outputs)
        {
            CliResult r = CliRunner.Run("batch", "-i", input, "-o", output);
            Assert.True(r.ExitCode == 2, $"{output}: exit {r.ExitCode}, {r.Error}");
            Assert.Contains("input", r.Error, StringComparison.Ordinal);
            Assert.Equal(before, File.ReadAllBytes(input));
        }

        if (OperatingSystem.IsLinux())
        {
            Assert.Equal(4, outputs.Count); // the hard link and the /proc spelling were both tried

            // The spelling through the process's own working directory, in a process whose working directory is the input's.
            CliResult cwd = CliProcess.RunIn(_dir, "batch", "-i", "in.jsonl", "-o", "/proc/self/cwd/in.jsonl");
            Assert.True(cwd.ExitCode == 2, $"/proc/self/cwd: exit {cwd.ExitCode}, {cwd.Error}");
            Assert.Equal(before, File.ReadAllBytes(input));
        }
    }
}
