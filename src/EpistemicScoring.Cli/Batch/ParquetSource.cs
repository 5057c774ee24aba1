using Parquet;
using Parquet.Schema;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// Parquet records read one row group at a time (so memory is bounded by the file's row-group size): the text
/// column named by <c>--text-field</c> (strings) and the id column named by <c>--id-field</c> (strings or
/// integers; optional). A record's "line" is its row number, 1-based.
/// </summary>
internal sealed class ParquetSource(Stream stream, string path, string idField, string textField) : IBatchSource
{
    public string Kind => "Parquet";

    public long? Total { get; private set; }

    public long Done => Volatile.Read(ref _done);

    private long _done;

    public IEnumerable<BatchRecord> Read(Func<long, bool> keep, CancellationToken cancellationToken)
    {
        ParquetReader reader;
        try
        {
            reader = ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or NotSupportedException)
        {
            throw new CliException($"{path}: not a readable Parquet file ({ex.Message}).");
        }

        try
        {
            DataField[] fields = reader.Schema.GetDataFields();
            DataField text = Array.Find(fields, f => f.Name == textField)
                ?? throw new CliException($"{path}: the Parquet schema has no '{textField}' column (columns: {string.Join(", ", fields.Select(static f => f.Name))}); name it with --text-field.");
            if (!IsString(text))
            {
                throw new CliException($"{path}: the column '{textField}' holds {text.ClrType.Name}, not strings.");
            }

            DataField? id = Array.Find(fields, f => f.Name == idField);
            Total = reader.RowGroupCount;
            long index = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                using ParquetRowGroupReader group = reader.OpenRowGroupReader(g);
                int rows = checked((int)group.RowCount);
                string?[] texts = new string?[rows];
                group.ReadAsync(text, texts.AsMemory(), null, cancellationToken).AsTask().GetAwaiter().GetResult();
                string?[] ids = id is null ? new string?[rows] : ReadIds(group, id, rows, cancellationToken);
                for (int r = 0; r < rows; r++)
                {
                    long current = index++;
                    if (!keep(current))
                    {
                        continue;
                    }

                    yield return texts[r] is { } body
                        ? new BatchRecord { Kind = RecordKind.Text, Line = current + 1, Id = ids[r], Text = body }
                        : new BatchRecord { Kind = RecordKind.Error, Line = current + 1, Id = ids[r], Error = new RecordError("missing_text", $"The row's '{textField}' is null.") };
                }

                Volatile.Write(ref _done, g + 1);
            }
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private string?[] ReadIds(ParquetRowGroupReader group, DataField id, int rows, CancellationToken cancellationToken)
    {
        var ids = new string?[rows];
        if (IsString(id))
        {
            group.ReadAsync(id, ids.AsMemory(), null, cancellationToken).AsTask().GetAwaiter().GetResult();
        }
        else if (id.ClrType == typeof(long) || id.ClrType == typeof(int))
        {
            var values = new long?[rows];
            if (id.ClrType == typeof(int) && id.IsNullable)
            {
                var ints = new int?[rows];
                group.ReadAsync(id, ints.AsMemory(), null, cancellationToken).AsTask().GetAwaiter().GetResult();
                for (int i = 0; i < rows; i++)
                {
                    values[i] = ints[i];
                }
            }
            else if (id.ClrType == typeof(int))
            {
                var ints = new int[rows];
                group.ReadAsync(id, ints.AsMemory(), null, cancellationToken).AsTask().GetAwaiter().GetResult();
                for (int i = 0; i < rows; i++)
                {
                    values[i] = ints[i];
                }
            }
            else if (id.IsNullable)
            {
                group.ReadAsync(id, values.AsMemory(), null, cancellationToken).AsTask().GetAwaiter().GetResult();
            }
            else
            {
                var longs = new long[rows];
                group.ReadAsync(id, longs.AsMemory(), null, cancellationToken).AsTask().GetAwaiter().GetResult();
                for (int i = 0; i < rows; i++)
                {
                    values[i] = longs[i];
                }
            }

            for (int i = 0; i < rows; i++)
            {
                ids[i] = values[i]?.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
        else
        {
            throw new CliException($"{path}: the id column '{id.Name}' holds {id.ClrType.Name}; ids must be strings or integers.");
        }

        return ids;
    }

    /// <summary>Parquet.Net 6 gives string columns read from a file the type <c>ReadOnlyMemory&lt;char&gt;</c>; both read as strings.</summary>
    private static bool IsString(DataField field) => field.ClrType == typeof(string) || field.ClrType == typeof(ReadOnlyMemory<char>);

    public void Dispose() => stream.Dispose();
}
