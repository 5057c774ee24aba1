using System.Text.Json;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Tests;

/// <summary>
/// The committed JSON Schemas under <c>schemas/</c> are what <see cref="JsonSchemas"/> generates now; regenerate with
/// <c>UPDATE_GOLDEN=1 dotnet test</c> after an (additive) change to the report or the options.
/// </summary>
public class SchemaTests
{
    [Theory]
    [InlineData("report.schema.json")]
    [InlineData("config.schema.json")]
    public void CommittedSchema_MatchesGenerated(string name)
    {
        string generated = name.StartsWith("report", StringComparison.Ordinal) ? JsonSchemas.Report() : JsonSchemas.Config();
        string path = Path.Combine(RepoRoot(), "schemas", name);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, generated);
        }

        Assert.True(File.Exists(path), $"{path} is missing; run UPDATE_GOLDEN=1 dotnet test.");
        Assert.Equal(File.ReadAllText(path).ReplaceLineEndings("\n"), generated);
    }

    [Fact]
    public void ReportSchema_NamesEveryPropertyAReportWrites()
    {
        using JsonDocument schema = JsonDocument.Parse(JsonSchemas.Report());
        JsonElement properties = schema.RootElement.GetProperty("properties");
        using JsonDocument report = JsonDocument.Parse(ReportJson.Serialize(EpistemicScorer.CreateDefault().Score(ScorerTests.Sample("well-sourced-report.txt"))));
        foreach (JsonProperty p in report.RootElement.EnumerateObject())
        {
            Assert.True(properties.TryGetProperty(p.Name, out _), p.Name);
        }

        JsonElement verdict = properties.GetProperty("overall").GetProperty("properties").GetProperty("verdict");
        Assert.Contains("insufficient", verdict.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ConfigSchema_RefusesUnknownProperties_LikeTheReader()
    {
        using JsonDocument schema = JsonDocument.Parse(JsonSchemas.Config());
        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.True(schema.RootElement.GetProperty("properties").TryGetProperty("lexiconAdditions", out _));
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
