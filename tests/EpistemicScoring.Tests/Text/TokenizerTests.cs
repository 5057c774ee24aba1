using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Text;

public class TokenizerTests
{
    private static string[] Tokens(string text)
    {
        TextDocument doc = TextDocument.Parse(text);
        var result = new string[doc.TokenCount];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = doc.OriginalText(i).ToString();
        }

        return result;
    }

    [Theory]
    [InlineData("Lee Jae-myung", new[] { "Lee", "Jae-myung" })]
    [InlineData("O'Brien said", new[] { "O'Brien", "said" })]
    [InlineData("Korea\u2019s plan", new[] { "Korea", "\u2019s", "plan" })]
    [InlineData("$12.5B", new[] { "$", "12.5", "B" })]
    [InlineData("1,000,000 people", new[] { "1,000,000", "people" })]
    [InlineData("25%", new[] { "25", "%" })]
    [InlineData("the U.S. and U.K.", new[] { "the", "U.S.", "and", "U.K." })]
    [InlineData("S&P 500", new[] { "S&P", "500" })]
    [InlineData("see https://example.org/a.b, then", new[] { "see", "https://example.org/a.b", ",", "then" })]
    public void Tokenize_KeepsNewsTokensWhole(string text, string[] expected)
    {
        Assert.Equal(expected, Tokens(text));
    }

    [Fact]
    public void Tokens_KeepOffsetsIntoOriginalString()
    {
        const string text = "  \u201CHello,\u201D   said   Dr. Kang.";
        TextDocument doc = TextDocument.Parse(text);
        for (int i = 0; i < doc.TokenCount; i++)
        {
            Token t = doc[i];
            Assert.Equal(doc.OriginalText(i).ToString(), text.Substring(t.Start, t.Length));
        }

        Assert.Equal("Dr.", doc.OriginalText(5).ToString());
        Assert.True((doc[5].Shape & TokenShape.Abbreviation) != 0);
    }

    [Fact]
    public void Shapes_AreRecorded()
    {
        TextDocument doc = TextDocument.Parse("NATO said Seoul 42 wait");
        Assert.True(doc[0].IsAllCaps);
        Assert.True(doc[2].IsCapitalized);
        Assert.Equal(TokenKind.Number, doc[3].Kind);
        Assert.True(doc[4].IsLower);
    }

    [Fact]
    public void Quotations_AreFoundWithStraightAndCurlyMarks()
    {
        TextDocument doc = TextDocument.Parse("He said \"no deal\" and she said \u201Cmaybe later\u201D today.");
        Assert.Equal(2, doc.Quotations.Length);
        Assert.Equal("no deal", doc.Quotations[0].Inner.ToString(doc.Text));
        Assert.Equal("maybe later", doc.Quotations[1].Inner.ToString(doc.Text));
    }

    [Fact]
    public void Quotations_RunningOverParagraphs_CoverEachParagraph()
    {
        TextDocument doc = TextDocument.Parse("\u201CWe waited for years.\n\n\u201CNow we act,\u201D she said.");
        Assert.Equal(2, doc.Quotations.Length);
        int said = doc.TokenCount - 2;
        Assert.False(doc.IsInQuote(said));
        Assert.True(doc.IsInQuote(1));
    }
}
