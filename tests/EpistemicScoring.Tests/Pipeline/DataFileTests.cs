using EpistemicScoring.Hedges;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Pipeline;

/// <summary>Every heuristic table and lexicon loads, and the lexicon schema refuses what it should.</summary>
public class DataFileTests
{
    public static TheoryData<string> DataFiles() => [.. EmbeddedData.Files()];

    [Theory]
    [MemberData(nameof(DataFiles))]
    public void DataFile_LoadsWithConsistentColumns_AndNoDuplicateKey(string file)
    {
        IReadOnlyList<string[]> rows = EmbeddedData.Rows(file);
        Assert.NotEmpty(rows);
        Assert.All(rows, static r => Assert.False(string.IsNullOrEmpty(r[0]), "empty first column"));
        _ = EmbeddedData.Keyed(file, static r => r); // throws on a key listed twice
    }

    [Fact]
    public void DefaultLexicons_PassTheSchema()
    {
        Assert.Equal(LexiconSchema.Names.Order(StringComparer.Ordinal), LexiconSet.Default.Names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Build_UnknownLexiconName_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LexiconSet.Build(Additions("anonymous-source", new LexiconEntry("a mole"))));
        Assert.Contains("Unknown lexicon 'anonymous-source'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_TagTheLexiconDoesNotTake_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LexiconSet.Build(Additions("attribution-occasions", new LexiconEntry("livestream", 1, "chanel"))));
        Assert.Contains("tag 'chanel'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownSense_Throws()
    {
        Assert.Throws<ArgumentException>(() => LexiconSet.Build(Additions("hedges", new LexiconEntry("perchance", 1, "hedge/mayy"))));
        LexiconSet ok = LexiconSet.Build(Additions("hedges", new LexiconEntry("perchance", 1, "hedge/may")));
        Assert.True(ok["hedges"].Contains("perchance"));
    }

    [Fact]
    public void Build_EntryAlreadyListed_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => LexiconSet.Build(Additions("vague-sources", new LexiconEntry("Critics", 1, "vagueGroup"))));
        Assert.Contains("listed twice", error.Message, StringComparison.Ordinal);
    }

    public static TheoryData<string> Senses() => [.. LexiconSchema.Senses];

    [Theory]
    [MemberData(nameof(Senses))]
    public void EverySense_HasARule(string sense)
    {
        TextDocument doc = TextDocument.Parse("They say it may well be that the plan could fail.");
        int count = 1;
        HedgeKind kind = HedgeKind.Hedge;
        _ = CueSenses.Accept(sense, doc, doc.Sentences[0], 3, ref count, ref kind); // throws for a sense with no rule
    }

    private static Dictionary<string, IReadOnlyList<LexiconEntry>> Additions(string name, LexiconEntry entry) => new() { [name] = [entry] };
}
