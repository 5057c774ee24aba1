using System.Text;
using System.Text.Json;

namespace EpistemicScoring.Cli.Batch;

/// <summary>What an unfinished output already holds: its whole records and where the last one ends.</summary>
/// <param name="ValidLength">Bytes up to the end of the last whole record; anything after it is a torn write and is cut.</param>
/// <param name="Records">Whole records (a CSV header not counted).</param>
/// <param name="Failed">Of those, error records.</param>
/// <param name="LastId">The id of the last whole record (null when there is none or it had none).</param>
internal readonly record struct ResumePoint(long ValidLength, long Records, long Failed, string? LastId);

/// <summary>Reads an unfinished JSONL or CSV output to find where <c>--resume</c> goes on.</summary>
internal static class ResumeScan
{
    /// <summary>JSONL: every line that ends in a newline is a whole record (a line is written with its newline in one piece).</summary>
    public static ResumePoint Jsonl(Stream stream, string path)
    {
        var lines = new LineReader(stream, Array.MaxLength);
        long valid = 0;
        long records = 0;
        long failed = 0;
        string? lastId = null;
        while (lines.ReadLine(out ReadOnlySpan<byte> line, out _, out _, out bool terminated))
        {
            if (!terminated)
            {
                break;
            }

            if (!TryReadHead(line, out string? id, out bool error))
            {
                throw new CliException($"{path}: line {lines.LineNumber} is not a record this tool wrote; the unfinished output cannot be resumed (delete it to start over).");
            }

            valid = lines.Position;
            records++;
            failed += error ? 1 : 0;
            lastId = id;
        }

        return new ResumePoint(valid, records, failed, lastId);
    }

    /// <summary>The top-level <c>id</c> of a line and whether it is an error line (a top-level <c>error</c>), without building a document.</summary>
    private static bool TryReadHead(ReadOnlySpan<byte> line, out string? id, out bool error)
    {
        id = null;
        error = false;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                bool isId = reader.ValueTextEquals("id"u8);
                error |= reader.ValueTextEquals("error"u8);
                if (!reader.Read())
                {
                    return false;
                }

                if (isId)
                {
                    id = reader.TokenType switch
                    {
                        JsonTokenType.String => reader.GetString(),
                        JsonTokenType.Null => null,
                        _ => Encoding.UTF8.GetString(reader.ValueSpan),
                    };
                }

                if (!reader.TrySkip())
                {
                    return false;
                }
            }

            return reader.TokenType == JsonTokenType.EndObject;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>
    /// CSV as <see cref="CsvSink"/> writes it (RFC 4180, <c>\n</c> between records, the header first): a record ends
    /// at a newline outside quotes. Counts the records after the header, the ones with an error code, and the last id.
    /// </summary>
    public static ResumePoint Csv(Stream stream)
    {
        int errorColumn = Array.IndexOf(SummaryRow.Columns, "error_code");
        byte[] buffer = new byte[1 << 16];
        long position = 0;
        long valid = 0;
        long rows = 0;
        long failed = 0;
        bool inQuotes = false;
        bool closing = false;
        int field = 0;
        bool errorFilled = false;
        var id = new List<byte>();
        byte[] lastId = [];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            for (int i = 0; i < read; i++, position++)
            {
                byte b = buffer[i];
                if (b == (byte)'"')
                {
                    if (inQuotes)
                    {
                        inQuotes = false;
                        closing = true;
                    }
                    else
                    {
                        // A quote right after a closing one is an escaped quote ("") inside the field.
                        if (closing && field == 0)
                        {
                            id.Add(b);
                        }

                        inQuotes = true;
                        closing = false;
                    }

                    continue;
                }

                closing = false;

                if (inQuotes)
                {
                    if (field == 0)
                    {
                        id.Add(b);
                    }

                    continue;
                }

                if (b == (byte)',')
                {
                    field++;
                }
                else if (b == (byte)'\n')
                {
                    if (rows > 0)
                    {
                        failed += errorFilled ? 1 : 0;
                        lastId = [.. id];
                    }

                    rows++;
                    valid = position + 1;
                    field = 0;
                    errorFilled = false;
                    id.Clear();
                }
                else if (b != (byte)'\r')
                {
                    if (field == 0)
                    {
                        id.Add(b);
                    }
                    else if (field == errorColumn)
                    {
                        errorFilled = true;
                    }
                }
            }
        }

        long records = Math.Max(0, rows - 1);
        string? last = records > 0 ? Encoding.UTF8.GetString(lastId) : null;
        return new ResumePoint(valid, records, failed, last);
    }
}
