using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Security;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using EpistemicScoring.Reports;
using EpistemicScoring.Samples.Tests.Support;
using Xunit.Abstractions;

namespace EpistemicScoring.Samples.Tests;

/// <summary>
/// The packages as a user meets them. The three packages are packed (Release, into a folder of their own, built
/// apart from the repository's bin and obj), then a fresh console project outside the repository consumes the two
/// libraries from that folder and runs the README's quick start, word for word, then its classifier snippet (the ML
/// package, trained on the made-up articles of samples/Classifier); the tool is installed with <c>--tool-path</c>
/// and runs <c>--version</c>, <c>score</c> and <c>serve</c>, and its installed size is measured.
/// </summary>
/// <remarks>
/// The packages get a version of their own for each run (the repository's version with a unique pre-release tag),
/// and the consumer restores into a packages folder of its own, so that no copy of an earlier run can stand in
/// for them. Its nuget.config lists the pack folder (the only source allowed for EpistemicScoring packages) and
/// the sources this machine's NuGet configuration already uses, for the dependencies; the machine's packages
/// folder is a fallback folder, so dependencies that the repository's own restore fetched are not fetched again.
/// </remarks>
public sealed partial class PackageConsumerTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_buildTimeout = TimeSpan.FromMinutes(8);
    private static readonly TimeSpan s_runTimeout = TimeSpan.FromMinutes(2);

    /// <summary>Issue 20's budget for the installed tool; the editorial server must not bring a large dependency into it.</summary>
    private const long ToolSizeLimitBytes = 60L * 1024 * 1024;

    [Fact]
    public async Task Packages_InAFreshConsoleProjectAndAsAnInstalledTool_WorkFromALocalFolder()
    {
        string root = Directory.CreateTempSubdirectory("epistemic-consumer-").FullName;
        try
        {
            string version = $"{RepositoryVersion()}-consumer.t{Guid.NewGuid():N}"[..^20];
            string feed = Path.Combine(root, "feed");
            Pack(root, feed, version);
            CheckPackages(feed, version);

            string config = WriteNuGetConfig(root, feed);
            var isolated = new Dictionary<string, string?> { ["NUGET_PACKAGES"] = Path.Combine(root, "packages") };
            if (Environment.GetEnvironmentVariable("DOTNET_ROOT") is null && Path.IsPathRooted(Processes.Dotnet))
            {
                isolated["DOTNET_ROOT"] = Path.GetDirectoryName(Processes.Dotnet);   // where the tool's launcher finds the runtime
            }

            string draft = File.ReadAllText(Path.Combine(Repo.Samples, "QuickStart", "draft.txt"));
            RunQuickStartInAFreshProject(root, version, draft, isolated);
            await RunTheInstalledTool(root, config, version, draft, isolated);
        }
        finally
        {
            try
            {
                Directory.Delete(root, recursive: true);
            }
            catch (IOException)
            {
                // Left in the temporary folder; nothing depends on it.
            }
        }
    }

    private void Pack(string root, string feed, string version)
    {
        string artifacts = Path.Combine(root, "build");
        foreach (string project in new[] { "EpistemicScoring", "EpistemicScoring.ML", "EpistemicScoring.Cli" })
        {
            ProcessResult pack = Processes.DotnetRun(Repo.Root, s_buildTimeout, null,
                "pack", Path.Combine(Repo.Root, "src", project, project + ".csproj"), "-c", "Release", "-o", feed,
                "--artifacts-path", artifacts, $"-p:Version={version}", "-v", "q", "-nologo", "--disable-build-servers");
            Assert.True(pack.ExitCode == 0, $"dotnet pack {project}: {pack}");
        }

        output.WriteLine($"packed {version}: {string.Join(", ", Directory.GetFiles(feed).Select(f => $"{Path.GetFileName(f)} ({new FileInfo(f).Length / 1024} KB)"))}");
    }

    /// <summary>Three packages with their symbol packages, readme, licence expression and XML docs.</summary>
    private static void CheckPackages(string feed, string version)
    {
        foreach ((string id, string folder, string[] assemblies) in new[]
        {
            ("EpistemicScoring", "lib/net10.0/", new[] { "EpistemicScoring" }),
            ("EpistemicScoring.ML", "lib/net10.0/", new[] { "EpistemicScoring.ML" }),
            ("EpistemicScoring.Cli", "tools/net10.0/any/", new[] { "epistemic", "EpistemicScoring", "EpistemicScoring.ML", "EpistemicScoring.Server" }),
        })
        {
            string package = Path.Combine(feed, $"{id}.{version}.nupkg");
            string symbols = Path.Combine(feed, $"{id}.{version}.snupkg");
            Assert.True(File.Exists(package), $"{package} was not produced.");
            Assert.True(File.Exists(symbols), $"{symbols} was not produced.");

            using ZipArchive nupkg = ZipFile.OpenRead(package);
            string[] entries = [.. nupkg.Entries.Select(static e => e.FullName)];
            Assert.Contains("README.md", entries);
            XElement nuspec = ReadNuspec(nupkg, id).Root!;
            XNamespace ns = nuspec.Name.Namespace;   // NuGet writes the schema version the package needs
            XElement metadata = nuspec.Element(ns + "metadata")!;
            Assert.Equal(version, metadata.Element(ns + "version")!.Value);
            Assert.Equal("MIT", metadata.Element(ns + "license")!.Value);
            Assert.Equal("expression", metadata.Element(ns + "license")!.Attribute("type")!.Value);
            Assert.Equal("README.md", metadata.Element(ns + "readme")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(metadata.Element(ns + "description")!.Value));
            Assert.NotNull(metadata.Element(ns + "repository"));
            foreach (string assembly in assemblies)
            {
                Assert.Contains(folder + assembly + ".dll", entries);
            }

            using ZipArchive snupkg = ZipFile.OpenRead(symbols);
            string[] pdbs = [.. snupkg.Entries.Select(static e => e.FullName).Where(static e => e.EndsWith(".pdb", StringComparison.Ordinal))];
            foreach (string assembly in assemblies)
            {
                Assert.Contains(folder + assembly + ".pdb", pdbs);
            }

            if (id != "EpistemicScoring.Cli")
            {
                Assert.Contains(folder + id + ".xml", entries);   // IntelliSense docs for the libraries
            }
            else
            {
                Assert.Contains(metadata.Element(ns + "packageTypes")!.Elements(), static t => t.Attribute("name")!.Value == "DotnetTool");
                Assert.DoesNotContain(entries, static e => e.EndsWith(".dbg", StringComparison.Ordinal) || e.EndsWith(".dwarf", StringComparison.Ordinal));
            }
        }
    }

    private static XDocument ReadNuspec(ZipArchive nupkg, string id)
    {
        using Stream stream = nupkg.GetEntry(id + ".nuspec")!.Open();
        return XDocument.Load(stream);
    }

    /// <summary>A nuget.config: the pack folder for EpistemicScoring packages, this machine's sources for the rest.</summary>
    private string WriteNuGetConfig(string root, string feed)
    {
        ProcessResult sources = Processes.DotnetRun(root, s_runTimeout, null, "nuget", "list", "source", "--format", "short");
        Assert.True(sources.ExitCode == 0, sources.ToString());
        string[] registries = [.. EnabledSource().Matches(sources.Output).Select(static m => m.Groups[1].Value.Trim())];
        ProcessResult locals = Processes.DotnetRun(root, s_runTimeout, null, "nuget", "locals", "global-packages", "--list");
        Assert.True(locals.ExitCode == 0, locals.ToString());
        string machinePackages = GlobalPackages().Match(locals.Output).Groups[1].Value.Trim();
        output.WriteLine($"sources: {string.Join(", ", registries)}; fallback folder: {machinePackages}");

        var sourceLines = new List<string> { $"""    <add key="local-packs" value="{SecurityElement.Escape(feed)}" />""" };
        var mappingLines = new List<string>
        {
            """    <packageSource key="local-packs"><package pattern="EpistemicScoring" /><package pattern="EpistemicScoring.*" /></packageSource>""",
        };
        for (int i = 0; i < registries.Length; i++)
        {
            sourceLines.Add($"""    <add key="registry-{i}" value="{SecurityElement.Escape(registries[i])}" />""");
            mappingLines.Add($"""    <packageSource key="registry-{i}"><package pattern="*" /></packageSource>""");
        }

        string fallback = Directory.Exists(machinePackages)
            ? $"""    <add key="machine" value="{SecurityElement.Escape(machinePackages)}" />"""
            : string.Empty;
        string path = Path.Combine(root, "nuget.config");
        File.WriteAllText(path, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
            {string.Join("\n", sourceLines)}
              </packageSources>
              <packageSourceMapping>
            {string.Join("\n", mappingLines)}
              </packageSourceMapping>
              <fallbackPackageFolders>
                <clear />
            {fallback}
              </fallbackPackageFolders>
            </configuration>
            """);
        // Nothing above the consumer may shape its build.
        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(root, "Directory.Packages.props"), "<Project />\n");
        return path;
    }

    private void RunQuickStartInAFreshProject(string root, string version, string draft, Dictionary<string, string?> environment)
    {
        string project = Path.Combine(root, "Consumer");
        Directory.CreateDirectory(project);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <ImplicitUsings>enable</ImplicitUsings>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="EpistemicScoring" Version="{version}" />
                <PackageReference Include="EpistemicScoring.ML" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Program.cs"), ReadmeBlock("Quick start"));
        File.WriteAllText(Path.Combine(project, "draft.txt"), draft);

        Build(project, environment);
        string bin = Path.Combine(project, "bin", "Release", "net10.0");
        Assert.True(File.Exists(Path.Combine(bin, "EpistemicScoring.ML.dll")) && File.Exists(Path.Combine(bin, "Microsoft.ML.Data.dll")), "The ML package and its dependencies did not reach the consumer.");
        string restoredFrom = Path.Combine(root, "packages", "epistemicscoring", version);
        Assert.True(Directory.Exists(restoredFrom), $"EpistemicScoring {version} was not restored into the consumer's own packages folder.");

        ProcessResult run = Processes.DotnetRun(project, s_runTimeout, environment, Path.Combine(bin, "Consumer.dll"));
        Assert.True(run.ExitCode == 0, $"the quick start: {run}");
        output.WriteLine(run.Output);

        // The packaged library scores as the one in this repository does.
        EpistemicReport expected = EpistemicScorer.CreateDefault().Score(draft);
        Assert.Equal(
            [.. expected.Laws.Select(static law => $"{law.Law.Title()}: {law.Verdict} ({law.Score:0}) {law.Rationale[0]}")],
            run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(static l => l.TrimEnd('\r')));

        // The README's classifier snippet on the ML package, with the made-up labelled articles of samples/Classifier.
        File.WriteAllText(Path.Combine(project, "Program.cs"), ReadmeBlock("Optional classifier"));
        File.Copy(Path.Combine(Repo.Samples, "Classifier", "labelled.tsv"), Path.Combine(project, "labelled.tsv"));
        Build(project, environment);
        ProcessResult classifier = Processes.DotnetRun(project, s_runTimeout, environment, Path.Combine(bin, "Consumer.dll"));
        Assert.True(classifier.ExitCode == 0, $"the classifier snippet: {classifier}");
        Assert.True(new FileInfo(Path.Combine(project, "model.zip")).Length > 0, "The classifier snippet wrote no model.");
    }

    private static void Build(string project, Dictionary<string, string?> environment)
    {
        ProcessResult build = Processes.DotnetRun(project, s_buildTimeout, environment, "build", "-c", "Release", "-v", "q", "-nologo", "--disable-build-servers");
        Assert.True(build.ExitCode == 0, $"dotnet build of the consumer: {build}");
    }

    private async Task RunTheInstalledTool(string root, string config, string version, string draft, Dictionary<string, string?> environment)
    {
        string tools = Path.Combine(root, "tools");
        ProcessResult install = Processes.DotnetRun(root, s_buildTimeout, environment,
            "tool", "install", "EpistemicScoring.Cli", "--version", version, "--tool-path", tools, "--configfile", config);
        Assert.True(install.ExitCode == 0, $"dotnet tool install: {install}");

        long size = Directory.EnumerateFiles(tools, "*", SearchOption.AllDirectories).Sum(static f => new FileInfo(f).Length);
        output.WriteLine($"installed tool: {size / (1024.0 * 1024.0):0.0} MiB ({size} bytes) under --tool-path");
        Assert.True(size < ToolSizeLimitBytes, $"The installed tool takes {size} bytes, over the budget of {ToolSizeLimitBytes}.");

        string epistemic = Path.Combine(tools, OperatingSystem.IsWindows() ? "epistemic.exe" : "epistemic");
        ProcessResult versionRun = Processes.Run(epistemic, root, ["--version"], s_runTimeout, environment);
        Assert.True(versionRun.ExitCode == 0, versionRun.ToString());
        Assert.Equal(version, versionRun.Output.Trim());

        string draftPath = Path.Combine(root, "draft.txt");
        File.WriteAllText(draftPath, draft);
        ProcessResult score = Processes.Run(epistemic, root, ["score", draftPath, "--format", "json"], s_runTimeout, environment);
        Assert.True(score.ExitCode == 0, score.ToString());
        JsonNode scored = JsonNode.Parse(score.Output)!;
        AssertFiveLaws(scored);
        // The tool's verdicts are the repository's (the receipt differs: it names the tool's version).
        JsonNode expected = JsonNode.Parse(Serialization.ReportJson.Serialize(EpistemicScorer.CreateDefault().Score(draft)))!;
        Assert.True(JsonNode.DeepEquals(expected["laws"], scored["laws"]) && JsonNode.DeepEquals(expected["overall"], scored["overall"]), score.Output);

        var serveInfo = Processes.Info(epistemic, root, ["serve", "--port", "0"], environment);
        (System.Diagnostics.Process serve, Uri address) = await Processes.StartServerAsync(serveInfo, ServeListening(), s_runTimeout);
        try
        {
            Assert.Equal("127.0.0.1", address.Host);
            using var http = new HttpClient { BaseAddress = address, Timeout = s_runTimeout };
            using HttpResponseMessage response = await http.PostAsJsonAsync(new Uri("/score", UriKind.Relative), new { text = draft, title = "Seawall approved" });
            string body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, body);
            AssertFiveLaws(JsonNode.Parse(body)!);

            using HttpResponseMessage page = await http.GetAsync(new Uri("/", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType!.MediaType);
            string html = await page.Content.ReadAsStringAsync();
            Assert.Contains("<title>Editorial check", html, StringComparison.Ordinal);
            Assert.Contains("/app.js", html, StringComparison.Ordinal);
            string script = await http.GetStringAsync(new Uri("/app.js", UriKind.Relative));
            Assert.Contains("/score", script, StringComparison.Ordinal);
        }
        finally
        {
            Processes.Stop(serve);
            serve.Dispose();
        }
    }

    private static void AssertFiveLaws(JsonNode report)
    {
        Assert.Equal(
            ["truthfulness", "sourceReferencing", "reliabilityAccuracy", "contextualJudgment", "inferenceTraceability"],
            report["laws"]!.AsArray().Select(static l => l!["law"]!.GetValue<string>()));
        Assert.All(report["laws"]!.AsArray(), static l => Assert.InRange(l!["score"]!.GetValue<double>(), 0, 100));
    }

    /// <summary>The first C# block of the README's section <paramref name="heading"/>.</summary>
    private static string ReadmeBlock(string heading)
    {
        string readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md")).ReplaceLineEndings("\n");
        int section = readme.IndexOf($"\n## {heading}\n", StringComparison.Ordinal);
        Assert.True(section >= 0, $"The README has no section '{heading}'.");
        int next = readme.IndexOf("\n## ", section + 4, StringComparison.Ordinal);
        Match block = CSharpBlock().Match(readme[..(next < 0 ? readme.Length : next)], section);
        Assert.True(block.Success, $"The README's section '{heading}' has no C# block.");
        return block.Groups[1].Value;
    }

    private static string RepositoryVersion()
    {
        string props = File.ReadAllText(Path.Combine(Repo.Root, "Directory.Build.props"));
        return VersionProperty().Match(props).Groups[1].Value;
    }

    [GeneratedRegex(@"```csharp\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();

    [GeneratedRegex(@"<Version>([^<]+)</Version>")]
    private static partial Regex VersionProperty();

    [GeneratedRegex(@"^\s*E\s+(\S+)\s*$", RegexOptions.Multiline)]
    private static partial Regex EnabledSource();

    [GeneratedRegex(@"global-packages:\s*(.+)")]
    private static partial Regex GlobalPackages();

    [GeneratedRegex(@"Listening on (http://\S+?)/? ")]
    private static partial Regex ServeListening();
}
