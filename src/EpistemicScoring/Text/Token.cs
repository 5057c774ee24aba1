namespace EpistemicScoring.Text;

/// <summary>What a token is made of.</summary>
public enum TokenKind : byte
{
    /// <summary>Letters, possibly with digits, inner hyphens, apostrophes or abbreviation periods.</summary>
    Word,

    /// <summary>Digits with optional thousands separators and a decimal part ("1,000", "12.5").</summary>
    Number,

    /// <summary>Punctuation: one character, or an ellipsis or a dash run.</summary>
    Punctuation,

    /// <summary>A currency sign, percent sign or other symbol.</summary>
    Symbol,

    /// <summary>A web address or e-mail address, kept whole.</summary>
    Url,
}

/// <summary>The capitalisation shape of a token.</summary>
[Flags]
public enum TokenShape : byte
{
    /// <summary>No letters.</summary>
    None = 0,

    /// <summary>The first letter is upper case.</summary>
    Capitalized = 1,

    /// <summary>Every letter is upper case and there are two or more.</summary>
    AllCaps = 2,

    /// <summary>Every letter is lower case.</summary>
    Lower = 4,

    /// <summary>Contains a digit.</summary>
    HasDigit = 8,

    /// <summary>A known abbreviation ending in a period ("Dr.", "U.S.", "a.m.").</summary>
    Abbreviation = 16,

    /// <summary>A single capital followed by a period ("F.").</summary>
    Initial = 32,

    /// <summary>Contains a hyphen.</summary>
    Hyphenated = 64,
}

/// <summary>One token with its offsets into the original string.</summary>
/// <param name="Start">UTF-16 index of the first character.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Kind">What the token is made of.</param>
/// <param name="Shape">Its capitalisation shape.</param>
public readonly record struct Token(int Start, int Length, TokenKind Kind, TokenShape Shape)
{
    /// <summary>Index one past the last character.</summary>
    public int End => Start + Length;

    /// <summary>The token's span.</summary>
    public TextSpan Span => new(Start, Length);

    /// <summary>True for a word whose first letter is upper case.</summary>
    public bool IsCapitalized => (Shape & TokenShape.Capitalized) != 0;

    /// <summary>True for a word in capitals only.</summary>
    public bool IsAllCaps => (Shape & TokenShape.AllCaps) != 0;

    /// <summary>True for a word in lower case only.</summary>
    public bool IsLower => (Shape & TokenShape.Lower) != 0;

    /// <summary>True for a word token.</summary>
    public bool IsWord => Kind == TokenKind.Word;
}

/// <summary>One sentence: its span and its tokens.</summary>
/// <param name="Index">Position among the document's sentences.</param>
/// <param name="Span">The sentence span, trimmed of surrounding white space.</param>
/// <param name="FirstToken">Index of its first token.</param>
/// <param name="TokenCount">Number of its tokens.</param>
/// <param name="Paragraph">Index of the paragraph it belongs to.</param>
public readonly record struct Sentence(int Index, TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    /// <summary>Index one past its last token.</summary>
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A paragraph: text between blank lines.</summary>
/// <param name="Index">Position among the document's paragraphs.</param>
/// <param name="Span">The paragraph span.</param>
/// <param name="FirstSentence">Index of its first sentence.</param>
/// <param name="SentenceCount">Number of its sentences.</param>
public readonly record struct Paragraph(int Index, TextSpan Span, int FirstSentence, int SentenceCount);

/// <summary>A direct quotation.</summary>
/// <param name="Span">From the opening to the closing mark, both included.</param>
/// <param name="Inner">The quoted words without the marks.</param>
/// <param name="FirstToken">Index of the opening mark's token.</param>
/// <param name="EndToken">Index one past the closing mark's token (or the last token covered).</param>
public readonly record struct Quotation(TextSpan Span, TextSpan Inner, int FirstToken, int EndToken);
