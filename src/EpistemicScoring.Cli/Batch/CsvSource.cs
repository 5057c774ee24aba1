using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// CSV records (RFC 4180, a header row naming the columns) read with CsvHelper; the id and text columns are named
/// by <c>--id-field</c> and <c>--text-field</c>. Bytes that are not UTF-8 are decoded to a noncharacter marker
/// (U+FDD0, which no valid text carries), so the record holding them becomes an <c>invalid_utf8</c> error line
/// while the rest of the file is read on.
/// </summary>
internal sealed class CsvSource : IBatchSource
{
    /// <summary>What invalid bytes decode to: a noncharacter, "not for interchange", so never in valid input.</summary>
    internal const char InvalidMarker = '\uFDD0';

    private readonly Stream _stream;
    private readonly string _path;
    private readonly string _idField;
    private readonly string _textField;
    private readonly int _maxFieldChars;

    public CsvSource(Stream stream, string path, string idField, string textField, int maxFieldChars)
    {
        _stream = stream;
        _path = path;
        _idField = idField;
        _textField = textField;
        _maxFieldChars = maxFieldChars;
        Total = stream.CanSeek ? stream.Length : null;
    }

    public string Kind => "CSV";

    public long? Total { get; }

    public long Done => _stream.CanSeek ? Volatile.Read(ref _done) : 0;

    private long _done;

    public IEnumerable<BatchRecord> Read(Func<long, bool> keep, CancellationToken cancellationToken)
    {
        var encoding = (Encoding)new UTF8Encoding(false).Clone();
        encoding.DecoderFallback = new DecoderReplacementFallback(InvalidMarker.ToString());
        using var text = new StreamReader(_stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16, leaveOpen: true);
        var config = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectColumnCountChanges = false,
            MissingFieldFound = null,
            BadDataFound = null,
            MaxFieldSize = _maxFieldChars,
        };
        using var csv = new CsvReader(text, config);
        if (!csv.Read() || !csv.ReadHeader())
        {
            yield break;
        }

        string[] header = csv.HeaderRecord ?? [];
        int idColumn = Array.IndexOf(header, _idField);
        int textColumn = Array.IndexOf(header, _textField);
        if (textColumn < 0)
        {
            throw new CliException($"{_path}: the CSV header has no '{_textField}' column (columns: {string.Join(", ", header)}); name it with --text-field.");
        }

        long index = 0;
        while (ReadRow(csv))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_stream.CanSeek)
            {
                Volatile.Write(ref _done, _stream.Position);
            }

            long current = index++;
            if (!keep(current))
            {
                continue;
            }

            long row = csv.Parser.Row;
            string? id = idColumn >= 0 && idColumn < csv.Parser.Count ? csv.Parser[idColumn] : null;
            if (textColumn >= csv.Parser.Count)
            {
                yield return new BatchRecord { Kind = RecordKind.Error, Line = row, Id = id, Error = new RecordError("missing_text", $"The row has no '{_textField}' column.") };
                continue;
            }

            string body = csv.Parser[textColumn];
            if (body.Contains(InvalidMarker, StringComparison.Ordinal) || (id?.Contains(InvalidMarker, StringComparison.Ordinal) ?? false))
            {
                yield return new BatchRecord { Kind = RecordKind.Error, Line = row, Id = id?.Replace(InvalidMarker, '\uFFFD'), Error = new RecordError("invalid_utf8", "The row holds bytes that are not valid UTF-8.") };
                continue;
            }

            yield return new BatchRecord { Kind = RecordKind.Text, Line = row, Id = id, Text = body };
        }
    }

    /// <summary>
    /// A field longer than CsvHelper's <c>MaxFieldSize</c> leaves its parser in no state to read on, so such a file
    /// stops the run (exit 2) naming the row; fields up to that size are read whole and an over-long text is an error
    /// line like any other.
    /// </summary>
    private bool ReadRow(CsvReader csv)
    {
        try
        {
            return csv.Read();
        }
        catch (MaxFieldSizeException ex)
        {
            throw new CliException($"{_path}: row {csv.Parser.Row} has a field of more than {_maxFieldChars:N0} characters; the CSV cannot be read on past it ({ex.Message.Split('\n')[0]}).");
        }
    }

    public void Dispose() => _stream.Dispose();
}
