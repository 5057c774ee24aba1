using System.Collections.Frozen;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Text;

/// <summary>
/// Finds the sentences that are the page around the writer's prose rather than the prose: picture credits and
/// captions ("Photo: Dana Reyes/Getty Images"), interface labels ("Play video", "View graphic", "Advertisement"),
/// embedded social posts (a line carrying an @handle or a link to a post), and time stamps or counters ("Updated
/// 10:42 AM ET", "1,204 shares"). Rules that judge the writer's voice (shouting, emphasis, intensifiers, loaded
/// words, unsourced figures) leave these out: a photographer's credit in capitals or a counter's digits say nothing
/// about how the writer argues.
/// </summary>
internal static class Layout
{
    private const string WordFile = "text-layout-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    private static readonly FrozenSet<string> CreditHeads = EmbeddedData.Class(Words, WordFile, "credit-heads");

    private static readonly FrozenSet<string> CreditWords = EmbeddedData.Class(Words, WordFile, "credit-words");

    private static readonly FrozenSet<string> InterfaceLabels = EmbeddedData.Class(Words, WordFile, "interface-labels");

    private static readonly FrozenSet<string> InterfaceTails = EmbeddedData.Class(Words, WordFile, "interface-tails");

    private static readonly FrozenSet<string> StampWords = EmbeddedData.Class(Words, WordFile, "stamp-words");

    private static readonly FrozenSet<string> Months = EmbeddedData.Class(Words, WordFile, "months");

    /// <summary>An interface label is a short line: at most this many words.</summary>
    private const int LabelWords = 4;

    /// <summary>A credit found by its agency word ("Getty Images") is a short sentence: at most this many words.</summary>
    private const int CreditWordsLimit = 25;

    /// <summary>An embedded post with its handle and link is at most this many characters (a post's 280 and its byline).</summary>
    private const int PostLength = 360;

    /// <summary>One flag per sentence: true when it is layout, not prose.</summary>
    /// <param name="doc">The parsed text.</param>
    /// <returns>The flags, by sentence index.</returns>
    public static bool[] Find(TextDocument doc)
    {
        var layout = new bool[doc.Sentences.Length];
        foreach (Sentence s in doc.Sentences)
        {
            if (s.TokenCount == 0 || layout[s.Index])
            {
                continue;
            }

            if (IsSocialPost(doc, s))
            {
                // A post is its whole paragraph ("Unbelievable!!! pic.twitter.com/… — Name (@handle)"), when the
                // paragraph is no longer than a post; a handle inside a paragraph of prose marks its sentence only.
                Paragraph p = doc.Paragraphs[s.Paragraph];
                bool post = p.Span.Length <= PostLength;
                for (int k = p.FirstSentence; k < p.FirstSentence + p.SentenceCount; k++)
                {
                    layout[k] |= post || k == s.Index;
                }
            }
            else
            {
                layout[s.Index] = IsCredit(doc, s) || IsInterfaceLabel(doc, s) || IsStamp(doc, s);
            }
        }

        return layout;
    }

    /// <summary>"Photo: ...", "Image by ...", "(Photo credit: ...)", or a short sentence naming a picture agency.</summary>
    private static bool IsCredit(TextDocument doc, in Sentence s)
    {
        int first = s.FirstToken;
        if (doc.Is(first, "(") || doc.Is(first, "["))
        {
            first++;
        }

        if (first + 1 < s.EndToken && doc.IsIn(first, CreditHeads) && doc[first].IsCapitalized
            && (doc.Is(first + 1, ":") || doc.Is(first + 1, "by") || doc.Is(first + 1, "credit") || doc.Is(first + 1, "courtesy") || doc.Is(first + 1, "/")))
        {
            return true;
        }

        if (s.TokenCount > CreditWordsLimit)
        {
            return false;
        }

        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (doc.IsIn(i, CreditWords) && doc[i].IsCapitalized)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A short line that is a control of the page: "Play video", "View graphic", "Advertisement", "Read more".</summary>
    private static bool IsInterfaceLabel(TextDocument doc, in Sentence s)
    {
        int words = 0;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            words += doc[i].Kind == TokenKind.Word ? 1 : 0;
        }

        if (words == 0 || words > LabelWords || !doc.IsIn(s.FirstToken, InterfaceLabels))
        {
            return false;
        }

        return words == 1 ? doc.Is(s.FirstToken, "advertisement") || doc.Is(s.FirstToken, "advertisements") : doc.IsIn(s.FirstToken + 1, InterfaceTails);
    }

    /// <summary>An embedded post: an @handle (not an e-mail address) or a link to a post in the sentence.</summary>
    private static bool IsSocialPost(TextDocument doc, in Sentence s)
    {
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            if (doc.Is(i, "@") && i + 1 < s.EndToken && doc.IsAttachedToPrevious(i + 1) && doc[i + 1].Kind == TokenKind.Word
                && !(i > s.FirstToken && doc.IsAttachedToPrevious(i) && doc[i - 1].Kind == TokenKind.Word))
            {
                return true;
            }

            ReadOnlySpan<char> t = doc.TokenText(i);
            if (t.Contains("pic.twitter.com", StringComparison.OrdinalIgnoreCase) || t.Contains("twitter.com/", StringComparison.OrdinalIgnoreCase)
                || t.Contains("instagram.com/", StringComparison.OrdinalIgnoreCase) || t.Contains("t.co/", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A time stamp or counter: numbers, months and stamp words only ("Updated 10:42 AM ET", "1,204 shares").</summary>
    private static bool IsStamp(TextDocument doc, in Sentence s)
    {
        bool number = false;
        for (int i = s.FirstToken; i < s.EndToken; i++)
        {
            Token t = doc[i];
            if (t.Kind == TokenKind.Number)
            {
                number = true;
            }
            else if (t.Kind == TokenKind.Word && !doc.IsIn(i, StampWords) && !IsMonth(doc, i))
            {
                return false;
            }
        }

        return number;
    }

    private static bool IsMonth(TextDocument doc, int i) => doc[i].IsCapitalized && doc.IsIn(i, Months);
}
