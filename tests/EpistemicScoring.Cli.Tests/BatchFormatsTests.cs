using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Parquet;
using Parquet.Schema;

namespace EpistemicScoring.Cli.Tests;

/// <summary>Inputs and outputs other than JSONL: CSV, Parquet, a folder of documents.</summary>
public sealed class BatchFormatsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("epistemic-batch-").FullName;

    private static readonly string[] Texts =
    [
        "The county treasurer, Lena Fort, said the levy raised $4.2 million last year.",
        "Some critics say the new bus lanes may slow deliveries, though no study was cited.",
        "According to the state audit, 12 of 40 bridges need repairs; officials expect work to start in spring.",
        "The festival drew a record crowd.",
    ];

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string PathOf(string name) => Path.Combine(_dir, name);

    private void WriteCsvInput(string path, int rows)
    {
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        using var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
        csv.WriteField("doc");
        csv.WriteField("extra");
        csv.WriteField("body");
        csv.NextRecord();
        for (int i = 0; i < rows; i++)
        {
            csv.WriteField($"c{i}");
            csv.WriteField("x, \"quoted\"");
            csv.WriteField(Texts[i % Texts.Length] + (i % 2 == 0 ? "\nA second line, with a comma." : string.Empty));
            csv.NextRecord();
        }
    }

    [Fact]
    public void Batch_CsvIn_CsvOut_ReadsBackOneRowPerDocument_InInputOrder()
    {
        string input = PathOf("in.csv");
        string output = PathOf("out.csv");
        WriteCsvInput(input, 9);
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--id-field", "doc", "--text-field", "body", "--parallel", "3");
        Assert.Equal(0, r.ExitCode);
        Assert.False(File.Exists(output + ".partial"));

        using var reader = new StreamReader(output);
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(
            ["id", "line", "file", "overall_score", "overall_verdict", "truthfulness_score", "truthfulness_verdict"],
            csv.HeaderRecord!.Take(7));
        int row = 0;
        while (csv.Read())
        {
            Assert.Equal($"c{row}", csv.GetField("id"));
            double overall = double.Parse(csv.GetField("overall_score")!, CultureInfo.InvariantCulture);
            Assert.InRange(overall, 0, 100);
            Assert.Contains(csv.GetField("source_referencing_verdict"), new[] { "high", "moderate", "low", "insufficient" });
            Assert.Matches("^[0-9]+$", csv.GetField("named_sources"));
            Assert.Matches("^[0-9]+$", csv.GetField("uncertain_sentences"));
            Assert.False(string.IsNullOrEmpty(csv.GetField("rule_set_digest")));
            Assert.True(string.IsNullOrEmpty(csv.GetField("error_code")));
            row++;
        }

        Assert.Equal(9, row);
    }

    [Fact]
    public void Batch_CsvIn_InvalidUtf8Row_AndShortRow_AreErrorLines_WithRowNumbers()
    {
        string input = PathOf("bad.csv");
        File.WriteAllBytes(input, [
            .. Encoding.UTF8.GetBytes("id,text\nk1,\"" + Texts[0] + "\"\nk2,caf"), 0xC3, 0x28,
            .. Encoding.UTF8.GetBytes("\nk3\nk4,\"" + Texts[1] + "\"\n")]);
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", "-");
        Assert.Equal(3, r.ExitCode);
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(4, lines.Length);
        using JsonDocument utf8 = JsonDocument.Parse(lines[1]);
        Assert.Equal("k2", utf8.RootElement.GetProperty("id").GetString());
        Assert.Equal(3, utf8.RootElement.GetProperty("line").GetInt32());
        Assert.Equal("invalid_utf8", utf8.RootElement.GetProperty("error").GetProperty("code").GetString());
        using JsonDocument shortRow = JsonDocument.Parse(lines[2]);
        Assert.Equal(4, shortRow.RootElement.GetProperty("line").GetInt32());
        Assert.Equal("missing_text", shortRow.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.StartsWith("{\"id\":\"k4\",\"schemaVersion\"", lines[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_CsvIn_WithoutTheTextColumn_Exit2_NamesIt()
    {
        string input = PathOf("cols.csv");
        File.WriteAllText(input, "id,body\na,Some text.\n");
        CliResult r = CliRunner.Run("batch", "-i", input, "-o", "-");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'text'", r.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_CsvRow_CountsMatchTheFullReport()
    {
        string text = Texts[2];
        string jsonl = PathOf("one.jsonl");
        File.WriteAllText(jsonl, JsonSerializer.Serialize(new { id = "a", text }) + "\n");
        CliResult full = CliRunner.Run("batch", "-i", jsonl, "-o", PathOf("one-out.jsonl"));
        CliResult rows = CliRunner.Run("batch", "-i", jsonl, "-o", PathOf("one-out.csv"));
        Assert.Equal(0, full.ExitCode);
        Assert.Equal(0, rows.ExitCode);
        using JsonDocument report = JsonDocument.Parse(File.ReadAllText(PathOf("one-out.jsonl")));
        JsonElement root = report.RootElement;
        using var reader = new StreamReader(PathOf("one-out.csv"));
        using var csv = new CsvReader(reader, CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.True(csv.Read());
        int named = root.GetProperty("sources").EnumerateArray().Count(s => s.GetProperty("named").GetBoolean());
        Assert.Equal(named.ToString(CultureInfo.InvariantCulture), csv.GetField("named_sources"));
        Assert.Equal((root.GetProperty("sources").GetArrayLength() - named).ToString(CultureInfo.InvariantCulture), csv.GetField("unnamed_sources"));
        Assert.Equal(root.GetProperty("numbers").GetArrayLength().ToString(CultureInfo.InvariantCulture), csv.GetField("figures"));
        Assert.Equal(root.GetProperty("overall").GetProperty("score").GetDouble(), double.Parse(csv.GetField("overall_score")!, CultureInfo.InvariantCulture));
        Assert.Equal(root.GetProperty("receipt").GetProperty("digest").GetString(), csv.GetField("rule_set_digest"));
        int uncertain = root.GetProperty("sentences").EnumerateArray().Count(s => s.GetProperty("uncertain").GetBoolean());
        Assert.Equal(uncertain.ToString(CultureInfo.InvariantCulture), csv.GetField("uncertain_sentences"));
    }

    [Fact]
    public async Task Batch_ParquetIn_ParquetOut_ReadsBack_WithErrorRowInPlace()
    {
        string input = PathOf("in.parquet");
        string output = PathOf("out.parquet");
        var id = new DataField<string>("id");
        var text = new DataField<string>("text", true);
        string?[] ids = ["p0", "p1", "p2", "p3", "p4"];
        string?[] texts = [Texts[0], Texts[1], null, Texts[2], Texts[3]];
        await using (FileStream file = File.Create(input))
        {
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, text), file);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync(id, ids!);
            await group.WriteAsync(text, texts!);
        }

        CliResult r = CliRunner.Run("batch", "-i", input, "-o", output, "--parallel", "2");
        Assert.True(r.ExitCode == 3, r.Error);

        await using FileStream stream = File.OpenRead(output);
        await using ParquetReader reader = await ParquetReader.CreateAsync(stream);
        DataField[] fields = reader.Schema.GetDataFields();
        Assert.Contains(fields, f => f.Name == "overall_score" && f.ClrType == typeof(double));
        Assert.Contains(fields, f => f.Name == "hedges" && f.ClrType == typeof(int));
        var readIds = new List<string?>();
        var scores = new List<double?>();
        var codes = new List<string?>();
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
            int rows = (int)group.RowCount;
            var gIds = new string?[rows];
            var gScores = new double?[rows];
            var gCodes = new string?[rows];
            await group.ReadAsync(Array.Find(fields, f => f.Name == "id")!, gIds.AsMemory()!);
            await group.ReadAsync(Array.Find(fields, f => f.Name == "overall_score")!, gScores.AsMemory());
            await group.ReadAsync(Array.Find(fields, f => f.Name == "error_code")!, gCodes.AsMemory()!);
            readIds.AddRange(gIds);
            scores.AddRange(gScores);
            codes.AddRange(gCodes);
        }

        Assert.Equal(ids, readIds);
        Assert.Null(scores[2]);
        Assert.Equal("missing_text", codes[2]);
        Assert.All(new[] { 0, 1, 3, 4 }, i => Assert.InRange(scores[i]!.Value, 0, 100));
    }

    [Fact]
    public async Task Batch_ParquetIn_IntegerIds_AreWrittenAsText()
    {
        string input = PathOf("ints.parquet");
        var id = new DataField<long>("id");
        var text = new DataField<string>("text");
        await using (FileStream file = File.Create(input))
        {
            await using ParquetWriter writer = await ParquetWriter.CreateAsync(new ParquetSchema(id, text), file);
            using ParquetRowGroupWriter group = writer.CreateRowGroup();
            await group.WriteAsync<long>(id, new long[] { 7, 42 }.AsMemory());
            await group.WriteAsync(text, new[] { Texts[0], Texts[1] });
        }

        CliResult r = CliRunner.Run("batch", "-i", input, "-o", "-");
        Assert.True(r.ExitCode == 0, r.Error);
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.StartsWith("{\"id\":\"7\",", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("{\"id\":\"42\",", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_Folder_OfMixedTxtMdHtml_ScoresEachFile_ById_InPathOrder()
    {
        string folder = PathOf("docs");
        Directory.CreateDirectory(Path.Combine(folder, "sub"));
        File.WriteAllText(Path.Combine(folder, "a.txt"), Texts[0]);
        File.WriteAllText(Path.Combine(folder, "b.md"), "# Bus lanes\n\n" + Texts[1] + "\n\n- " + Texts[2] + "\n");
        File.WriteAllText(Path.Combine(folder, "sub", "c.html"), $"""
            <!DOCTYPE html><html><head><title>Bridge audit</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Bridge audit</h1><p>{Texts[2]}</p><p>{Texts[0]}</p><p>{Texts[1]}</p></article>
            <footer>Copyright notice for the site.</footer></body></html>
            """);
        File.WriteAllText(Path.Combine(folder, "sub", "d.html"), "<html><head><title>x</title></head><body></body></html>");
        File.WriteAllBytes(Path.Combine(folder, "e.txt"), [.. Encoding.UTF8.GetBytes("caf"), 0xC3, 0x28]);
        File.WriteAllText(Path.Combine(folder, "ignored.json"), "{}");
        string output = PathOf("folder.jsonl");

        CliResult r = CliRunner.Run("batch", "-i", folder, "-o", output);

        Assert.Equal(3, r.ExitCode);
        string[] lines = File.ReadAllLines(output);
        Assert.Equal(5, lines.Length);
        string[] order = ["a.txt", "b.md", "e.txt", "sub/c.html", "sub/d.html"];
        for (int i = 0; i < lines.Length; i++)
        {
            using JsonDocument doc = JsonDocument.Parse(lines[i]);
            JsonElement root = doc.RootElement;
            Assert.Equal(order[i], root.GetProperty("id").GetString());
            if (order[i] is "e.txt" or "sub/d.html")
            {
                Assert.Equal(order[i], root.GetProperty("file").GetString());
                Assert.Equal(order[i] == "e.txt" ? "invalid_utf8" : "html_no_body", root.GetProperty("error").GetProperty("code").GetString());
            }
            else
            {
                Assert.Equal(5, root.GetProperty("laws").GetArrayLength());
            }
        }

        // The page's main text is scored (its title and paragraphs), not its menu or footer.
        using JsonDocument html = JsonDocument.Parse(lines[3]);
        // (The source span keeps the role set off before the name: "The county treasurer, Lena Fort".)
        Assert.Contains(html.RootElement.GetProperty("sources").EnumerateArray(), s => s.GetProperty("text").GetString()!.EndsWith("Lena Fort", StringComparison.Ordinal));
        Assert.Equal(4, html.RootElement.GetProperty("sentences").GetArrayLength());
    }

    [Fact]
    public void Batch_Shards_PartitionTheInput_AndTogetherCoverItOnce()
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 20; i++)
        {
            sb.Append(JsonSerializer.Serialize(new { id = $"s{i}", text = Texts[i % Texts.Length] })).Append('\n');
            if (i == 6)
            {
                sb.Append('\n');
            }
        }

        var seen = new List<string>();
        for (int shard = 0; shard < 3; shard++)
        {
            CliResult r = CliRunner.RunWithInput(sb.ToString(), "batch", "-i", "-", "-o", "-", "--shard", $"{shard}/3");
            Assert.Equal(0, r.ExitCode);
            string[] ids = r.Out.TrimEnd('\n').Split('\n').Select(l => JsonDocument.Parse(l).RootElement.GetProperty("id").GetString()!).ToArray();
            Assert.Equal(Enumerable.Range(0, 20).Where(k => k % 3 == shard).Select(k => $"s{k}"), ids);
            seen.AddRange(ids);
        }

        Assert.Equal(20, seen.Distinct().Count());
        Assert.Equal(2, CliRunner.Run("batch", "-i", "-", "-o", "-", "--shard", "3/3").ExitCode);
    }

    [Fact]
    public void Batch_OverLongLine_IsErrorRecord_NeighboursScored()
    {
        // --max-length 100 allows lines of 100 * 6 bytes + 1 MiB; this line is 2 MiB.
        string input = PathOf("long.jsonl");
        using (var writer = new StreamWriter(input, false, new UTF8Encoding(false)))
        {
            writer.Write(JsonSerializer.Serialize(new { id = "before", text = "The clerk said the count was done." }) + "\n");
            writer.Write("{\"id\":\"huge\",\"text\":\"" + new string('a', 2 << 20) + "\"}\n");
            writer.Write(JsonSerializer.Serialize(new { id = "after", text = "The clerk said the count was done." }) + "\n");
        }

        CliResult r = CliRunner.Run("batch", "-i", input, "-o", "-", "--max-length", "100");
        Assert.Equal(3, r.ExitCode);
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        using JsonDocument error = JsonDocument.Parse(lines[1]);
        Assert.Equal("line_too_long", error.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.Equal(2, error.RootElement.GetProperty("line").GetInt32());
        Assert.Contains("\"id\":\"before\"", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"id\":\"after\"", lines[2], StringComparison.Ordinal);
    }
}
