using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        TextDocument doc = TextDocument.Parse(text);
        var result = new string[doc.Sentences.Length];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = doc.Sentences[i].Span.ToString(text);
        }

        return result;
    }

    [Theory]
    [InlineData("Sen. Maria Ortiz met Dr. Lee at 9 a.m. on Friday. They talked.", 2)]
    [InlineData("The U.S. Commerce Department said exports rose. Imports fell.", 2)]
    [InlineData("Prices rose 3.5 percent. The fund holds $12.5B in assets.", 2)]
    [InlineData("John F. Kennedy spoke first. Then the crowd left.", 2)]
    [InlineData("He paused... Then he left.", 2)]
    [InlineData("\"We will not sign,\" she said. \"Never.\" The talks ended.", 3)]
    [InlineData("\"Why?\" he asked. Nobody answered.", 2)]
    [InlineData("The firm is Acme Corp. The rival is Baxter Inc.", 2)]
    [InlineData("Shares of Acme Corp. rose sharply.", 1)]
    public void Split_NewsText_GivesExpectedSentenceCount(string text, int expected)
    {
        Assert.Equal(expected, Sentences(text).Length);
    }

    [Fact]
    public void Split_QuoteEndingSentence_KeepsClosingQuoteInSentence()
    {
        string[] s = Sentences("She said, \"The deal is off.\" Markets fell.");
        Assert.Equal("She said, \"The deal is off.\"", s[0]);
        Assert.Equal("Markets fell.", s[1]);
    }

    [Fact]
    public void Split_CurlyQuotes_KeepsClosingQuoteInSentence()
    {
        string[] s = Sentences("He said \u201Cirrational deals will never be signed.\u201D The talks go on.");
        Assert.Equal("He said \u201Cirrational deals will never be signed.\u201D", s[0]);
    }

    [Fact]
    public void Split_HeadlineAndBulletsWithoutFinalPunctuation_AreSentences()
    {
        string text = "Council Approves Seawall\nBy Elena Marsh\nThe council voted on Tuesday.\n- Cost: $48 million\n- Start: September";
        string[] s = Sentences(text);
        Assert.Equal(["Council Approves Seawall", "By Elena Marsh", "The council voted on Tuesday.", "- Cost: $48 million", "- Start: September"], s);
    }

    [Fact]
    public void Split_LineBreaksInsideWrappedParagraph_DoNotSplit()
    {
        string text = "The council voted on Tuesday to fund a new seawall along the eastern\nwaterfront, ending a debate that began after storms flooded many homes\nin the autumn of the year before.";
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Paragraphs_AreSeparatedByBlankLines()
    {
        TextDocument doc = TextDocument.Parse("First one. Second one.\n\nThird one.");
        Assert.Equal(2, doc.Paragraphs.Length);
        Assert.Equal(2, doc.Paragraphs[0].SentenceCount);
        Assert.Equal(1, doc.Paragraphs[1].SentenceCount);
    }
}
