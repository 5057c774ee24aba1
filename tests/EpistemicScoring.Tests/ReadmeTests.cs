using EpistemicScoring.Rules;

namespace EpistemicScoring.Tests;

/// <summary>The README's rules table names every built-in rule.</summary>
public class ReadmeTests
{
    [Fact]
    public void Readme_ListsEveryBuiltInRule()
    {
        string readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        foreach (IRule rule in DefaultRules.Create())
        {
            Assert.Contains($"| {rule.Descriptor.Id} |", readme, StringComparison.Ordinal);
        }
    }

    private static string RepoRoot([System.Runtime.CompilerServices.CallerFilePath] string path = "")
    {
        string? dir = Path.GetDirectoryName(path);
        while (dir is not null && !File.Exists(Path.Combine(dir, "EpistemicScoring.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }
}
