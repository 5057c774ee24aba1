using System.Buffers;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Parquet;
using Parquet.Schema;

namespace EpistemicScoring.Cli.Batch;

/// <summary>One scored or failed record, ready for the writer; <see cref="Json"/> and <see cref="Row"/> as the sink wants.</summary>
internal sealed record BatchOutcome(long Sequence, string? Id, bool Failed, byte[]? Json, SummaryRow? Row);

/// <summary>Where a batch writes its records, in input order.</summary>
internal interface IBatchSink : IAsyncDisposable
{
    /// <summary>True when the sink writes the full report line.</summary>
    bool WantsJson { get; }

    /// <summary>True when the sink writes the one-row summary.</summary>
    bool WantsRow { get; }

    ValueTask WriteAsync(BatchOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Hands what was written so far to the operating system, so that a kill loses none of it.</summary>
    ValueTask FlushAsync(CancellationToken cancellationToken);

    /// <summary>Finishes the output (a Parquet footer); nothing may be written after it.</summary>
    ValueTask CompleteAsync(CancellationToken cancellationToken);
}

/// <summary>
/// JSONL: one compact report object (or error object) per line, as UTF-8 bytes straight to a stream (a file, or the
/// process's standard output), or through a <see cref="TextWriter"/> when that is all there is (tests).
/// </summary>
internal sealed class JsonlSink : IBatchSink
{
    private readonly Stream? _stream;
    private readonly TextWriter? _writer;
    private readonly bool _owns;

    public JsonlSink(Stream stream, bool ownsStream)
    {
        _stream = new BufferedStream(stream, 1 << 16);
        _owns = ownsStream;
    }

    public JsonlSink(TextWriter writer, bool ownsWriter)
    {
        _writer = writer;
        _owns = ownsWriter;
    }

    public bool WantsJson => true;

    public bool WantsRow => false;

