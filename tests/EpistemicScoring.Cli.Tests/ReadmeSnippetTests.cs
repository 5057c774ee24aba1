using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace EpistemicScoring.Cli.Tests;

/// <summary>
/// Every <c>```csharp</c> block of the README compiles as pasted into a new console project (the SDK's implicit
/// usings on, references to EpistemicScoring, EpistemicScoring.ML and Microsoft.Extensions.*): blocks that only
/// declare types are compiled beside each block of statements, so the extending snippet's rule and the builder
/// that adds it are checked together.
/// </summary>
public partial class ReadmeSnippetTests
{
    private const string ImplicitUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    public static TheoryData<int> Blocks() => [.. Enumerable.Range(0, Snippets().Count)];

    [Fact]
    public void Readme_HasCSharpBlocks()
    {
        Assert.True(Snippets().Count >= 4);
    }

    [Theory]
    [MemberData(nameof(Blocks))]
    public void ReadmeBlock_Compiles(int index)
    {
        IReadOnlyList<string> snippets = Snippets();
        string block = snippets[index];
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        SyntaxTree tree = CSharpSyntaxTree.ParseText(block, parse, path: $"README-block-{index}.cs");
        bool statements = HasTopLevelStatements(tree);
        var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(ImplicitUsings, parse), tree };
        for (int i = 0; i < snippets.Count; i++)
        {
            SyntaxTree other = CSharpSyntaxTree.ParseText(snippets[i], parse, path: $"README-block-{i}.cs");
            if (i != index && !HasTopLevelStatements(other))
            {
                trees.Add(other);
            }
        }

        CSharpCompilation compilation = CSharpCompilation.Create(
            $"ReadmeBlock{index}",
            trees,
            References(),
            new CSharpCompilationOptions(statements ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Diagnostic[] errors = [.. compilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error)];
        Assert.True(errors.Length == 0, $"README block {index} does not compile:\n{string.Join("\n", errors.Select(static e => e.ToString()))}\n---\n{block}");
    }

    private static bool HasTopLevelStatements(SyntaxTree tree) =>
        tree.GetRoot().ChildNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.GlobalStatementSyntax>().Any();

    private static List<MetadataReference> References()
    {
        string tpa = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var paths = tpa.Split(Path.PathSeparator).ToHashSet(StringComparer.Ordinal);
        foreach (string dll in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            paths.Add(dll);
        }

        return [.. paths.Where(static p => !p.Contains("xunit", StringComparison.OrdinalIgnoreCase) && !p.Contains("testhost", StringComparison.OrdinalIgnoreCase))
            .GroupBy(static p => Path.GetFileName(p), StringComparer.OrdinalIgnoreCase).Select(static g => g.First())
            .Where(static p => IsManaged(p))
            .Select(static p => (MetadataReference)MetadataReference.CreateFromFile(p))];
    }

    private static bool IsManaged(string path)
    {
        try
        {
            System.Reflection.AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private static IReadOnlyList<string> Snippets()
    {
        string readme = File.ReadAllText(Path.Combine(RepoRoot(), "README.md"));
        return [.. CSharpBlock().Matches(readme).Select(static m => m.Groups[1].Value)];
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

    [GeneratedRegex(@"^```csharp\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex CSharpBlock();
}
