using System.Collections.Frozen;
using EpistemicScoring.Internal;

namespace EpistemicScoring.Text;

/// <summary>
/// The shared analysis of one text, computed once per <c>Score</c> call and read by every rule:
/// folded text, tokens, sentences, paragraphs and quotations, all with offsets into the original string.
/// </summary>
public sealed class TextDocument
{
    private readonly Token[] _tokens;
    private readonly byte[] _newlinesBefore;
    // The sentence of each token: two bytes a token when the text has at most 65,536 sentences (any real one), else four.
    private readonly ushort[]? _sentenceOfToken16;
    private readonly int[]? _sentenceOfToken32;
    private readonly bool[] _inQuote;
    private readonly Sentence[] _sentences;
    private readonly Paragraph[] _paragraphs;
    private readonly Quotation[] _quotations;

    private TextDocument(string text)
    {
        Text = text;
        Folded = CharFolding.Fold(text);
        Scratch scratch = Scratch.Take(text.Length);
        Tokenizer.Tokenize(Folded, scratch.Tokens, scratch.Newlines);
        _tokens = [.. scratch.Tokens];
        _newlinesBefore = [.. scratch.Newlines];
        int[] sentenceOf = ThreadScratch.TakeInts(_tokens.Length);
        SentenceSplitter.Split(this, scratch.Sentences, scratch.Paragraphs, sentenceOf);
        if (scratch.Sentences.Count <= ushort.MaxValue + 1)
        {
            _sentenceOfToken16 = new ushort[_tokens.Length];
            for (int i = 0; i < _tokens.Length; i++)
            {
                _sentenceOfToken16[i] = (ushort)sentenceOf[i];
            }
        }
        else
        {
            _sentenceOfToken32 = sentenceOf.AsSpan(0, _tokens.Length).ToArray();
        }

        ThreadScratch.Return(sentenceOf);
        _sentences = [.. scratch.Sentences];
        _paragraphs = [.. scratch.Paragraphs];
        _inQuote = new bool[_tokens.Length];
        QuotationFinder.Find(this, _inQuote, scratch.Quotations);
        _quotations = [.. scratch.Quotations];
        scratch.Return();
        int words = 0;
        foreach (Token t in _tokens)
        {
            if (t.Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        WordCount = words;
    }

    /// <summary>The exact input string; every offset indexes it.</summary>
    public string Text { get; }

    /// <summary>The input folded character for character (<see cref="CharFolding"/>); same length as <see cref="Text"/>.</summary>
    public string Folded { get; }

    /// <summary>All tokens in order.</summary>
    public ReadOnlySpan<Token> Tokens => _tokens;

    /// <summary>Number of tokens.</summary>
    public int TokenCount => _tokens.Length;

    /// <summary>All sentences in order.</summary>
    public ReadOnlySpan<Sentence> Sentences => _sentences;

    /// <summary>All paragraphs in order.</summary>
    public ReadOnlySpan<Paragraph> Paragraphs => _paragraphs;

    /// <summary>All direct quotations in order.</summary>
    public ReadOnlySpan<Quotation> Quotations => _quotations;

    /// <summary>Number of word and number tokens.</summary>
    public int WordCount { get; }

    /// <summary>Analyses <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static TextDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new TextDocument(text);
    }

    /// <summary>The token at <paramref name="index"/>.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>The token.</returns>
    public Token this[int index] => _tokens[index];

    /// <summary>The folded characters of token <paramref name="index"/>, for look-ups.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>The folded characters.</returns>
    public ReadOnlySpan<char> TokenText(int index)
    {
        Token t = _tokens[index];
        return Folded.AsSpan(t.Start, t.Length);
    }

    /// <summary>The original characters of token <paramref name="index"/>.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>The original characters.</returns>
    public ReadOnlySpan<char> OriginalText(int index)
    {
        Token t = _tokens[index];
        return Text.AsSpan(t.Start, t.Length);
    }

    /// <summary>True when token <paramref name="index"/> equals <paramref name="word"/>, ignoring case.</summary>
    /// <param name="index">Token index; out of range gives false.</param>
    /// <param name="word">The word to compare.</param>
    /// <returns>Whether they are equal.</returns>
    public bool Is(int index, string word) =>
        (uint)index < (uint)_tokens.Length && TokenText(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>True when token <paramref name="index"/> is in <paramref name="set"/> (a set with a case-insensitive comparer).</summary>
    /// <param name="index">Token index; out of range gives false.</param>
    /// <param name="set">The set.</param>
    /// <returns>Whether the token is in the set.</returns>
    public bool IsIn(int index, FrozenSet<string> set)
    {
        ArgumentNullException.ThrowIfNull(set);
        return (uint)index < (uint)_tokens.Length && set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(TokenText(index));
    }

    /// <summary>Number of line breaks in the white space before token <paramref name="index"/>.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>The count, capped at 255.</returns>
    public int NewlinesBefore(int index) => _newlinesBefore[index];

    /// <summary>True when no white space separates token <paramref name="index"/> from the one before it.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>Whether it is attached.</returns>
    public bool IsAttachedToPrevious(int index) => index > 0 && _tokens[index - 1].End == _tokens[index].Start;

    /// <summary>The sentence that holds token <paramref name="index"/>.</summary>
    /// <param name="index">Token index.</param>
    /// <returns>The sentence index.</returns>
    public int SentenceOf(int index) => _sentenceOfToken16 is { } small ? small[index] : _sentenceOfToken32![index];

    /// <summary>True when token <paramref name="index"/> lies inside a direct quotation (marks excluded).</summary>
    /// <param name="index">Token index.</param>
    /// <returns>Whether it is quoted.</returns>
    public bool IsInQuote(int index) => _inQuote[index];

    /// <summary>The index of the first token that starts at or after <paramref name="offset"/>.</summary>
    /// <param name="offset">A string index.</param>
    /// <returns>A token index, or <see cref="TokenCount"/> when none.</returns>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0;
        int hi = _tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>The span from the start of token <paramref name="first"/> to the end of token <paramref name="last"/>.</summary>
    /// <param name="first">First token index.</param>
    /// <param name="last">Last token index (inclusive).</param>
    /// <returns>The covering span.</returns>
    public TextSpan SpanOf(int first, int last) => TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);
}

/// <summary>
/// The growing lists of one parse (tokens, line breaks, sentences, paragraphs, quotations), kept per thread between
/// documents so that only the final arrays are allocated (the lists used to cost as much again as the arrays).
/// Scratch space, not a cache: every list is emptied when taken, nothing of one document is read by the next, and no
/// thread ever waits for another; a parse that throws leaves its lists to the collector.
/// </summary>
internal sealed class Scratch
{
    /// <summary>Lists that grew past this many tokens are dropped after use rather than kept for the thread's life.</summary>
    private const int MaxKeptTokens = 1 << 18;

    [ThreadStatic]
    private static Scratch? t_free;

    private Scratch(int textLength)
    {
        Tokens = new List<Token>(Math.Clamp(textLength / 5, 16, MaxKeptTokens));
        Newlines = new List<byte>(Tokens.Capacity);
    }

    public List<Token> Tokens { get; }

    public List<byte> Newlines { get; }

    public List<Sentence> Sentences { get; } = [];

    public List<Paragraph> Paragraphs { get; } = [];

    public List<Quotation> Quotations { get; } = [];

    public static Scratch Take(int textLength)
    {
        Scratch scratch = t_free ?? new Scratch(textLength);
        t_free = null;
        scratch.Tokens.Clear();
        scratch.Newlines.Clear();
        scratch.Sentences.Clear();
        scratch.Paragraphs.Clear();
        scratch.Quotations.Clear();
        return scratch;
    }

    public void Return()
    {
        if (Tokens.Capacity <= MaxKeptTokens)
        {
            t_free = this;
        }
    }
}
