using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary><c>anonymityReason</c> as a span (CONTRACT.md), given to the unnamed source it describes.</summary>
public class SourcesAnonymityReasonTests
{
    [Theory]
    [InlineData("A harbour official, who spoke on condition of anonymity, said the pier would close.", "A harbour official", "who spoke on condition of anonymity")]
    [InlineData("Speaking on condition of anonymity, a harbour official said the pier would close.", "a harbour official", "Speaking on condition of anonymity")]
    [InlineData("Two aides said the pier would close, speaking anonymously because they were not authorized to discuss it.", "Two aides", "speaking anonymously because they were not authorized to discuss it")]
    [InlineData("A diplomat who asked not to be named said the pier would close.", "A diplomat", "who asked not to be named")]
    public void Reason_IsTheSpanThatDescribesTheSource(string text, string source, string reason)
    {
        Assert.Equal(reason, Single(text, source).AnonymityReason?.Text);
    }

    [Fact]
    public void Reason_BelongsToItsSource_NotToAnotherInTheSentence()
    {
        List<SourceMention> all = Extract("A diplomat who asked not to be named said the pier would close, while officials said it would stay open.");
        Assert.NotNull(all.Single(static m => m.Text == "A diplomat").AnonymityReason);
        Assert.Null(all.Single(static m => m.Text == "officials").AnonymityReason);
    }

    [Theory]
    [InlineData("A harbour official said the pier would close.", "A harbour official")]
    [InlineData("The harbour master, who spoke on condition of anonymity, said the pier would close.", "The harbour master")]
    public void NoReason_OrANamedSource_IsNull(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.True(m.Kind != SourceKind.Anonymous || m.AnonymityReason is null);
        Assert.True(m.Kind == SourceKind.Anonymous || m.AnonymityReason is null);
    }
}
