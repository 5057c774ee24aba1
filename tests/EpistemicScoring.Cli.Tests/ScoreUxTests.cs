using System.Text.Json;
using System.Text.RegularExpressions;

namespace EpistemicScoring.Cli.Tests;

/// <summary>The cases of issue 20, "A tool editors and CI can live with": each failed before the change it tests.</summary>
public partial class ScoreUxTests
{
    private static string Sample(string name) => CliRunner.SamplePath(name);

    [Fact]
    public void Text_ShowsEachFinding_WithLineColumn_RuleId_Weight_AndQuote()
    {
        CliResult r = CliRunner.Run("score", Sample("unnamed-officials.txt"));
        Assert.Equal(0, r.ExitCode);
        Assert.Matches(FindingLine(), r.Out);
        Assert.Contains("EPS202", r.Out, StringComparison.Ordinal);
        Assert.Matches(new Regex("^\\s+\"", RegexOptions.Multiline), r.Out);
    }

    [Fact]
    public void Text_FitsTheWidth()
    {
        CliResult r = CliRunner.Run("score", Sample("well-sourced-report.txt"));
        Assert.All(r.Out.Split('\n').Skip(1), line => Assert.True(line.Length <= ConsoleIO.DefaultWidth, $"{line.Length}: {line}")); // the first line is the file's name, as long as its path
    }

    [Fact]
    public void Text_OnANarrowTerminal_IsColouredAndFitsItsWidth()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var io = new ConsoleIO(new StringReader(string.Empty), output, error) { OutputIsTerminal = true, Width = 64 };
        Assert.Equal(0, Program.Run(["score", Sample("unnamed-officials.txt")], io));
        string text = output.ToString();
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")))
        {
            Assert.Contains("\u001b[", text, StringComparison.Ordinal);
        }

