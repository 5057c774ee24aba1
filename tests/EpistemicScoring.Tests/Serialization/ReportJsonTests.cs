using System.Text.Json;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;
using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Tests.Serialization;

public class ReportJsonTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    [Theory]
    [InlineData("well-sourced-report.txt")]
    [InlineData("unnamed-officials.txt")]
    [InlineData("opinion-column.txt")]
    public void Report_MatchesGoldenJson(string sample)
    {
        EpistemicReport report = Scorer.Score(new ScoringRequest(ScorerTests.Sample(sample)) { Id = sample });
        Golden.Verify(Path.ChangeExtension(sample, ".json"), ReportJson.Serialize(report, indented: true) + "\n");
    }

    [Fact]
    public void Report_HasEveryContractField_WithContractNames()
    {
        string json = ReportJson.Serialize(Scorer.Score(new ScoringRequest(ScorerTests.Sample("unnamed-officials.txt")) { Id = "doc-7" }));
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        foreach (string name in new[] { "id", "schemaVersion", "overall", "laws", "sources", "numbers", "numericChecks", "hedges", "sentences" })
        {
            Assert.True(root.TryGetProperty(name, out _), $"missing {name}");
        }

        Assert.Equal("doc-7", root.GetProperty("id").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.True(root.GetProperty("overall").TryGetProperty("score", out _));
        string[] laws = [.. root.GetProperty("laws").EnumerateArray().Select(l => l.GetProperty("law").GetString()!)];
        Assert.Equal(["truthfulness", "sourceReferencing", "reliabilityAccuracy", "contextualJudgment", "inferenceTraceability"], laws);
        foreach (JsonElement law in root.GetProperty("laws").EnumerateArray())
        {
            Assert.Equal(JsonValueKind.Number, law.GetProperty("score").ValueKind);
            Assert.Contains(law.GetProperty("verdict").GetString(), new[] { "high", "moderate", "low", "insufficient" });
            Assert.Equal(JsonValueKind.Array, law.GetProperty("rationale").ValueKind);
            foreach (JsonElement e in law.GetProperty("evidence").EnumerateArray())
            {
                foreach (string name in new[] { "ruleId", "start", "length", "weight", "message" })
                {
                    Assert.True(e.TryGetProperty(name, out _), $"evidence missing {name}");
                }
            }
        }

        JsonElement source = root.GetProperty("sources")[0];
        foreach (string name in new[] { "start", "length", "text", "kind", "named", "key", "cue", "content", "antecedent" })
        {
            Assert.True(source.TryGetProperty(name, out _), $"source missing {name}");
        }

        JsonElement number = root.GetProperty("numbers")[0];
        foreach (string name in new[] { "start", "length", "text", "kind", "value", "unit", "approximate" })
        {
            Assert.True(number.TryGetProperty(name, out _), $"number missing {name}");
        }

        JsonElement sentence = root.GetProperty("sentences")[0];
        Assert.True(sentence.TryGetProperty("uncertain", out _));
        JsonElement hedge = root.GetProperty("hedges")[0];
        Assert.True(hedge.TryGetProperty("kind", out _));
    }

    [Fact]
    public void EmptyText_WritesEveryArrayAsEmpty_AndNullId()
    {
        using JsonDocument doc = JsonDocument.Parse(ReportJson.Serialize(Scorer.Score(string.Empty)));
        JsonElement root = doc.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("id").ValueKind);
        foreach (string name in new[] { "sources", "numbers", "numericChecks", "hedges", "sentences" })
        {
            Assert.Equal(0, root.GetProperty(name).GetArrayLength());
        }

        Assert.All(root.GetProperty("laws").EnumerateArray(), l => Assert.Equal("insufficient", l.GetProperty("verdict").GetString()));
    }

    [Fact]
    public void EnumValues_AreCamelCaseStrings()
    {
        string json = ReportJson.Serialize(Scorer.Score("\"We will act,\" a senior official said. Critics argue it may fail. Baxter Corp. said sales rose 5%."));
        Assert.DoesNotContain("\"kind\":0", json, StringComparison.Ordinal);
        Assert.Matches("\"kind\":\"[a-z][A-Za-z]*\"", json);
        Assert.DoesNotContain("\"Anonymous\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Offsets_AreUtf16IndicesIntoTheExactInput()
    {
        const string text = "\uD83D\uDE00 Caf\u00E9 owners said prices rose 25% in \u201CMay.\u201D";
        EpistemicReport report = Scorer.Score(text);
        NumberMention number = Assert.Single(report.Numbers, n => n.Kind == NumberKind.Percent);
        Assert.Equal("25%", text.Substring(number.Start, number.Length));
    }

    [Fact]
    public void Report_RoundTrips()
    {
        EpistemicReport report = Scorer.Score(ScorerTests.Sample("well-sourced-report.txt"));
        string json = ReportJson.Serialize(report);
        Assert.Equal(json, ReportJson.Serialize(ReportJson.Deserialize(json)));
    }

    [Theory]
    [InlineData("well-sourced-report.txt")]
    [InlineData("unnamed-officials.txt")]
    [InlineData("opinion-column.txt")]
    public void Report_NullsOnlyWhereTheContractAllowsThem(string sample)
    {
        string[] allowed = ["id", "cue", "content", "antecedent", "unit", "anonymityReason"];
        using JsonDocument doc = JsonDocument.Parse(ReportJson.Serialize(Scorer.Score(ScorerTests.Sample(sample))));
        var nulls = new List<string>();
        void Walk(JsonElement e)
        {
            if (e.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty p in e.EnumerateObject())
                {
                    if (p.Value.ValueKind == JsonValueKind.Null)
                    {
                        nulls.Add(p.Name);
                    }

                    Walk(p.Value);
                }
            }
            else if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement item in e.EnumerateArray())
                {
                    Walk(item);
                }
            }
        }

        Walk(doc.RootElement);
        Assert.All(nulls, n => Assert.Contains(n, allowed));
    }
}
