using System.Runtime.InteropServices;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// Whether two paths name the same file, by identity rather than by spelling: on Linux the device and inode
/// (<c>stat</c>), which sees through symlinks, hard links and spellings such as <c>/proc/self/cwd/...</c>; elsewhere the
/// fully resolved path (every symlink followed).
/// </summary>
internal static class FileIdentity
{
    /// <summary>True when both paths exist and are one file.</summary>
    public static bool Same(string a, string b)
    {
        if (!File.Exists(a) || !File.Exists(b))
        {
            return false;
        }

        if (OperatingSystem.IsLinux() && Native.TryStat(a, out ulong devA, out ulong inoA) && Native.TryStat(b, out ulong devB, out ulong inoB))
        {
            return devA == devB && inoA == inoB;
        }

        return string.Equals(Resolve(a), Resolve(b), OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The path with every symlink along it followed.</summary>
    private static string Resolve(string path)
    {
        string full = Path.GetFullPath(path);
        string? parent = Path.GetDirectoryName(full);
        string resolvedParent = parent is null ? string.Empty : ResolveDirectory(parent);
        string joined = Path.Combine(resolvedParent, Path.GetFileName(full));
        FileSystemInfo? target = File.ResolveLinkTarget(joined, returnFinalTarget: true);
        return target is null ? joined : Resolve(target.FullName);
    }

    private static string ResolveDirectory(string directory)
    {
        string? parent = Path.GetDirectoryName(directory);
        if (parent is null)
        {
            return directory;
        }

        string joined = Path.Combine(ResolveDirectory(parent), Path.GetFileName(directory));
        FileSystemInfo? target = Directory.ResolveLinkTarget(joined, returnFinalTarget: true);
        return target is null ? joined : ResolveDirectory(Path.GetFullPath(target.FullName));
    }

    private static class Native
    {
        // struct stat on Linux x86-64 and arm64 (glibc and musl) begins with dev_t st_dev and ino_t st_ino, 8 bytes each.
        private const int StatBufferSize = 256;

        public static bool TryStat(string path, out ulong device, out ulong inode)
        {
            device = 0;
            inode = 0;
            if (RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
            {
                return false;
            }

            byte[] buffer = new byte[StatBufferSize];
            int rc;
            try
            {
                rc = Stat(path, buffer);
            }
            catch (EntryPointNotFoundException)
            {
                return false;
            }
            catch (DllNotFoundException)
            {
                return false;
            }

            if (rc != 0)
            {
                return false;
            }

            device = BitConverter.ToUInt64(buffer, 0);
            inode = BitConverter.ToUInt64(buffer, 8);
            return true;
        }

        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] buffer);
    }
}
