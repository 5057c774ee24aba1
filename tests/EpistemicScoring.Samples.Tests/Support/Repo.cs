using System.Reflection;
using System.Runtime.CompilerServices;

namespace EpistemicScoring.Samples.Tests.Support;

/// <summary>Paths into the repository these tests were built from.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    /// <summary>The configuration these tests were built in; the samples are built in the same one.</summary>
    public static string Configuration { get; } =
        typeof(Repo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(static a => a.Key == "Configuration").Value!;

    /// <summary>The built entry assembly of <c>samples/NAME</c>.</summary>
    public static string SampleDll(string name)
    {
        string path = Path.Combine(Samples, name, "bin", Configuration, "net10.0", name + ".dll");
        Assert.True(File.Exists(path), $"{path} is not built (the test project references the sample, so building the tests builds it).");
        return path;
    }

    /// <summary>Above this source file, else above the test binaries (which sit in tests/NAME/bin/... of the clone).</summary>
    private static string FindRoot([CallerFilePath] string path = "") =>
        Above(Path.GetDirectoryName(path)) ?? Above(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Repository root not found.");

    private static string? Above(string? dir)
    {
        while (dir is not null && !File.Exists(Path.Combine(dir, "EpistemicScoring.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir;
    }
}