    public async ValueTask WriteAsync(BatchOutcome outcome, CancellationToken cancellationToken)
    {
        if (_stream is not null)
        {
            await _stream.WriteAsync(outcome.Json, cancellationToken).ConfigureAwait(false);
            _stream.WriteByte((byte)'\n');
        }
        else
        {
            await _writer!.WriteAsync((System.Text.Encoding.UTF8.GetString(outcome.Json!) + "\n").AsMemory(), cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        if (_stream is not null)
        {
            await _stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await _writer!.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            // The buffer is flushed either way; the underlying stream is closed only when owned.
            await _stream.FlushAsync().ConfigureAwait(false);
            if (_owns)
            {
                await _stream.DisposeAsync().ConfigureAwait(false);
            }
        }
        else if (_owns)
        {
            await _writer!.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>CSV (RFC 4180, invariant culture): a header, then one <see cref="SummaryRow"/> per record.</summary>
internal sealed class CsvSink : IBatchSink
{
    private readonly TextWriter _writer;
    private readonly bool _ownsWriter;
    private readonly CsvWriter _csv;

    public CsvSink(TextWriter writer, bool ownsWriter, bool writeHeader)
    {
        _writer = writer;
        _ownsWriter = ownsWriter;
        _csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { NewLine = "\n" }, leaveOpen: true);
        if (writeHeader)
        {
            foreach (string column in SummaryRow.Columns)
            {
                _csv.WriteField(column);
            }

            _csv.NextRecord();
        }
    }

    public bool WantsJson => false;

    public bool WantsRow => true;

    public ValueTask WriteAsync(BatchOutcome outcome, CancellationToken cancellationToken)
    {
        SummaryRow row = outcome.Row!;
        _csv.WriteField(row.Id);
        _csv.WriteField(row.Line);
        _csv.WriteField(row.File);
        for (int i = 0; i < 6; i++)
        {
            _csv.WriteField(row.Scores[i]?.ToString("R", CultureInfo.InvariantCulture));
            _csv.WriteField(row.Verdicts[i]);
        }

        _csv.WriteField(row.NamedSources);
        _csv.WriteField(row.UnnamedSources);
        _csv.WriteField(row.Figures);
        _csv.WriteField(row.InconsistentFigures);
        _csv.WriteField(row.ContradictedFigures);
        _csv.WriteField(row.Hedges);
        _csv.WriteField(row.UncertainSentences);
        _csv.WriteField(row.Sentences);
        _csv.WriteField(row.Profile);
        _csv.WriteField(row.RuleSetDigest);
        _csv.WriteField(row.ErrorCode);
        _csv.WriteField(row.ErrorMessage);
        _csv.WriteField(row.Language);
        _csv.WriteField(row.Warnings);
        _csv.NextRecord();
        return ValueTask.CompletedTask;
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await _csv.FlushAsync().ConfigureAwait(false);
        await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync().ConfigureAwait(false);
        if (_ownsWriter)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}

/// <summary>
/// Parquet: the <see cref="SummaryRow"/> columns, typed (scores as doubles, counts as integers). A Parquet file is
/// readable only once its footer is written at the end, so while the run goes on the rows go to a journal, one JSON
/// line each (<see cref="SummaryRowJson"/>), which a kill leaves whole up to the records in flight and which
/// <c>--resume</c> reads like a JSONL output. When the run is done, <see cref="ConvertAsync"/> writes the journal out as
/// Parquet in row groups of <see cref="RowGroupSize"/> rows, so memory holds one group at most.
/// </summary>
internal sealed class ParquetSink(Stream journal) : IBatchSink
{
    public const int RowGroupSize = 5000;

    private static readonly Field[] Fields = BuildFields();
    private readonly BufferedStream _journal = new(journal, 1 << 16);
    private readonly ArrayBufferWriter<byte> _line = new(1024);

    public bool WantsJson => false;

    public bool WantsRow => true;

    public static ParquetSchema Schema { get; } = new(Fields);

    private static Field[] BuildFields()
    {
        var fields = new List<Field>
        {
            new DataField<string>("id", true),
            new DataField<long?>("line"),
            new DataField<string>("file", true),
        };
        string[] names = SummaryRow.Columns;
        for (int i = 3; i < 15; i += 2)
        {
            fields.Add(new DataField<double?>(names[i]));
            fields.Add(new DataField<string>(names[i + 1], true));
        }

        for (int i = 15; i < 23; i++)
        {
            fields.Add(new DataField<int?>(names[i]));
        }

        for (int i = 23; i < names.Length; i++)
        {
            fields.Add(new DataField<string>(names[i], true));
        }

        return [.. fields];
    }

    public async ValueTask WriteAsync(BatchOutcome outcome, CancellationToken cancellationToken)
    {
        _line.ResetWrittenCount();
        SummaryRowJson.Write(_line, outcome.Row!);
        _line.Write("\n"u8);
        await _journal.WriteAsync(_line.WrittenMemory, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask FlushAsync(CancellationToken cancellationToken) => await _journal.FlushAsync(cancellationToken).ConfigureAwait(false);

    public ValueTask CompleteAsync(CancellationToken cancellationToken) => FlushAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        // The journal's buffer is flushed; the journal file itself belongs to the batch output.
        await _journal.FlushAsync().ConfigureAwait(false);
    }

    /// <summary>Writes the rows of a finished journal to <paramref name="target"/> as a Parquet file.</summary>
    public static async Task ConvertAsync(Stream journal, string journalPath, Stream target, CancellationToken cancellationToken = default)
    {
        await using ParquetWriter writer = await ParquetWriter.CreateAsync(Schema, target, cancellationToken: cancellationToken).ConfigureAwait(false);
        var lines = new LineReader(journal, Array.MaxLength);
        var rows = new List<SummaryRow>(RowGroupSize);
        bool any = false;
        while (lines.ReadLine(out ReadOnlySpan<byte> line, out _, out _, out _))
        {
            rows.Add(SummaryRowJson.Read(line) ?? throw new CliException($"{journalPath}: line {lines.LineNumber} is not a row this tool wrote; delete the file to start over."));
            if (rows.Count == RowGroupSize)
            {
                await WriteGroupAsync(writer, rows, cancellationToken).ConfigureAwait(false);
                any = true;
            }
        }

        if (rows.Count > 0 || !any)
        {
            await WriteGroupAsync(writer, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The rows of a finished Parquet output (one this tool wrote) as journal lines, so that <c>--resume</c> on a
    /// finished run keeps every row and writes the same file again.
    /// </summary>
    public static async Task ToJournalAsync(Stream parquet, string path, Stream journal, CancellationToken cancellationToken = default)
    {
        ParquetReader reader;
        try
        {
            reader = await ParquetReader.CreateAsync(parquet, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException)
        {
            throw new CliException($"{path}: is not a Parquet file ({ex.Message}); delete it to start over.");
        }

        await using (reader.ConfigureAwait(false))
        {
            DataField[] fields = reader.Schema.GetDataFields();
            string[] expected = Array.ConvertAll(Schema.GetDataFields(), static f => f.Name);
            if (!Array.ConvertAll(fields, static f => f.Name).AsSpan().SequenceEqual(expected))
            {
                throw new CliException($"{path}: its columns are not the ones this tool writes; it cannot be resumed (delete it to start over).");
            }

            var line = new ArrayBufferWriter<byte>(1024);
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                int count = checked((int)group.RowCount);
                var columns = new Array[fields.Length];
                for (int f = 0; f < fields.Length; f++)
                {
                    columns[f] = await ReadColumnAsync(group, fields[f], Schema.GetDataFields()[f].ClrType, count, cancellationToken).ConfigureAwait(false);
                }

                for (int r = 0; r < count; r++)
                {
                    line.ResetWrittenCount();
                    SummaryRowJson.Write(line, RowOf(columns, r));
                    line.Write("\n"u8);
                    await journal.WriteAsync(line.WrittenMemory, cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }

    /// <summary>One column as nullable values of the type this tool writes it with (a file read back may name strings otherwise).</summary>
    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field, Type written, int count, CancellationToken cancellationToken)
    {
        switch (written)
        {
            case Type t when t == typeof(string) || t == typeof(ReadOnlyMemory<char>):
                var texts = new string?[count];
                await group.ReadAsync(field, texts.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                return texts;
            case Type t when t == typeof(long):
                var longs = new long?[count];
                await group.ReadAsync(field, longs.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                return longs;
            case Type t when t == typeof(double):
                var doubles = new double?[count];
                await group.ReadAsync(field, doubles.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                return doubles;
            default:
                var ints = new int?[count];
                await group.ReadAsync(field, ints.AsMemory(), null, cancellationToken).ConfigureAwait(false);
                return ints;
        }
    }

    private static SummaryRow RowOf(Array[] columns, int r)
    {
        int f = 0;
        string? Text() => (string?)columns[f++].GetValue(r);
        int? Count() => (int?)columns[f++].GetValue(r);
        string? id = Text();
        long? line = (long?)columns[f++].GetValue(r);
        string? file = Text();
        var scores = new double?[6];
        var verdicts = new string?[6];
        for (int i = 0; i < 6; i++)
        {
            scores[i] = (double?)columns[f++].GetValue(r);
            verdicts[i] = Text();
        }

        return new SummaryRow
        {
            Id = id,
            Line = line,
            File = file,
            Scores = scores,
            Verdicts = verdicts,
            NamedSources = Count(),
            UnnamedSources = Count(),
            Figures = Count(),
            InconsistentFigures = Count(),
            ContradictedFigures = Count(),
            Hedges = Count(),
            UncertainSentences = Count(),
            Sentences = Count(),
            Profile = Text(),
            RuleSetDigest = Text(),
            ErrorCode = Text(),
            ErrorMessage = Text(),
            Language = Text(),
            Warnings = Text(),
        };
    }

    private static async Task WriteGroupAsync(ParquetWriter writer, List<SummaryRow> rows, CancellationToken cancellationToken)
    {
        using ParquetRowGroupWriter group = writer.CreateRowGroup();
        DataField[] fields = Schema.GetDataFields();
        int f = 0;
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.Id)).ConfigureAwait(false);
        await group.WriteAsync<long>(fields[f++], Values(rows, static r => r.Line), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.File)).ConfigureAwait(false);
        for (int i = 0; i < 6; i++)
        {
            int law = i;
            await group.WriteAsync<double>(fields[f++], Values(rows, r => r.Scores[law]), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(fields[f++], Strings(rows, r => r.Verdicts[law])).ConfigureAwait(false);
        }

        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.NamedSources), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.UnnamedSources), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.Figures), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.InconsistentFigures), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.ContradictedFigures), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.Hedges), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.UncertainSentences), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(rows, static r => r.Sentences), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.Profile)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.RuleSetDigest)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.ErrorCode)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.ErrorMessage)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.Language)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(rows, static r => r.Warnings)).ConfigureAwait(false);
        group.CompleteValidate();
        rows.Clear();
    }

    private static string[] Strings(List<SummaryRow> rows, Func<SummaryRow, string?> pick)
    {
        var values = new string[rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = pick(rows[i])!;
        }

        return values;
    }

    private static ReadOnlyMemory<T?> Values<T>(List<SummaryRow> rows, Func<SummaryRow, T?> pick)
        where T : struct
    {
        var values = new T?[rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = pick(rows[i]);
        }

        return values;
    }
}
