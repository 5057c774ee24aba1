using System.Runtime.CompilerServices;

namespace EpistemicScoring.Tests.Pipeline;

/// <summary>The structure ARCHITECTURE.md promises, checked on the source tree.</summary>
public class ArchitectureTests
{
    private const int MaxLines = 600;

    [Fact]
    public void SourceFiles_AreAtMost600Lines()
    {
        var tooLong = new List<string>();
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            int lines = File.ReadLines(file).Count();
            if (lines > MaxLines)
            {
                tooLong.Add($"{Path.GetRelativePath(RepoRoot(), file)} ({lines} lines)");
            }
        }

        Assert.True(tooLong.Count == 0, "Split these files into named parts: " + string.Join(", ", tooLong));
    }

    /// <summary>
    /// Issue 18: no pattern may hang on text built to make it backtrack. Every regular expression in src has a match
    /// timeout or runs non-backtracking; a batch turns a timeout into that record's error line.
    /// </summary>
    [Fact]
    public void Regexes_HaveATimeoutOrDoNotBacktrack()
    {
        var unbounded = new List<string>();
        int seen = 0;
        foreach (string file in Directory.EnumerateFiles(Path.Combine(RepoRoot(), "src"), "*.cs", SearchOption.AllDirectories))
        {
            if (file.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            {
                continue;
            }

            string text = File.ReadAllText(file);
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(
                text, @"\[GeneratedRegex\((?<args>.*)\)\]|new\s+(System\.Text\.RegularExpressions\.)?Regex\s*\((?<args>[^;]*);|\bRegex\.(Match|Matches|IsMatch|Replace|Split|Count|EnumerateMatches)\s*\((?<args>[^;]*);",
                System.Text.RegularExpressions.RegexOptions.None,
                TimeSpan.FromSeconds(5)))
            {
                seen++;
                string args = m.Groups["args"].Value;
                bool bounded = args.Contains("NonBacktracking", StringComparison.Ordinal)
                    || args.Contains("TimeSpan", StringComparison.Ordinal)
                    || args.Contains("matchTimeoutMilliseconds", StringComparison.Ordinal)
                    || System.Text.RegularExpressions.Regex.IsMatch(args, @",\s*\d+\s*\)?\s*$", System.Text.RegularExpressions.RegexOptions.None, TimeSpan.FromSeconds(1));
                if (!bounded)
                {
                    unbounded.Add($"{Path.GetRelativePath(RepoRoot(), file)}: {m.Value[..Math.Min(80, m.Value.Length)]}");
                }
            }
        }

        Assert.True(seen >= 2, $"the scan found {seen} regular expressions; it no longer reads the source as it should");
        Assert.True(unbounded.Count == 0, "Give these a match timeout or RegexOptions.NonBacktracking: " + string.Join("; ", unbounded));
    }

    [Fact]
    public void Scoring_ImportsNothingFromRules()
    {
        string scoring = Path.Combine(RepoRoot(), "src", "EpistemicScoring", "Scoring");
        foreach (string file in Directory.EnumerateFiles(scoring, "*.cs"))
        {
            string text = File.ReadAllText(file);
            Assert.False(text.Contains("using EpistemicScoring.Rules", StringComparison.Ordinal) || text.Contains("Rules.", StringComparison.Ordinal),
                $"{Path.GetFileName(file)} reaches into Rules: scoring reads only evidence and the analysis model.");
        }
    }

    [Fact]
    public void CoreNamespaces_FollowFolders()
    {
        string core = Path.Combine(RepoRoot(), "src", "EpistemicScoring");
        foreach (string file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(core, Path.GetDirectoryName(file)!);
            if (relative.StartsWith("obj", StringComparison.Ordinal) || relative.StartsWith("bin", StringComparison.Ordinal))
            {
                continue;
            }

            string expected = relative == "." ? "EpistemicScoring" : "EpistemicScoring." + relative.Replace(Path.DirectorySeparatorChar, '.');
            string? declared = File.ReadLines(file).FirstOrDefault(static l => l.StartsWith("namespace ", StringComparison.Ordinal));
            Assert.True(declared is not null, $"{file} declares no namespace");
            // The first namespace is the folder's; a file may add the one block that extension methods conventionally live in
            // (ServiceCollectionExtensions: Microsoft.Extensions.DependencyInjection), and nothing else.
            Assert.True(declared == $"namespace {expected};" || declared == $"namespace {expected}", $"{Path.GetRelativePath(core, file)}: '{declared}' does not follow its folder ({expected}).");
            foreach (string other in File.ReadLines(file).Where(static l => l.StartsWith("namespace ", StringComparison.Ordinal)).Skip(1))
            {
                Assert.True(other == "namespace Microsoft.Extensions.DependencyInjection", $"{Path.GetRelativePath(core, file)}: a second namespace '{other}'.");
            }
        }
    }

    private static string RepoRoot([CallerFilePath] string path = "")
    {
        string? dir = Path.GetDirectoryName(path);
        while (dir is not null && !File.Exists(Path.Combine(dir, "EpistemicScoring.sln")))
        {
            dir = Path.GetDirectoryName(dir);
        }

        return dir ?? throw new InvalidOperationException("Repository root not found.");
    }
}
