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

        try
        {
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
            var stream = new StreamReader(path, StrictUtf8, detectEncodingFromByteOrderMarks: true, bufferSize: 1 << 16);
            reader = stream;
            return stream;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot read the file ({ex.Message}).");
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
