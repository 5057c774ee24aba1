using System.Text.Json;
using EpistemicScoring.Cli.Eval;

namespace EpistemicScoring.Cli.Tests;

public class DevSplitTests
{
    [Fact]
    public void HalfOf_IsFixedByTheKey_AndSplitsRoughlyInTwo()
    {
        Assert.Equal(DevSplit.HalfOf("article-17"), DevSplit.HalfOf("article-17"));
        int tune = Enumerable.Range(0, 1000).Count(static i => DevSplit.HalfOf($"article-{i}") == DevHalf.Tune);
        Assert.InRange(tune, 430, 570);
    }

    [Fact]
    public void KeyOf_KeepsTheSentencesOfOneArticleTogether()
    {
        JsonElement a = JsonDocument.Parse("""{"id": "s1", "doc": "Harbor_12", "text": "One."}""").RootElement;
        JsonElement b = JsonDocument.Parse("""{"id": "s2", "doc": "Harbor_12", "text": "Two."}""").RootElement;
        Assert.Equal(DevSplit.KeyOf(a, 1), DevSplit.KeyOf(b, 2));
        JsonElement c = JsonDocument.Parse("""{"dataset": "Random", "file": "7_Real.txt"}""").RootElement;
        Assert.Equal("Random/7_Real.txt", DevSplit.KeyOf(c, 3));
    }

    [Fact]
    public void Includes_TuneAndCheck_PartitionTheRecords()
    {
        var records = Enumerable.Range(0, 200).Select(static i => JsonDocument.Parse($$"""{"id": "r{{i}}"}""").RootElement).ToList();
        int tune = records.Count(static r => DevSplit.Includes(DevHalf.Tune, r, 0));
        int check = records.Count(static r => DevSplit.Includes(DevHalf.Check, r, 0));
        Assert.Equal(records.Count, tune + check);
        Assert.All(records, static r => Assert.True(DevSplit.Includes(DevHalf.All, r, 0)));
    }
}
