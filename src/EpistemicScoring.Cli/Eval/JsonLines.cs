using System.Text.Json;

namespace EpistemicScoring.Cli.Eval;

/// <summary>Reads a JSONL data file record by record, with line numbers in errors.</summary>
internal static class JsonLines
{
    /// <summary>
    /// The records of <paramref name="path"/>, only those of the current <see cref="DevSplit"/> half when
    /// <c>eval --half</c> chose one.
    /// </summary>
    public static IEnumerable<(int Line, JsonElement Record)> Read(string path)
    {
        DevHalf half = DevSplit.Current;
        foreach ((int line, JsonElement record) in ReadAll(path))
        {
            if (DevSplit.Includes(half, record, line))
            {
                yield return (line, record);
            }
        }
    }

    /// <summary>
    /// Every record of <paramref name="path"/>, whatever half <c>eval --half</c> chose: for side files (article
    /// texts looked up by id), whose records are keyed differently from the labelled file they serve.
    /// </summary>
    public static IEnumerable<(int Line, JsonElement Record)> ReadAll(string path)
    {
        foreach ((int lineNumber, byte[] line) in Lines(path))
        {
            JsonElement element;
            try
            {
                using JsonDocument doc = JsonDocument.Parse(line);
                element = doc.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new CliException($"{path}:{lineNumber}: not valid JSON ({ex.Message}).");
            }

            yield return (lineNumber, element);
        }
    }

    /// <summary>The non-blank lines of a data file as text (for TSV data), read as <see cref="Lines"/> reads them.</summary>
    public static IEnumerable<(int Line, string Text)> TextLines(string path)
    {
        foreach ((int lineNumber, byte[] line) in Lines(path))
        {
            yield return (lineNumber, System.Text.Encoding.UTF8.GetString(line));
        }
    }

    /// <summary>The non-blank lines of a data file, with bounded buffers and a UTF-8 check per line.</summary>
    private static IEnumerable<(int Line, byte[] Bytes)> Lines(string path)
    {
        if (!File.Exists(path))
        {
            throw new CliException($"{path}: the data file does not exist.");
        }

        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the data file ({ex.Message}).");
        }

        using (stream)
        {
            // Bounded lines (a data file of one endless line, such as /dev/zero, is refused at the bound, not read
            // into memory), and each line checked as UTF-8 rather than silently repaired.
            var lines = new Batch.LineReader(stream, MaxLineBytes, stopAtLimit: true);
            while (true)
            {
                bool more;
                ReadOnlySpan<byte> line;
                bool tooLong;
                try
                {
                    more = lines.ReadLine(out line, out tooLong, out _, out _);
                }
                catch (System.Text.DecoderFallbackException)
                {
                    throw new CliException($"{path}: the file is UTF-16 or UTF-32, not UTF-8; convert it to UTF-8 and try again.");
                }

                if (!more)
                {
                    break;
                }

                int lineNumber = (int)Math.Min(lines.LineNumber, int.MaxValue);
                if (tooLong)
                {
                    throw new CliException($"{path}:{lineNumber}: the line is longer than {MaxLineBytes:N0} bytes, the most a data record may have.");
                }

                if (!System.Text.Unicode.Utf8.IsValid(line))
                {
                    throw new CliException($"{path}:{lineNumber}: the line holds bytes that are not valid UTF-8.");
                }

                if (IsBlank(line))
                {
                    continue;
                }

                yield return (lineNumber, line.ToArray());
            }
        }
    }

    /// <summary>The longest line of a data file: six bytes per character of the default text limit, plus 1 MiB, as for batch input.</summary>
    internal const int MaxLineBytes = (5_000_000 * 6) + (1 << 20);

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

    public static string? String(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out JsonElement p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;
}
