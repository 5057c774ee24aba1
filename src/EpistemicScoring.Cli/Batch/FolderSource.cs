using System.Text;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// A folder of documents: every <c>.txt</c>, <c>.md</c>, <c>.markdown</c>, <c>.html</c> and <c>.htm</c> file below it,
/// in ordinal order of the path relative to the folder (with <c>/</c> separators), which is also each record's id.
/// Plain text and Markdown are scored as they are; an HTML page is reduced to its main text by a worker
/// (<see cref="HtmlText"/>). A file too large for the length limit is an error line without being read.
/// </summary>
internal sealed class FolderSource(string folder, long maxTextBytes, long maxHtmlBytes) : IBatchSource
{
    private static readonly string[] Extensions = [".txt", ".md", ".markdown", ".html", ".htm"];
    private static readonly UTF8Encoding Strict = new(false, true);

    private long _done;

    public string Kind => "folder";

    public long? Total { get; private set; }

    public long Done => Volatile.Read(ref _done);

    /// <summary>The files read, relative to the folder, in input order.</summary>
    public static List<string> List(string folder)
    {
        var files = new List<string>();
        foreach (string file in Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden | FileAttributes.System }))
        {
            if (Array.Exists(Extensions, e => file.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                files.Add(Path.GetRelativePath(folder, file).Replace('\\', '/'));
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    public IEnumerable<BatchRecord> Read(Func<long, bool> keep, CancellationToken cancellationToken)
    {
        List<string> files = List(folder);
        Total = files.Count;
        for (int i = 0; i < files.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            Volatile.Write(ref _done, i + 1);
            if (!keep(i))
            {
                continue;
            }

            string name = files[i];
            yield return Load(name);
        }
    }

    private BatchRecord Load(string name)
    {
        string path = Path.Combine(folder, name);
        bool html = name.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);
        long limit = html ? maxHtmlBytes : maxTextBytes;
        try
        {
            long size = new FileInfo(path).Length;
            if (size > limit)
            {
                return Failure(name, "text_too_long", $"The file has {size:N0} bytes, more than the {limit:N0} its kind may have under --max-length; it was not read.");
            }

            byte[] bytes = File.ReadAllBytes(path);
            int start = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? 3 : 0;
            if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)))
            {
                return Failure(name, "invalid_utf8", "The file is not valid UTF-8.");
            }

            string text = Strict.GetString(bytes, start, bytes.Length - start);
            return new BatchRecord { Kind = html ? RecordKind.Html : RecordKind.Text, File = name, Id = name, Text = text };
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Failure(name, "unreadable", $"The file cannot be read ({ex.Message}).");
        }
    }

    private static BatchRecord Failure(string name, string code, string message) =>
        new() { Kind = RecordKind.Error, File = name, Id = name, Error = new RecordError(code, message) };

    public void Dispose()
    {
    }
}
