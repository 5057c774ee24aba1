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
/// Parquet: the <see cref="SummaryRow"/> columns, typed (scores as doubles, counts as integers), written in row groups
/// of <see cref="RowGroupSize"/> rows, so memory holds one group at most. The file is complete only once its footer
/// is written at the end, so Parquet output cannot be resumed.
/// </summary>
internal sealed class ParquetSink(Stream stream) : IBatchSink
{
    public const int RowGroupSize = 5000;

    private static readonly Field[] Fields = BuildFields();
    private readonly List<SummaryRow> _rows = new(RowGroupSize);
    private ParquetWriter? _writer;

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
        _rows.Add(outcome.Row!);
        if (_rows.Count >= RowGroupSize)
        {
            await WriteGroupAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public ValueTask FlushAsync(CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_rows.Count > 0 || _writer is null)
        {
            await WriteGroupAsync(cancellationToken).ConfigureAwait(false);
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteGroupAsync(CancellationToken cancellationToken)
    {
        _writer ??= await ParquetWriter.CreateAsync(Schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using ParquetRowGroupWriter group = _writer.CreateRowGroup();
        DataField[] fields = Schema.GetDataFields();
        int f = 0;
        await group.WriteAsync(fields[f++], Strings(static r => r.Id)).ConfigureAwait(false);
        await group.WriteAsync<long>(fields[f++], Values(static r => r.Line), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.File)).ConfigureAwait(false);
        for (int i = 0; i < 6; i++)
        {
            int law = i;
            await group.WriteAsync<double>(fields[f++], Values(r => r.Scores[law]), null, null, cancellationToken).ConfigureAwait(false);
            await group.WriteAsync(fields[f++], Strings(r => r.Verdicts[law])).ConfigureAwait(false);
        }

        await group.WriteAsync<int>(fields[f++], Values(static r => r.NamedSources), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.UnnamedSources), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.Figures), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.InconsistentFigures), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.ContradictedFigures), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.Hedges), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.UncertainSentences), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync<int>(fields[f++], Values(static r => r.Sentences), null, null, cancellationToken).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.Profile)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.RuleSetDigest)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.ErrorCode)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.ErrorMessage)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.Language)).ConfigureAwait(false);
        await group.WriteAsync(fields[f++], Strings(static r => r.Warnings)).ConfigureAwait(false);
        group.CompleteValidate();
        _rows.Clear();
    }

    private string[] Strings(Func<SummaryRow, string?> pick)
    {
        var values = new string[_rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = pick(_rows[i])!;
        }

        return values;
    }

    private ReadOnlyMemory<T?> Values<T>(Func<SummaryRow, T?> pick)
        where T : struct
    {
        var values = new T?[_rows.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = pick(_rows[i]);
        }

        return values;
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
        }

        await stream.DisposeAsync().ConfigureAwait(false);
    }
}
