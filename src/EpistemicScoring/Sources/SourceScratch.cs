using EpistemicScoring.Text;

namespace EpistemicScoring.Sources;

/// <summary>
/// The working tables of one <see cref="SourceExtractor.Extract(TextDocument, SourceLexicons)"/> call (the word
/// counts of <see cref="NounPhrase"/>, the clause bounds per token, the cues waiting for a subject), kept per thread
/// between documents so that they are allocated once rather than per text. Scratch space, not a cache: every table
/// is cleared or rewritten before it is read, nothing of one document is read for the next, and no thread ever
/// waits for another. A call that throws simply leaves its scratch to the collector.
/// </summary>
internal sealed class SourceScratch
{
    /// <summary>Tables for texts longer than this many tokens are dropped after use rather than kept for the thread's life.</summary>
    private const int MaxKeptTokens = 1 << 18;

    [ThreadStatic]
    private static SourceScratch? t_free;

    private readonly TokenTextComparer _comparer;

    private SourceScratch(int tokens)
    {
        _comparer = new TokenTextComparer();

        // Sized for half the tokens (fewer than that are distinct words in any text that is not a word list), so the
        // table rarely grows.
        Words = new Dictionary<int, (int Lower, int Capital)>(tokens / 2, _comparer);
        SegLeft = new int[tokens];
        SegRight = new int[tokens];
    }

    /// <summary>Word counts by the first token of each spelling, compared by the text of the current document.</summary>
    public Dictionary<int, (int Lower, int Capital)> Words { get; }

    /// <summary>Per token, the first token of its clause segment (written sentence by sentence before it is read).</summary>
    public int[] SegLeft { get; private set; }

    /// <summary>Per token, one past the last token of its clause segment.</summary>
    public int[] SegRight { get; private set; }

    /// <summary>Cues of the current sentence whose subject follows them.</summary>
    public List<(int Cue, bool InQuote)> Pending { get; } = [];

    /// <summary>This thread's scratch (or a new one), set up for <paramref name="doc"/>.</summary>
    public static SourceScratch Take(TextDocument doc)
    {
        SourceScratch scratch = t_free ?? new SourceScratch(doc.TokenCount);
        t_free = null;
        scratch._comparer.Document = doc;
        if (scratch.SegLeft.Length < doc.TokenCount)
        {
            scratch.SegLeft = new int[doc.TokenCount];
            scratch.SegRight = new int[doc.TokenCount];
        }

        return scratch;
    }

    /// <summary>Empties the tables and keeps them for the thread's next document, unless they grew too large.</summary>
    public void Return()
    {
        Words.Clear();
        Pending.Clear();
        _comparer.Document = null;
        if (SegLeft.Length <= MaxKeptTokens)
        {
            t_free = this;
        }
    }
}

/// <summary>Compares tokens of the current document by their text, ignoring case, so that a token index can stand for its word in a table.</summary>
internal sealed class TokenTextComparer : IEqualityComparer<int>
{
    /// <summary>The document whose tokens are compared; set for the length of one extraction.</summary>
    public TextDocument? Document { get; set; }

    public bool Equals(int x, int y) => Document!.TokenText(x).Equals(Document.TokenText(y), StringComparison.OrdinalIgnoreCase);

    public int GetHashCode(int obj) => string.GetHashCode(Document!.TokenText(obj), StringComparison.OrdinalIgnoreCase);
}
