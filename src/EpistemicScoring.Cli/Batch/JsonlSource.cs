namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// JSONL records: one object per line. The reader only splits lines (with bounded buffers) and checks their
/// length; parsing, the UTF-8 check and the field look-ups happen in the scoring workers. Blank lines are skipped
/// and are not records.
/// </summary>
internal sealed class JsonlSource(Stream stream, long? length, int maxLineBytes, bool ownsStream) : IBatchSource
{
    private readonly LineReader _lines = new(stream, maxLineBytes);

    public string Kind => "JSONL";

    public long? Total => length;

    public long Done => Volatile.Read(ref _done);

    private long _done;

    public IEnumerable<BatchRecord> Read(Func<long, bool> keep, CancellationToken cancellationToken)
    {
        long index = 0;
        while (_lines.ReadLine(out ReadOnlySpan<byte> line, out bool tooLong, out long bytes, out _))
        {
            cancellationToken.ThrowIfCancellationRequested();
            Volatile.Write(ref _done, _lines.Position);
            if (!tooLong && IsBlank(line))
            {
                continue;
            }

            long current = index++;
            if (!keep(current))
            {
                continue;
            }

            yield return tooLong
                ? new BatchRecord
                {
                    Kind = RecordKind.Error,
                    Line = _lines.LineNumber,
                    Error = new RecordError("line_too_long", $"The line has {bytes:N0} bytes, more than the {maxLineBytes:N0} a record may have (six bytes per character of --max-length, plus 1 MiB); it was skipped unread."),
                }
                : new BatchRecord { Kind = RecordKind.Json, Line = _lines.LineNumber, Json = line.ToArray() };
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (byte b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r'))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        if (ownsStream)
        {
            stream.Dispose();
        }
    }
}