        string plain = Regex.Replace(text, "\u001b\\[[0-9;]*m", string.Empty);
        Assert.All(plain.Split('\n').Skip(1), line => Assert.True(line.Length <= 64, $"{line.Length}: {line}")); // the first line is the file's name
        Assert.DoesNotContain("\u001b[", CliRunner.Run("score", Sample("unnamed-officials.txt")).Out, StringComparison.Ordinal);
    }

    [Fact]
    public void Quiet_PrintsTheFiveLawTableOnly()
    {
        CliResult r = CliRunner.Run("score", Sample("opinion-column.txt"), "--quiet");
        string[] lines = r.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(7, lines.Length); // name, overall, five laws
        Assert.DoesNotMatch(FindingLine(), r.Out);
    }

    [Fact]
    public void Markdown_BulletsCarryLocations()
    {
        CliResult r = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--format", "markdown");
        Assert.Matches(@"\(EPS\d{3}, line \d+:\d+\)", r.Out);
    }

    [Fact]
    public void VerdictSetByHand_AndSuppressedFinding_AreMarkedInEveryFormat()
    {
        CliResult json = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--format", "json");
        using JsonDocument doc = JsonDocument.Parse(json.Out);
        JsonElement finding = doc.RootElement.GetProperty("laws")[1].GetProperty("evidence").EnumerateArray().First(e => e.GetProperty("ruleId").GetString() == "EPS202");
        string overrides = CliRunner.TempFile(".json", $$"""
            {"suppress": [{"ruleId": "EPS202", "spanHash": "{{finding.GetProperty("spanHash").GetString()}}", "reason": "named later"}],
             "verdicts": [{"law": "sourceReferencing", "verdict": "moderate", "reason": "desk review"}]}
            """);
        try
        {
            CliResult text = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--overrides", overrides);
            Assert.Matches(@"Moderate \(set by hand; computed Low \d+\.\d\)", text.Out);
            Assert.Contains("[suppressed by hand: named later]", text.Out, StringComparison.Ordinal);
            CliResult quiet = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--overrides", overrides, "-q");
            Assert.Contains("set by hand", quiet.Out, StringComparison.Ordinal);
            CliResult md = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--overrides", overrides, "-f", "markdown");
            Assert.Matches(@"Verdict: Moderate \(set by hand; computed Low \d+\.\d\): desk review", md.Out);
            Assert.Contains("Suppressed by hand (EPS202", md.Out, StringComparison.Ordinal);
            CliResult j = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--overrides", overrides, "-f", "json");
            using JsonDocument after = JsonDocument.Parse(j.Out);
            JsonElement law = after.RootElement.GetProperty("laws")[1];
            Assert.Equal("low", law.GetProperty("computedVerdict").GetString());
            Assert.Equal("moderate", law.GetProperty("verdict").GetString());
            Assert.True(law.GetProperty("suppressed").GetArrayLength() > 0);
        }
        finally
        {
            File.Delete(overrides);
        }
    }

    [Theory]
    [InlineData("""{"rules":{"EPS999":{"enabled":false}}}""", "EPS999")]
    [InlineData("""{"lexiconAdditions":{"loaded-wurds":[{"text":"scamdemic"}]}}""", "loaded-wurds")]
    [InlineData("""{"lexiconAdditions":{"attribution-occasions":[{"text":"livestream","tag":"chanel"}]}}""", "chanel")]
    public void StrictConfig_NamingNothing_IsAnError(string config, string named)
    {
        string path = CliRunner.TempFile(".json", config);
        try
        {
            CliResult r = CliRunner.Run("score", Sample("opinion-column.txt"), "--config", path);
            Assert.Equal(2, r.ExitCode);
            Assert.Contains(named, r.Error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Suppression_MatchingNothing_WarnsOnStderr_AndInTheReport()
    {
        string path = CliRunner.TempFile(".json", """{"suppress":[{"ruleId":"EPS202","spanHash":"ffffffffffff","reason":"stale"}]}""");
        try
        {
            CliResult r = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--overrides", path, "--format", "json");
            Assert.Equal(0, r.ExitCode);
            Assert.Contains("ffffffffffff", r.Error, StringComparison.Ordinal);
            using JsonDocument doc = JsonDocument.Parse(r.Out);
            Assert.Equal(1, doc.RootElement.GetProperty("warnings").GetArrayLength());
            Assert.Equal(1, doc.RootElement.GetProperty("receipt").GetProperty("unmatchedSuppressions").GetArrayLength());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Score_SeveralFiles_Directory_AndGlob()
    {
        string dir = Directory.CreateTempSubdirectory("epistemic-ux-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(dir, "sub"));
            File.Copy(Sample("opinion-column.txt"), Path.Combine(dir, "a.txt"));
            File.Copy(Sample("well-sourced-report.txt"), Path.Combine(dir, "sub", "b.txt"));
            File.WriteAllText(Path.Combine(dir, "notes.csv"), "x,y\n");

            CliResult two = CliRunner.Run("score", Sample("opinion-column.txt"), Sample("well-sourced-report.txt"), "--format", "json");
            using (JsonDocument doc = JsonDocument.Parse(two.Out))
            {
                Assert.Equal(2, doc.RootElement.GetArrayLength());
                Assert.Equal(Sample("opinion-column.txt"), doc.RootElement[0].GetProperty("id").GetString());
            }

            CliResult folder = CliRunner.Run("score", dir, "-q");
            Assert.Equal(0, folder.ExitCode);
            Assert.Contains("a.txt", folder.Out, StringComparison.Ordinal);
            Assert.Contains("b.txt", folder.Out, StringComparison.Ordinal);
            Assert.DoesNotContain("notes.csv", folder.Out, StringComparison.Ordinal);

            CliResult glob = CliRunner.Run("score", Path.Combine(dir, "**", "*.txt"), "-q");
            Assert.Equal(2, Regex.Count(glob.Out, "^Overall", RegexOptions.Multiline));
            CliResult shallow = CliRunner.Run("score", Path.Combine(dir, "*.txt"), "-q");
            Assert.Equal(1, Regex.Count(shallow.Out, "^Overall", RegexOptions.Multiline));
            Assert.Equal(2, CliRunner.Run("score", Path.Combine(dir, "*.pdf")).ExitCode);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void FailOn_GatesCi_WithExitCode4()
    {
        Assert.Equal(4, CliRunner.Run("score", Sample("unnamed-officials.txt"), "--fail-on", "low", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", Sample("well-sourced-report.txt"), "--fail-on", "low", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", Sample("well-sourced-report.txt"), "--fail-on", "Moderate", "-q").ExitCode);
        Assert.Equal(4, CliRunner.Run("score", Sample("well-sourced-report.txt"), Sample("opinion-column.txt"), "--fail-on", "moderate", "-q").ExitCode);
        Assert.Equal(2, CliRunner.Run("score", Sample("well-sourced-report.txt"), "--fail-on", "high").ExitCode);
        Assert.Equal(0, CliRunner.Run("score", Sample("unnamed-officials.txt"), "-q").ExitCode);
    }

    [Fact]
    public void DisableAndEnable_TurnRulesOffAndOn()
    {
        CliResult off = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--disable", "EPS202", "-f", "json");
        Assert.DoesNotContain("\"EPS202\"", off.Out, StringComparison.Ordinal);
        CliResult lawOff = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--disable-law", "2", "-f", "json");
        using (JsonDocument doc = JsonDocument.Parse(lawOff.Out))
        {
            Assert.Equal("insufficient", doc.RootElement.GetProperty("laws")[1].GetProperty("verdict").GetString());
        }

        string config = CliRunner.TempFile(".json", """{"rules":{"EPS202":{"enabled":false}}}""");
        try
        {
            CliResult on = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--config", config, "--enable", "EPS202", "-f", "json");
            Assert.Contains("\"EPS202\"", on.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(config);
        }

        CliResult unknown = CliRunner.Run("score", Sample("unnamed-officials.txt"), "--disable", "EPS999");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("EPS999", unknown.Error, StringComparison.Ordinal);
        Assert.Equal(2, CliRunner.Run("score", Sample("unnamed-officials.txt"), "--disable-law", "7").ExitCode);
    }

    [Fact]
    public void Rules_ListsEveryRule_WithLawWeightAndExamples()
    {
        CliResult text = CliRunner.Run("rules");
        Assert.Equal(0, text.ExitCode);
        foreach (var rule in EpistemicScoring.Rules.DefaultRules.Create())
        {
            Assert.Contains(rule.Descriptor.Id, text.Out, StringComparison.Ordinal);
        }

        Assert.Contains("e.g. ", text.Out, StringComparison.Ordinal);
        CliResult json = CliRunner.Run("rules", "--format", "Json");
        using JsonDocument doc = JsonDocument.Parse(json.Out);
        JsonElement first = doc.RootElement[0];
        Assert.Equal(EpistemicScoring.Rules.DefaultRules.Create().Count, doc.RootElement.GetArrayLength());
        Assert.True(first.TryGetProperty("weight", out _));
        Assert.True(first.TryGetProperty("examples", out _));
        Assert.Equal("truthfulness", first.GetProperty("law").GetString());
    }

    [Fact]
    public void NoInputOnATerminal_PrintsHelp_InsteadOfWaiting()
    {
        CliResult r = CliRunner.RunOnTerminal(80, "score");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Usage:", r.Out, StringComparison.Ordinal);
        Assert.Contains("--fail-on", r.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void EnumOptions_IgnoreCase_ButRefuseNonsense()
    {
        Assert.Equal(0, CliRunner.Run("score", Sample("opinion-column.txt"), "--format", "JSON").ExitCode);
        CliResult profile = CliRunner.Run("score", Sample("opinion-column.txt"), "--profile", "Opinion", "--format", "json");
        using (JsonDocument doc = JsonDocument.Parse(profile.Out))
        {
            Assert.Equal("opinion", doc.RootElement.GetProperty("receipt").GetProperty("profile").GetString());
            Assert.False(doc.RootElement.GetProperty("receipt").GetProperty("profileDetected").GetBoolean());
        }

        Assert.Equal(2, CliRunner.Run("score", Sample("opinion-column.txt"), "--profile", "Opinon").ExitCode);
        Assert.Equal(2, CliRunner.Run("score", Sample("opinion-column.txt"), "--profile", "2").ExitCode);
        Assert.Equal(2, CliRunner.Run("score", Sample("opinion-column.txt"), "--format", "yaml").ExitCode);
        Assert.Equal(2, CliRunner.Run("eval", "--task", "UNKNOWN", "--data", "x").ExitCode);
    }

    [Fact]
    public void Html_ScoresLikeTheSameArticleAsText_AndMarkupAsTextWarns()
    {
        string article = File.ReadAllText(Sample("well-sourced-report.txt"));
        string html = Page(article);
        string htmlPath = CliRunner.TempFile(".html", html);
        string markupAsText = CliRunner.TempFile(".txt", html);
        try
        {
            double plain = Overall(CliRunner.Run("score", Sample("well-sourced-report.txt"), "-f", "json").Out);
            CliResult fromFile = CliRunner.Run("score", htmlPath, "-f", "json");
            Assert.Equal(plain, Overall(fromFile.Out), 0);
            Assert.Empty(fromFile.Error);
            CliResult fromStdin = CliRunner.RunWithInput(html, "score", "-", "--input-format", "html", "-f", "json");
            Assert.Equal(plain, Overall(fromStdin.Out), 0);

            CliResult wrong = CliRunner.Run("score", markupAsText, "-f", "json");
            Assert.Contains("looks like HTML", wrong.Error, StringComparison.Ordinal);
            Assert.Contains("looks like HTML", wrong.Out, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(htmlPath);
            File.Delete(markupAsText);
        }
    }

    [Fact]
    public void Receipt_HasToolVersionAndInputHash()
    {
        CliResult r = CliRunner.Run("score", Sample("opinion-column.txt"), "-f", "json");
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        JsonElement receipt = doc.RootElement.GetProperty("receipt");
        Assert.Matches("^[0-9a-f]{64}$", receipt.GetProperty("inputSha256").GetString());
        Assert.False(string.IsNullOrEmpty(receipt.GetProperty("toolVersion").GetString()));
    }

    [Fact]
    public void OpinionColumn_HasNoNamedPronounWithoutAntecedent_AndNoSourceIt()
    {
        CliResult r = CliRunner.Run("score", Sample("opinion-column.txt"), "-f", "json");
        using JsonDocument doc = JsonDocument.Parse(r.Out);
        foreach (JsonElement s in doc.RootElement.GetProperty("sources").EnumerateArray())
        {
            Assert.NotEqual("it", s.GetProperty("text").GetString());
            if (s.GetProperty("kind").GetString() == "pronoun" && s.GetProperty("antecedent").ValueKind == JsonValueKind.Null)
            {
                Assert.True(!s.GetProperty("named").GetBoolean() || s.GetProperty("key").GetString() == "author", s.GetRawText());
            }
        }
    }

    private static double Overall(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("overall").GetProperty("score").GetDouble();
    }

    /// <summary>The article as a news site would serve it: navigation, a banner, an aside and a footer around it.</summary>
    private static string Page(string article)
    {
        string[] blocks = article.Trim().Split("\n\n");
        string Esc(string s) => System.Net.WebUtility.HtmlEncode(s);
        var sb = new System.Text.StringBuilder();
        sb.Append("<!DOCTYPE html><html><head><title>").Append(Esc(blocks[0])).Append(" | Harbor Gazette</title><script>window.ads = [];</script></head><body>");
        sb.Append("<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li><li><a href=\"/sport\">Sport</a></li></ul></nav>");
        sb.Append("<header><p>Subscribe today and save 50%!</p></header><article><h1>").Append(Esc(blocks[0])).Append("</h1>");
        foreach (string block in blocks.Skip(1))
        {
            sb.Append("<p>").Append(Esc(block)).Append("</p>");
        }

        sb.Append("</article><aside><h2>Most read</h2><ul><li><a href=\"/x\">You will never believe this!</a></li></ul></aside>");
        sb.Append("<footer><p>Copyright 2026 Harbor Gazette. All rights reserved.</p></footer></body></html>");
        return sb.ToString();
    }

    [GeneratedRegex(@"^\s+\d+:\d+\s+EPS\d{3}\s+[+-]\d\.\d\d\s+\S", RegexOptions.Multiline)]
    private static partial Regex FindingLine();
}
