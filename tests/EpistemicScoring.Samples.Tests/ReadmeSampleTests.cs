using System.Text.RegularExpressions;
using EpistemicScoring.Samples.Tests.Support;

namespace EpistemicScoring.Samples.Tests;

/// <summary>
/// Every C# snippet of the README and of the package readmes comes from a sample that CI builds and these tests
/// run: its using directives are in one sample file, and its other lines appear in that file in the same order
/// (the sample may have more lines between them, such as braces, output or a second way of doing the same). So a
/// snippet cannot drift from code that compiles and runs. The README names every sample.
/// </summary>
public sealed partial class ReadmeSampleTests
{
    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (string doc in Documents())
        {
            for (int i = 0; i < Blocks(doc).Count; i++)
            {
                data.Add(doc, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_ComesFromASample(string document, int index)
    {
        string block = Blocks(document)[index];
        string[] lines = [.. block.Split('\n').Select(static l => l.Trim()).Where(static l => l.Length > 0)];
        string[] usings = [.. lines.Where(IsUsing)];
        string[] code = [.. lines.Where(static l => !IsUsing(l))];

        string[] candidates = [.. Directory.EnumerateFiles(Repo.Samples, "*.cs", SearchOption.AllDirectories)
            .Where(static f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))];
        string? source = candidates.FirstOrDefault(file =>
        {
            string[] sample = [.. File.ReadAllLines(file).Select(static l => l.Trim())];
            return usings.All(u => sample.Contains(u, StringComparer.Ordinal)) && IsSubsequence(code, sample);
        });

        Assert.True(source is not null, $"Block {index} of {document} is in no sample under samples/ (its lines, in order):\n{block}");
    }

    [Fact]
    public void Readme_HasSnippetsAndEverySampleIsInTheSolutionAndNamedInTheReadme()
    {
        Assert.True(Blocks("README.md").Count >= 5);
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        string solution = File.ReadAllText(Path.Combine(Repo.Root, "EpistemicScoring.sln"));
        string[] samples = [.. Directory.EnumerateFiles(Repo.Samples, "*.csproj", SearchOption.AllDirectories).Select(static p => Path.GetFileNameWithoutExtension(p)).Order(StringComparer.Ordinal)];
        Assert.Superset(new HashSet<string>(["BatchResearch", "Classifier", "CustomRule", "DependencyInjection", "EditorialService", "FactPack", "QuickStart"]), samples.ToHashSet());
        foreach (string sample in samples)
        {
            Assert.Contains($"samples\\{sample}\\{sample}.csproj", solution, StringComparison.Ordinal);
            Assert.Contains($"samples/{sample}", readme, StringComparison.Ordinal);
        }
    }

    private static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal) && line.EndsWith(';') && !line.Contains('(', StringComparison.Ordinal) && !line.Contains('=', StringComparison.Ordinal);

    private static bool IsSubsequence(string[] wanted, string[] lines)
    {
        int at = 0;
        foreach (string line in lines)
        {
            if (at < wanted.Length && line == wanted[at])
            {
                at++;
            }
        }

        return at == wanted.Length;
    }

    private static IEnumerable<string> Documents()
    {
        yield return "README.md";
        foreach (string package in Directory.EnumerateFiles(Path.Combine(Repo.Root, "src"), "PACKAGE.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            yield return Path.GetRelativePath(Repo.Root, package).Replace('\\', '/');
        }
    }

    private static List<string> Blocks(string document) =>
        [.. CSharpBlock().Matches(File.ReadAllText(Path.Combine(Repo.Root, document)).ReplaceLineEndings("\n")).Select(static m => m.Groups[1].Value)];

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
