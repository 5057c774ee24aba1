using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using EpistemicScoring.Cli.Batch;

namespace EpistemicScoring.Cli.Commands;

/// <summary>
/// <c>epistemic batch --input IN --output OUT</c>: JSONL, CSV, Parquet, a folder of documents or standard input in;
/// JSONL reports, or CSV or Parquet rows, out, one per record in input order.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(ConsoleIO io)
    {
        var input = new Option<string>("--input", "-i") { Description = "The records: JSONL, CSV or Parquet (by extension or --input-format), a folder of .txt/.md/.html files, or '-' for JSONL on standard input.", Required = true, HelpName = "IN" };
        var output = new Option<string>("--output", "-o") { Description = "The results, one per record in input order: .jsonl full reports, .csv or .parquet one row per document, or '-' for JSONL on standard output.", Required = true, HelpName = "OUT" };
        var idField = new Option<string>("--id-field") { Description = "Name of the id field (JSONL) or column (CSV, Parquet).", DefaultValueFactory = static _ => "id" };
        var textField = new Option<string>("--text-field") { Description = "Name of the text field (JSONL) or column (CSV, Parquet).", DefaultValueFactory = static _ => "text" };
        var parallel = new Option<int>("--parallel", "-j", "--workers") { Description = "Scoring threads (default: one per core). --workers is the older name.", DefaultValueFactory = static _ => Environment.ProcessorCount, HelpName = "N" };
        var model = new Option<string?>("--model") { Description = "A classifier model file (from 'epistemic train'): each report line also carries its probability in a 'classifier' property.", HelpName = "MODEL.zip" };
        var resume = new Option<bool>("--resume") { Description = "Go on from an unfinished run (after a crash or kill): records already in the output are kept and not scored again; each record appears exactly once." };
        var shard = new Option<string?>("--shard") { Description = "Score only shard i of n (0-based): the records whose index k, counted from 0 over the input, has k mod n = i.", HelpName = "i/n" };
        var inputFormat = new Option<string?>("--input-format") { Description = "jsonl, csv or parquet, when the input's extension does not say.", HelpName = "FORMAT" };
        var outputFormat = new Option<string?>("--output-format") { Description = "jsonl, csv or parquet, when the output's extension does not say (also for '-').", HelpName = "FORMAT" };
        var recordTimeout = new Option<double>("--record-timeout") { Description = "Seconds one record may take before it becomes a 'timeout' error line (0: no limit).", DefaultValueFactory = static _ => 60, HelpName = "SECONDS" };
        var common = new CommonOptions();
        var command = new Command("batch", "Scores many documents, keeping input order.") { input, output, idField, textField, parallel, model, resume, shard, inputFormat, outputFormat, recordTimeout };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            string? modelPath = parse.GetValue(model);
            EpistemicScoring.ML.DocumentClassifier? classifier = modelPath is null ? null : ModelFiles.Load(modelPath, scorer);
            string inPath = parse.GetValue(input)!;
            string outPath = parse.GetValue(output)!;
            int threads = parse.GetValue(parallel);
            if (threads <= 0)
            {
                throw new CliException("--parallel must be a positive number.");
            }

            double timeoutSeconds = parse.GetValue(recordTimeout);
            if (!(timeoutSeconds >= 0) || timeoutSeconds > int.MaxValue / 1000.0)
            {
                throw new CliException("--record-timeout must be a number of seconds, 0 or more (0: no limit).");
            }

            (int shardIndex, int shardCount) = ParseShard(parse.GetValue(shard));
            bool resuming = parse.GetValue(resume);
            int maxLength = scorer.Options.MaxTextLength;
            string idName = parse.GetValue(idField)!;
            string textName = parse.GetValue(textField)!;

            using IBatchSource source = OpenInput(inPath, parse.GetValue(inputFormat), io, idName, textName, maxLength);
            var inputs = new List<string>();
            if (inPath != "-")
            {
                inputs.Add(inPath);
            }
            else if (io.RawIn is not null && OperatingSystem.IsLinux())
            {
                inputs.Add("/proc/self/fd/0");
            }

            OutputFormat format = BatchOutput.FormatOf(outPath, parse.GetValue(outputFormat));
            BatchOutput sink = BatchOutput.Open(outPath, format, resuming, inputs, io.Out, io.RawOut, io.Error);
            var settings = new BatchSettings
            {
                IdField = idName,
                TextField = textName,
                Workers = threads,
                MaxChunksInFlight = threads * 3,
                Classifier = classifier,
                ShardIndex = shardIndex,
                ShardCount = shardCount,
                Skip = sink.Resumed.Records,
                SkipLastId = sink.Resumed.LastId,
                RecordTimeout = timeoutSeconds > 0 ? TimeSpan.FromSeconds(timeoutSeconds) : null,
            };

            var counters = new BatchCounters();
            var clock = Stopwatch.StartNew();
            BatchResult result;
            try
            {
                result = BatchProgress.RunAsync(io.Interactive, source, counters, () => new BatchPipeline(scorer, settings).RunAsync(source, sink.Sink, counters)).GetAwaiter().GetResult();
                sink.CommitAsync().GetAwaiter().GetResult();
            }
            catch (System.Text.DecoderFallbackException)
            {
                throw new CliException($"{inPath}: the file is UTF-16 or UTF-32, not UTF-8; convert it to UTF-8 and try again.");
            }
            finally
            {
                sink.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }

            double seconds = clock.Elapsed.TotalSeconds;
            string resumedNote = sink.Resumed.Records > 0 ? string.Create(CultureInfo.InvariantCulture, $" ({sink.Resumed.Records} already in the output were kept)") : string.Empty;
            io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{result.Records} records, {result.Records - result.Failed} scored, {result.Failed} failed in {seconds:F1} s ({result.Records / Math.Max(seconds, 0.001):F1} records/s){resumedNote}."));
            return result.Failed + sink.Resumed.Failed > 0 ? ExitCodes.PartialFailure : ExitCodes.Success;
        });
        return command;
    }

    private static (int Index, int Count) ParseShard(string? value)
    {
        if (value is null)
        {
            return (0, 1);
        }

        string[] parts = value.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count > 0 && index < count)
        {
            return (index, count);
        }

        throw new CliException($"--shard must be i/n with 0 <= i < n, such as 0/4 (got '{value}').");
    }

    private static IBatchSource OpenInput(string path, string? requested, ConsoleIO io, string idField, string textField, int maxLength)
    {
        int maxLineBytes = (int)Math.Min(((long)maxLength * 6) + (1 << 20), Array.MaxLength);
        string? format = requested?.ToLowerInvariant();
        if (format is not (null or "jsonl" or "ndjson" or "json" or "csv" or "parquet"))
        {
            throw new CliException($"--input-format must be jsonl, csv or parquet (got '{requested}').");
        }

        if (path == "-")
        {
            Stream stdin = io.RawIn ?? new TextReaderStream(io.In);
            return format switch
            {
                "csv" => new CsvSource(stdin, "standard input", idField, textField, MaxCsvField(maxLength)),
                "parquet" => throw new CliException("Parquet cannot be read from standard input; name the .parquet file."),
                _ => new JsonlSource(stdin, null, maxLineBytes, ownsStream: false),
            };
        }

        if (Directory.Exists(path))
        {
            return new FolderSource(path, ((long)maxLength * 3) + 3, (long)maxLength * 12);
        }

        if (!File.Exists(path))
        {
            throw new CliException($"{path}: the input file does not exist.");
        }

        format ??= Path.GetExtension(path).ToLowerInvariant() switch { ".csv" => "csv", ".parquet" => "parquet", _ => "jsonl" };
        FileStream file;
        try
        {
            file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the file ({ex.Message}).");
        }

        long? length = file.CanSeek ? file.Length : null;
        if (format == "csv")
        {
            RejectUtf16(file, path);
        }

        return format switch
        {
            "csv" => new CsvSource(file, path, idField, textField, MaxCsvField(maxLength)),
            "parquet" => new ParquetSource(file, path, idField, textField),
            _ => new JsonlSource(file, length, maxLineBytes, ownsStream: true),
        };
    }

    /// <summary>A CSV field may be up to twice the text limit, so that an over-long text is still an error line of its own.</summary>
    private static int MaxCsvField(int maxLength) => (int)Math.Min(((long)maxLength * 2) + 1024, Array.MaxLength);

    private static void RejectUtf16(FileStream file, string path)
    {
        if (!file.CanSeek)
        {
            return;
        }

        Span<byte> head = stackalloc byte[2];
        int read = file.ReadAtLeast(head, 2, throwOnEndOfStream: false);
        file.Seek(0, SeekOrigin.Begin);
        if (read == 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF)))
        {
            file.Dispose();
            throw new CliException($"{path}: the file is UTF-16 or UTF-32, not UTF-8; convert it to UTF-8 and try again.");
        }
    }
}
