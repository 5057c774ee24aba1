using System.Text;

namespace EpistemicScoring.Cli.Batch;

/// <summary>The output formats of a batch, chosen by the output's extension or <c>--output-format</c>.</summary>
internal enum OutputFormat
{
    Jsonl,
    Csv,
    Parquet,
}

/// <summary>
/// The output of a batch run. A file is written to <c>OUT.partial</c> beside it and renamed to <c>OUT</c> only when
/// the run is done (Parquet output: the partial file is a journal of rows, written out as Parquet at the end), so <c>OUT</c> never holds a torn line, and the input is never opened for writing. After a crash or
/// <c>kill -9</c>, <c>--resume</c> cuts the unfinished file after its last whole record and goes on from there.
/// </summary>
internal sealed class BatchOutput : IAsyncDisposable
{
    private readonly string? _final;
    private readonly string? _partial;
    private FileStream? _file;
    private bool _committed;

    private BatchOutput(IBatchSink sink, ResumePoint resumed, string? final, string? partial, FileStream? file)
    {
        Sink = sink;
        Resumed = resumed;
        _final = final;
        _partial = partial;
        _file = file;
    }

    public IBatchSink Sink { get; }

    /// <summary>What was already there when resuming (zero records otherwise).</summary>
    public ResumePoint Resumed { get; }

    public static OutputFormat FormatOf(string path, string? requested)
    {
        string? name = requested?.ToLowerInvariant();
        if (name is null)
        {
            string ext = Path.GetExtension(path).ToLowerInvariant();
            name = ext switch { ".csv" => "csv", ".parquet" => "parquet", _ => "jsonl" };
        }

        return name switch
        {
            "jsonl" or "ndjson" or "json" => OutputFormat.Jsonl,
            "csv" => OutputFormat.Csv,
            "parquet" => OutputFormat.Parquet,
            _ => throw new CliException($"--output-format must be jsonl, csv or parquet (got '{requested}')."),
        };
    }

    /// <summary>Opens the output, refusing any that is one of <paramref name="inputs"/> by file identity.</summary>
    public static BatchOutput Open(string path, OutputFormat format, bool resume, IReadOnlyList<string> inputs, TextWriter stdout, Stream? rawStdout, TextWriter messages)
    {
        if (path == "-")
        {
            if (resume)
            {
                throw new CliException("--resume needs an output file, not standard output.");
            }

            IBatchSink sink = format switch
            {
                OutputFormat.Csv => new CsvSink(stdout, ownsWriter: false, writeHeader: true),
                OutputFormat.Parquet => throw new CliException("Parquet cannot be written to standard output; name a .parquet file."),
                _ => rawStdout is not null ? new JsonlSink(rawStdout, ownsStream: false) : new JsonlSink(stdout, ownsWriter: false),
            };
            return new BatchOutput(sink, default, null, null, null);
        }

        string final = Path.GetFullPath(path);
        string partial = final + ".partial";
        if (Directory.Exists(final))
        {
            throw new CliException($"{path}: is a directory; name an output file.");
        }

        foreach (string input in inputs)
        {
            if (FileIdentity.Same(input, final) || FileIdentity.Same(input, partial) || (format == OutputFormat.Parquet && (FileIdentity.Same(input, final + ".writing") || FileIdentity.Same(input, partial + ".rebuilding"))))
            {
                throw new CliException($"{path}: the output would overwrite the input file ({input}), by that name or another (a link or another spelling); choose another output file. The input was not touched.");
            }
        }

        try
        {
            string? dir = Path.GetDirectoryName(final);
            if (dir is not null)
            {
                Directory.CreateDirectory(dir);
            }

            if (new FileInfo(partial).LinkTarget is not null)
            {
                // Never write through a link someone left in the partial file's place.
                File.Delete(partial);
            }

            ResumePoint resumed = default;
            FileStream file;
            if (resume && (File.Exists(partial) || File.Exists(final)))
            {
                if (!File.Exists(partial))
                {
                    if (format == OutputFormat.Parquet)
                    {
                        // A finished Parquet output: its rows become the journal again, to be written out anew at the end.
                        // The journal is rebuilt beside it and takes the partial file's name only when whole, so a file
                        // that cannot be read (or a kill meanwhile) leaves no journal that a later --resume would trust.
                        string rebuilding = partial + ".rebuilding";
                        try
                        {
                            using (FileStream finished = File.OpenRead(final))
                            using (FileStream rebuilt = new(rebuilding, FileMode.Create, FileAccess.Write, FileShare.None))
                            {
                                ParquetSink.ToJournalAsync(finished, path, rebuilt).GetAwaiter().GetResult();
                            }

                            File.Move(rebuilding, partial);
                        }
                        finally
                        {
                            File.Delete(rebuilding);
                        }
                    }
                    else
                    {
                        File.Move(final, partial);
                    }
                }

                file = new FileStream(partial, FileMode.Open, FileAccess.ReadWrite, FileShare.Read, bufferSize: 1);
                resumed = format == OutputFormat.Csv ? ResumeScan.Csv(file) : ResumeScan.Jsonl(file, partial);
                file.SetLength(resumed.ValidLength);
                file.Seek(0, SeekOrigin.End);
            }
            else
            {
                if (File.Exists(partial))
                {
                    messages.WriteLine($"note: {partial} from an unfinished run was removed; add --resume to continue such a run instead.");
                }

                File.Delete(partial);
                file = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.Read, bufferSize: 1);
            }

            IBatchSink sink = format switch
            {
                OutputFormat.Csv => new CsvSink(Writer(file), ownsWriter: true, writeHeader: resumed.ValidLength == 0),
                OutputFormat.Parquet => new ParquetSink(file),
                _ => new JsonlSink(file, ownsStream: false),
            };
            return new BatchOutput(sink, resumed, final, partial, file);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write the output file ({ex.Message}).");
        }
    }

    private static StreamWriter Writer(FileStream file) => new(file, new UTF8Encoding(false), bufferSize: 1 << 16) { NewLine = "\n" };

    /// <summary>Closes the output and, for a file, renames the finished <c>OUT.partial</c> to <c>OUT</c>.</summary>
    public async Task CommitAsync()
    {
        await Sink.DisposeAsync().ConfigureAwait(false);
        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
            _file = null;
            if (Sink is ParquetSink)
            {
                // The journal becomes the Parquet file: written beside the output first, so a kill during the
                // conversion leaves the journal for --resume and never a torn OUT.
                string writing = _final + ".writing";
                await using (FileStream journal = File.OpenRead(_partial!))
                await using (FileStream target = new(writing, FileMode.Create, FileAccess.Write, FileShare.None))
                {
                    await ParquetSink.ConvertAsync(journal, _partial!, target).ConfigureAwait(false);
                }

                File.Move(writing, _final!, overwrite: true);
                File.Delete(_partial!);
            }
            else
            {
                File.Move(_partial!, _final!, overwrite: true);
            }
        }

        _committed = true;
    }

    /// <summary>
    /// Without a commit (the run failed), closes the output and leaves <c>OUT.partial</c> (for Parquet output, the
    /// journal of its rows) for <c>--resume</c>.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        if (_committed)
        {
            return;
        }

        try
        {
            await Sink.DisposeAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException)
        {
            // The run already failed; its own error is the one to report.
        }

        if (_file is not null)
        {
            await _file.DisposeAsync().ConfigureAwait(false);
        }
    }
}
