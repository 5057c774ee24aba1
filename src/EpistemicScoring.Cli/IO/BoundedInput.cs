using System.Text;
using EpistemicScoring.Analysis;
using EpistemicScoring.Cli.Commands;

namespace EpistemicScoring.Cli.IO;

/// <summary>
/// Reads input files with bounded buffers: reading stops one character past the limit, so a huge file, a pipe
/// that never ends or <c>/dev/zero</c> costs no more memory than the limit before it is refused (exit 2). The
/// limits for the side files are stated in the README ("Input policy").
/// </summary>
internal static class BoundedInput
{
    /// <summary>The largest <c>--config</c> or <c>--overrides</c> file, in characters (4 MB).</summary>
    public const int MaxConfigChars = 4 * 1024 * 1024;

    /// <summary>The largest <c>--facts</c> file, in characters (16 MB).</summary>
    public const int MaxFactsChars = 16 * 1024 * 1024;

    /// <summary>The largest <c>--model</c> file, in bytes (64 MB).</summary>
    public const int MaxModelBytes = 64 * 1024 * 1024;

    /// <summary>Reads a text file (or standard input for null or "-") of at most <paramref name="maxChars"/> characters.</summary>
    /// <param name="path">The path, "-" or null.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="maxChars">The most characters accepted.</param>
    /// <param name="what">What the file holds, for the message ("text", "configuration").</param>
    /// <param name="option">The option that raises the limit, or null when it is fixed.</param>
    /// <returns>The text.</returns>
    /// <exception cref="CliException">The file is missing, unreadable, not UTF-8 or too long (exit 2).</exception>
    public static string ReadText(string? path, TextReader stdin, int maxChars, string what, string? option = null)
    {
        string name = path is null or "-" ? "standard input" : path;
        if (path is null or "-")
        {
            return ReadAtMost(stdin, maxChars, name, what, option);
        }

        if (Directory.Exists(path))
        {
            throw new CliException($"{path}: is a directory, not a file.");
        }

        try
        {
            RejectUtf16(path);
            using var reader = new StreamReader(path, InputFiles.StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            return ReadAtMost(reader, maxChars, name, what, option);
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

    /// <summary>Reads a fact pack (CSV by extension, else JSON) of at most <see cref="MaxFactsChars"/> characters.</summary>
    /// <param name="path">The path, or null for none.</param>
    /// <returns>The facts.</returns>
    /// <exception cref="CliException">The file is unreadable, too large or not a fact pack (exit 2).</exception>
    public static IReadOnlyList<ReferenceFact> ReadFacts(string? path)
    {
        if (path is null)
        {
            return [];
        }

        string text = ReadText(path, TextReader.Null, MaxFactsChars, "fact pack");
        try
        {
            return path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
                ? FactPack.ParseCsv(new StringReader(text))
                : FactPack.ParseJson(text);
        }
        catch (FormatException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }

    /// <summary>Reads a binary file of at most <paramref name="maxBytes"/> bytes into memory.</summary>
    /// <param name="path">The path.</param>
    /// <param name="maxBytes">The most bytes accepted.</param>
    /// <param name="what">What the file holds.</param>
    /// <returns>The bytes, as a stream at position 0.</returns>
    /// <exception cref="CliException">The file is unreadable or too large (exit 2).</exception>
    public static MemoryStream ReadBytes(string path, int maxBytes, string what)
    {
        try
        {
            using FileStream file = File.OpenRead(path);
            var memory = new MemoryStream();
            byte[] buffer = new byte[1 << 16];
            int read;
            while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
            {
                if (memory.Length + read > maxBytes)
                {
                    throw new CliException($"{path}: the {what} is larger than {maxBytes / (1024 * 1024)} MB, the most accepted.");
                }

                memory.Write(buffer, 0, read);
            }

            memory.Position = 0;
            return memory;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the {what} ({ex.Message}).");
        }
    }

    private static string ReadAtMost(TextReader reader, int maxChars, string name, string what, string? option)
    {
        var text = new StringBuilder();
        char[] buffer = new char[1 << 16];
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            if ((long)text.Length + read > maxChars)
            {
                string raise = option is null ? string.Empty : $"; raise {option} or split the {what}";
                throw new CliException($"{name}: the {what} is longer than {maxChars:N0} characters, the most accepted{raise}.");
            }

            text.Append(buffer, 0, read);
        }

        return text.ToString();
    }

    /// <summary>A UTF-16 or UTF-32 byte-order mark would switch the reader's encoding silently: refused like other non-UTF-8 input.</summary>
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
}
