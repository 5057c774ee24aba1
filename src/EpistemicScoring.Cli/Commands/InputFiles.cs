using System.Text;
using EpistemicScoring.Analysis;

namespace EpistemicScoring.Cli.Commands;

/// <summary>Reads input files strictly: a missing file or invalid UTF-8 is an error naming the path.</summary>
internal static class InputFiles
{
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string ReadText(string? path, TextReader stdin)
    {
        if (path is null or "-")
        {
            return stdin.ReadToEnd();
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file.");
        }

        try
        {
            RejectUtf16(path);
            using var reader = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true);
            return reader.ReadToEnd();
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{path}: the file is not valid UTF-8; convert it to UTF-8 and try again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the file ({ex.Message}).");
        }
    }

    public static StreamReader OpenLines(string path, TextReader stdin, out TextReader reader)
    {
        if (path == "-")
        {
            reader = stdin;
            return StreamReader.Null;
        }

        try
        {
            RejectUtf16(path);
            var stream = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            reader = stream;
            return stream;
        }
        catch (DecoderFallbackException)
        {
            throw new CliException($"{path}: the file is not valid UTF-8; convert it to UTF-8 and try again.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the file ({ex.Message}).");
        }
    }

    /// <summary>
    /// A UTF-16 or UTF-32 byte-order mark would make the reader switch encodings silently; input must be UTF-8,
    /// so such a file is refused like any other non-UTF-8 file.
    /// </summary>
    private static void RejectUtf16(string path)
    {
        Span<byte> head = stackalloc byte[4];
        int read;
        using (FileStream f = File.OpenRead(path))
        {
            read = f.ReadAtLeast(head, 4, throwOnEndOfStream: false);
        }

        bool utf16 = read >= 2 && ((head[0] == 0xFF && head[1] == 0xFE) || (head[0] == 0xFE && head[1] == 0xFF));
        bool utf32 = read >= 4 && head[0] == 0 && head[1] == 0 && head[2] == 0xFE && head[3] == 0xFF;
        if (utf16 || utf32)
        {
            throw new DecoderFallbackException("UTF-16 or UTF-32 byte-order mark");
        }
    }

    public static IReadOnlyList<ReferenceFact> ReadFacts(string? path)
    {
        if (path is null)
        {
            return [];
        }

        try
        {
            return FactPack.Load(path);
        }
        catch (FormatException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the fact pack ({ex.Message}).");
        }
    }
}
