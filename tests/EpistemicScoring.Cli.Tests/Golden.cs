namespace EpistemicScoring.Cli.Tests;

/// <summary>
/// Compares output with a golden file as plain text. When rules change on purpose, regenerate every golden file
/// with <c>UPDATE_GOLDEN=1 dotnet test</c> and review the diff.
/// </summary>
internal static class Golden
{
    public static void Verify(string name, string actual, [System.Runtime.CompilerServices.CallerFilePath] string callerPath = "")
    {
        string sourceDir = Path.Combine(FindProjectDir(callerPath), "Golden");
        string path = Path.Combine(sourceDir, name);
        actual = actual.ReplaceLineEndings("\n");
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(sourceDir);
            File.WriteAllText(path, actual);
            return;
        }

        string expectedPath = File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, "Golden", name);
        Assert.True(File.Exists(expectedPath), $"Golden file {name} is missing; run UPDATE_GOLDEN=1 dotnet test to create it.");
        string expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            string[] e = expected.Split('\n');
            string[] a = actual.Split('\n');
            int line = 0;
            while (line < Math.Min(e.Length, a.Length) && e[line] == a[line])
            {
                line++;
            }

            Assert.Fail($"{name} differs from its golden file at line {line + 1}:\n  expected: {(line < e.Length ? e[line] : "<end>")}\n  actual:   {(line < a.Length ? a[line] : "<end>")}\nIf the change is intended, run UPDATE_GOLDEN=1 dotnet test and review the diff.");
        }
    }

    private static string FindProjectDir(string callerPath)
    {
        string? dir = Path.GetDirectoryName(callerPath);
        while (dir is not null && !Directory.EnumerateFiles(dir, "*.csproj").Any())
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? AppContext.BaseDirectory;
    }
}
