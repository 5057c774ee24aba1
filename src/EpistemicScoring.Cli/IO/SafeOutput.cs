using System.Runtime.InteropServices;

namespace EpistemicScoring.Cli.IO;

/// <summary>
/// Writes output files so that no input is ever lost: an output that is one of the inputs (the same path, another
/// spelling such as <c>/proc/self/cwd/…</c>, a symbolic link or a hard link to it) is refused by file identity, and
/// every output is written to a temporary file in the same folder and renamed into place only when complete, so
/// a failed or interrupted run leaves the old file as it was.
/// </summary>
internal static partial class SafeOutput
{
    /// <summary>Refuses <paramref name="output"/> when it is the same file as any of <paramref name="inputs"/>.</summary>
    /// <param name="output">The output path.</param>
    /// <param name="what">What the output is, for the message ("the model", "the report").</param>
    /// <param name="inputs">The input paths; null entries and "-" are skipped.</param>
    /// <exception cref="CliException">The output is an input, or a directory (exit 2).</exception>
    public static void RefuseInputs(string output, string what, params IEnumerable<string?> inputs)
    {
        if (Directory.Exists(output))
        {
            throw new CliException($"{output}: is a directory; give the path of {what}'s file.");
        }

        foreach (string? input in inputs)
        {
            if (input is null or "-")
            {
                continue;
            }

            if (SameFile(output, input))
            {
                throw new CliException($"{output}: {what} would overwrite the input {input} (the same file); choose another output file.");
            }
        }
    }

    /// <summary>True when both paths exist and name the same file, or spell the same path.</summary>
    /// <param name="a">One path.</param>
    /// <param name="b">The other.</param>
    /// <returns>True for the same file.</returns>
    public static bool SameFile(string a, string b)
    {
        if (string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
        {
            return true;
        }

        if (!File.Exists(a) || !File.Exists(b))
        {
            return false;
        }

        if (TryIdentity(a, out FileIdentity ia) && TryIdentity(b, out FileIdentity ib))
        {
            return ia == ib;
        }

        return string.Equals(Canonical(a), Canonical(b), OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>
    /// Writes a file through a temporary file in the same folder, renamed over <paramref name="path"/> when
    /// <paramref name="write"/> returns. When <paramref name="path"/> is a symbolic link, the file it points to is
    /// replaced, not the link.
    /// </summary>
    /// <param name="path">The output path.</param>
    /// <param name="what">What the output is, for the message.</param>
    /// <param name="write">Writes the content.</param>
    /// <exception cref="CliException">The file cannot be written (exit 2).</exception>
    public static void WriteAtomically(string path, string what, Action<Stream> write)
    {
        string target = Path.GetFullPath(path);
        string? temp = null;
        try
        {
            if (new FileInfo(target).LinkTarget is not null && File.ResolveLinkTarget(target, returnFinalTarget: true) is { } link)
            {
                target = link.FullName;
            }

            string dir = Path.GetDirectoryName(target) ?? ".";
            Directory.CreateDirectory(dir);
            temp = Path.Combine(dir, $".{Path.GetFileName(target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, target, overwrite: true);
            temp = null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"{path}: cannot write {what} ({ex.Message}).");
        }
        finally
        {
            if (temp is not null)
            {
                try
                {
                    File.Delete(temp);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // The temporary file stays behind; the output itself was not touched.
                }
            }
        }
    }

    /// <summary>Writes text as UTF-8 (no byte-order mark) through <see cref="WriteAtomically"/>.</summary>
    /// <param name="path">The output path.</param>
    /// <param name="what">What the output is.</param>
    /// <param name="text">The text.</param>
    public static void WriteAllText(string path, string what, string text) =>
        WriteAtomically(path, what, stream =>
        {
            using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false), leaveOpen: true);
            writer.Write(text);
        });

    /// <summary>The device and inode of a file, following symbolic links.</summary>
    private readonly record struct FileIdentity(ulong Device, ulong Inode);

    private static bool TryIdentity(string path, out FileIdentity identity)
    {
        identity = default;
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return false;
        }

        // struct stat is larger than 256 bytes nowhere; st_ino is a 64-bit field at offset 8 on Linux (x86-64,
        // arm64) and macOS; st_dev is 64 bits at offset 0 on Linux and 32 bits at offset 0 on macOS.
        Span<byte> buffer = stackalloc byte[512];
        try
        {
            if (Stat(path, ref MemoryMarshal.GetReference(buffer)) != 0)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }

        ulong device = OperatingSystem.IsMacOS() ? MemoryMarshal.Read<uint>(buffer) : MemoryMarshal.Read<ulong>(buffer);
        identity = new FileIdentity(device, MemoryMarshal.Read<ulong>(buffer[8..]));
        return true;
    }

    /// <summary>The path with every symbolic link resolved (realpath), or the full path where that is unavailable.</summary>
    private static string Canonical(string path)
    {
        string full = Path.GetFullPath(path);
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Stat(string path, ref byte buffer);
}
