using System.Collections.Frozen;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Text;

/// <summary>
/// Groups tokens into sentences and paragraphs. Written for news text: titles and abbreviations, initials,
/// decimals and money are kept whole by the tokenizer; this class decides at each terminal mark, closing quote
/// and line break whether a sentence ends.
/// </summary>
internal static class SentenceSplitter
{
    private const string WordFile = "text-sentence-words.tsv";

    // Declared first: static fields are initialised in text order, and the word classes below read this table.
    private static readonly FrozenDictionary<string, FrozenSet<string>> Words = EmbeddedData.WordClasses(WordFile);

    /// <summary>
    /// Words that commonly open a sentence. After an abbreviation that may also end a sentence ("Inc.",
    /// "U.S."), a sentence break is taken only before one of these, since "the U.S. Commerce Department" is far
    /// more common than a sentence ending in "U.S.".
    /// </summary>
    private static readonly FrozenSet<string> SentenceStarters = EmbeddedData.Class(Words, WordFile, "sentence-starters");

    private static readonly FrozenSet<string> ContinuationWords = EmbeddedData.Class(Words, WordFile, "continuation-words");

    /// <summary>
    /// The most tokens one sentence may hold: a longer run without a sentence end (a text with no punctuation, a
    /// million repetitions of a word) is cut into sentences of this many tokens, so that no work done per sentence
    /// can grow with the length of the text. The longest sentence in the dev corpora has about 200 tokens.
    /// </summary>
    internal const int MaxSentenceTokens = 400;

    /// <summary>
    /// The most sentences in a row that hold no word or number (a lone "!", a stray quotation mark): the dev corpora
    /// have at most three in a row. Beyond them, marks run on into one sentence.
    /// </summary>
    internal const int MaxMarkOnlySentences = 8;

    /// <summary>The most closing quotes and brackets read back from a token to find the terminal mark they follow.</summary>
    private const int MaxClosersAfterTerminal = 4;

    public static void Split(TextDocument doc, List<Sentence> sentences, List<Paragraph> paragraphs, int[] sentenceOfToken)
    {
        ReadOnlySpan<Token> tokens = doc.Tokens;
        int n = tokens.Length;
        if (n == 0)
        {
            return;
        }

        int sentenceStart = 0;
        int paragraphIndex = 0;
        int paragraphFirstSentence = 0;
        int paragraphStartToken = 0;
        bool hasWord = false;
        int markOnly = 0;
        for (int i = 0; i < n; i++)
        {
            bool last = i == n - 1;
            bool paragraphBreak = !last && doc.NewlinesBefore(i + 1) >= 2;
            bool full = i - sentenceStart + 1 >= MaxSentenceTokens;
            hasWord |= tokens[i].Kind is TokenKind.Word or TokenKind.Number or TokenKind.Url;
            if (!last && !paragraphBreak && !full && !EndsSentence(doc, i))
            {
                continue;
            }

            // After a few sentences of marks alone ("!", a stray quote), further marks join one sentence (up to the
            // token cap), paragraph breaks included: megabytes of "!" are not millions of sentences.
            if (!last && !full && !hasWord && markOnly >= MaxMarkOnlySentences)
            {
                continue;
            }

            markOnly = hasWord ? 0 : markOnly + 1;
            hasWord = false;
            AddSentence(doc, sentences, sentenceOfToken, sentenceStart, i, paragraphIndex);
            sentenceStart = i + 1;
            if (last || paragraphBreak)
            {
                paragraphs.Add(new Paragraph(
                    paragraphIndex,
                    doc.SpanOf(paragraphStartToken, i),
                    paragraphFirstSentence,
                    sentences.Count - paragraphFirstSentence));
                paragraphIndex++;
                paragraphFirstSentence = sentences.Count;
                paragraphStartToken = i + 1;
            }
        }
    }

    private static void AddSentence(TextDocument doc, List<Sentence> sentences, int[] sentenceOfToken, int first, int last, int paragraph)
    {
        int index = sentences.Count;
        for (int t = first; t <= last; t++)
        {
            sentenceOfToken[t] = index;
        }

        sentences.Add(new Sentence(index, doc.SpanOf(first, last), first, last - first + 1, paragraph));
    }

