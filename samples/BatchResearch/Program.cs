// Scoring a corpus from C#: JSONL records ({"id": ..., "text": ...}) streamed in, scored on several threads with
// one shared scorer, and written in input order as JSONL reports and a CSV table with one row per record.
// Memory stays bounded by the chunk size, whatever the corpus size. The `epistemic batch` command does the same
// with more input and output formats, resuming and sharding; this is the library-only version to adapt.
//
//   dotnet run --project samples/BatchResearch -- [IN.jsonl] [OUT-DIR] [--parallel N]
//
// With no input it scores corpus.jsonl beside the program. It writes OUT-DIR/reports.jsonl and
// OUT-DIR/summary.csv (OUT-DIR defaults to batch-out).
using System.Globalization;
using System.Text;
using System.Text.Json;
using EpistemicScoring;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;

var positional = new List<string>();
int parallel = Environment.ProcessorCount;
for (int i = 0; i < args.Length; i++)
{
    if (args[i] == "--parallel" && i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out int n) && n > 0)
    {
        parallel = n;
        i++;
    }
    else
    {
        positional.Add(args[i]);
    }
}

string input = positional.Count > 0 ? positional[0] : Path.Combine(AppContext.BaseDirectory, "corpus.jsonl");
string outDir = positional.Count > 1 ? positional[1] : "batch-out";
Directory.CreateDirectory(outDir);

EpistemicScorer scorer = EpistemicScorer.CreateDefault();   // one scorer for every thread: it is thread-safe
var parallelOptions = new ParallelOptions { MaxDegreeOfParallelism = parallel };
const int ChunkSize = 256;   // records read, scored and written together; bounds memory

using var reports = new StreamWriter(Path.Combine(outDir, "reports.jsonl"), append: false, new UTF8Encoding(false));
using var summary = new StreamWriter(Path.Combine(outDir, "summary.csv"), append: false, new UTF8Encoding(false));
summary.WriteLine(Csv.Header);

int records = 0, failed = 0;
var verdicts = new Dictionary<Verdict, int>();
var chunk = new List<(int Line, string Json)>(ChunkSize);
int lineNumber = 0;
foreach (string line in File.ReadLines(input))
{
    lineNumber++;
    if (line.Length > 0)
    {
        chunk.Add((lineNumber, line));
    }

    if (chunk.Count == ChunkSize)
    {
        Flush();
    }
}

Flush();
Console.WriteLine($"{records} records scored, {failed} failed, {parallel} threads; overall verdicts: "
    + string.Join(", ", verdicts.OrderByDescending(static v => v.Key).Select(static v => $"{v.Key} {v.Value}")));
Console.WriteLine($"wrote {Path.Combine(outDir, "reports.jsonl")} and {Path.Combine(outDir, "summary.csv")}");
return failed == 0 ? 0 : 3;

void Flush()
{
    var results = new Outcome[chunk.Count];
    Parallel.For(0, chunk.Count, parallelOptions, i => results[i] = Outcome.Score(scorer, chunk[i].Line, chunk[i].Json));
    foreach (Outcome result in results)   // in input order, whatever order the threads finished in
    {
        records++;
        if (result.Report is { } report)
        {
            reports.WriteLine(ReportJson.Serialize(report));
            summary.WriteLine(Csv.Row(result.Line, report));
            verdicts[report.Overall.Verdict] = verdicts.GetValueOrDefault(report.Overall.Verdict) + 1;
        }
        else
        {
            failed++;
            reports.WriteLine(JsonSerializer.Serialize(new { id = result.Id, line = result.Line, error = result.Error }));
            summary.WriteLine(Csv.ErrorRow(result.Id, result.Line, result.Error!));
        }
    }

    chunk.Clear();
}

/// <summary>One record's result: its report, or why it could not be scored (the batch goes on).</summary>
internal sealed record Outcome(int Line, string? Id, EpistemicReport? Report, string? Error)
{
    public static Outcome Score(EpistemicScorer scorer, int line, string json)
    {
        string? id = null;
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new Outcome(line, null, null, "the line is not a JSON object");
            }

            if (doc.RootElement.TryGetProperty("id", out JsonElement idElement))
            {
                id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString() : idElement.GetRawText();
            }

            if (!doc.RootElement.TryGetProperty("text", out JsonElement text) || text.ValueKind != JsonValueKind.String)
            {
                return new Outcome(line, id, null, "no string field 'text'");
            }

            return new Outcome(line, id, scorer.Score(new ScoringRequest(text.GetString()!) { Id = id }), null);
        }
        catch (JsonException ex)
        {
            return new Outcome(line, id, null, "not JSON: " + ex.Message);
        }
        catch (TextTooLongException ex)
        {
            return new Outcome(line, id, null, ex.Message);
        }
    }
}

/// <summary>The CSV table: RFC 4180 quoting, invariant numbers, one column pair per law.</summary>
internal static class Csv
{
    public static string Header { get; } = "id,line,overall_score,overall_verdict,"
        + string.Join(",", Laws.All.Select(static l => $"{Snake(l.JsonName())}_score,{Snake(l.JsonName())}_verdict"))
        + ",named_sources,unnamed_sources,figures,error";

    public static string Row(int line, EpistemicReport report)
    {
        var row = new StringBuilder();
        row.Append(Quote(report.Id)).Append(',').Append(line.ToString(CultureInfo.InvariantCulture)).Append(',');
        row.Append(Number(report.Overall.Score)).Append(',').Append(Word(report.Overall.Verdict));
        foreach (LawAssessment law in report.Laws)
        {
            row.Append(',').Append(Number(law.Score)).Append(',').Append(Word(law.Verdict));
        }

        int named = report.Sources.Count(static s => s.Named);
        row.Append(',').Append(named.ToString(CultureInfo.InvariantCulture))
            .Append(',').Append((report.Sources.Count - named).ToString(CultureInfo.InvariantCulture))
            .Append(',').Append(report.Numbers.Count.ToString(CultureInfo.InvariantCulture))
            .Append(',');
        return row.ToString();
    }

    public static string ErrorRow(string? id, int line, string error) =>
        Quote(id) + "," + line.ToString(CultureInfo.InvariantCulture) + new string(',', 2 + (2 * Laws.All.Count) + 3) + "," + Quote(error);

    private static string Number(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Word(Verdict verdict) => verdict.ToString().ToLowerInvariant();

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value
        : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Snake(string camel) =>
        string.Concat(camel.Select(static c => char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : c.ToString()));
}