    /// <summary>True when a sentence ends after token <paramref name="i"/> (which is not the last token).</summary>
    private static bool EndsSentence(TextDocument doc, int i)
    {
        Token t = doc[i];
        Token next = doc[i + 1];
        bool lineBreak = doc.NewlinesBefore(i + 1) > 0;

        // Closing quotes and brackets right after a terminal mark belong to the sentence they close.
        if (IsCloser(doc, i + 1) && IsTerminalAt(doc, i) && !lineBreak)
        {
            return false;
        }

        // Look back over at most a few attached closers ('."),' is three): a run of a million ')' must not be
        // walked back from each of its marks.
        int terminal = i;
        while (terminal > 0 && i - terminal < MaxClosersAfterTerminal && IsCloser(doc, terminal) && doc.IsAttachedToPrevious(terminal))
        {
            terminal--;
        }

        bool endsWithTerminal = IsTerminalAt(doc, terminal);
        if (lineBreak)
        {
            return endsWithTerminal || LineBreakEndsSentence(doc, i);
        }

        if (!endsWithTerminal)
        {
            return false;
        }

        Token term = doc[terminal];
        ReadOnlySpan<char> nextText = doc.TokenText(i + 1);
        if (term.Kind == TokenKind.Word)
        {
            // "Dr." and initials never end a sentence on the same line; "Inc." or "U.S." may, before a typical opener.
            if ((term.Shape & TokenShape.Initial) != 0)
            {
                return false;
            }

            ReadOnlySpan<char> word = doc.TokenText(terminal);
            word = word[..^1];
            if (Tokenizer.TitleAbbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            {
                return false;
            }

            return next.IsCapitalized && doc.IsIn(i + 1, SentenceStarters);
        }

        // A terminal mark followed by a lower-case word does not end the sentence ("Why?" he asked).
        if (next.Kind == TokenKind.Word && next.IsLower)
        {
            return false;
        }

        // A period with a letter right after it, no space between, is inside a word ("D-N.Y.", "news.com").
        if (next.Kind == TokenKind.Word && doc.IsAttachedToPrevious(i + 1) && terminal == i && doc.TokenText(i) is ".")
        {
            return false;
        }

        if (next.Kind == TokenKind.Punctuation && nextText.Length == 1 && nextText[0] is ',' or ';' or ':' or ')')
        {
            return false;
        }

        return true;
    }

    private static bool IsTerminalAt(TextDocument doc, int i)
    {
        Token t = doc[i];
        ReadOnlySpan<char> text = doc.TokenText(i);
        if (t.Kind == TokenKind.Punctuation)
        {
            return text is "." or "!" or "?" or "\u2026" || (text.Length >= 3 && text[0] == '.');
        }

        return t.Kind == TokenKind.Word && text.Length > 1 && text[^1] == '.';
    }

    private static bool IsCloser(TextDocument doc, int i)
    {
        if (doc[i].Kind != TokenKind.Punctuation)
        {
            return false;
        }

        char original = doc.Text[doc[i].Start];
        return original is '\u201D' or '\u2019' or ')' or ']' or '\u00BB'
            || (original is '"' or '\'' && (doc[i].End == doc.Text.Length || !char.IsLetterOrDigit(doc.Text[doc[i].End])));
    }

    /// <summary>Decides a single line break that follows no terminal mark: a headline, a bullet, or a wrapped line.</summary>
    private static bool LineBreakEndsSentence(TextDocument doc, int i)
    {
        Token next = doc[i + 1];
        ReadOnlySpan<char> nextText = doc.TokenText(i + 1);
        if (nextText.Length == 1 && Tokenizer.IsBullet(nextText[0]))
        {
            return true;
        }

        if (next.Kind == TokenKind.Number && i + 2 < doc.TokenCount && doc.TokenText(i + 2) is "." or ")" && doc.IsAttachedToPrevious(i + 2))
        {
            return true;
        }

        ReadOnlySpan<char> text = doc.TokenText(i);
        if (text is ":")
        {
            return true;
        }

        if (next.Kind == TokenKind.Word && next.IsLower)
        {
            return false;
        }

        if (text is "," or "-" or "\u2014" || doc.IsIn(i, ContinuationWords))
        {
            return false;
        }

        // A short line before a longer one is a heading, a dateline or a label; lines of like length are wrapped prose.
        int lineStart = i;
        while (lineStart > 0 && doc.NewlinesBefore(lineStart) == 0)
        {
            lineStart--;
        }

        int nextEnd = i + 1;
        while (nextEnd + 1 < doc.TokenCount && doc.NewlinesBefore(nextEnd + 1) == 0)
        {
            nextEnd++;
        }

        int thisLength = doc[i].End - doc[lineStart].Start;
        int nextLength = doc[nextEnd].End - next.Start;
        return thisLength < 50 || thisLength < nextLength * 0.75;
    }
}
