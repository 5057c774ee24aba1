using System.Collections.Frozen;
using EpistemicScoring.Claims;
using EpistemicScoring.Internal;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Everything computed once per document before the rules run: the text analysis, the attributions, the
/// numbers and their cross-checks, the hedges, and the role of each sentence. Rules read it; none of them
/// detects these things a second time.
/// </summary>
public sealed class DocumentAnalysis
{
    private bool[]? _ownWords;
    private Dictionary<object, object>? _memo;
    private int _writerWordCount = -1;
    private TextDocument? _document;
    private SourceIndex? _sourceIndex;
    private readonly Dictionary<FrozenSet<string>, bool[]> _sentencesWithWord = new(ReferenceEqualityComparer.Instance);

    /// <summary>An analysis to be filled by the stages of an <see cref="Pipeline.AnalysisPipeline"/>.</summary>
    internal DocumentAnalysis(string text, LexiconSet lexicons, IReadOnlyList<ReferenceFact> facts)
    {
        Text = text;
        Lexicons = lexicons;
        Facts = facts;
    }

    /// <summary>The input string.</summary>
    internal string Text { get; }

    /// <summary>Tokens, sentences, paragraphs and quotations.</summary>
    public TextDocument Document
    {
        get => _document ?? throw new InvalidOperationException("The text stage has not run.");
        internal set => _document = value;
    }

    /// <summary>The scorer's lexicons.</summary>
    public LexiconSet Lexicons { get; }

    /// <summary>The language the text reads as (from the language stage); English until it has run.</summary>
    public LanguageInfo Language { get; internal set; } = LanguageInfo.English;

    /// <summary>What the reader of the report should know about the input (from the language stage), in a fixed order of codes.</summary>
    public IReadOnlyList<InputWarning> Warnings { get; internal set; } = [];

    /// <summary>Every attribution, in text order.</summary>
    public IReadOnlyList<SourceMention> Sources { get; internal set; } = [];

    /// <summary>Look-ups of the sources by sentence and offset; built on first use, after the sources stage.</summary>
    internal SourceIndex SourceIndex => _sourceIndex ??= new SourceIndex(this);

    /// <summary>
    /// The attributions that give someone content (every <see cref="AttributionType"/> but decree and refusal), in
    /// text order: what the claims, hedges, profiles and rules read as words, beliefs or aims not the writer's own.
    /// </summary>
    public IReadOnlyList<SourceMention> Attributions { get; internal set; } = [];

    /// <summary>
    /// The attributions that source the text (Law 2): <see cref="Attributions"/> without the writer's own claims about
    /// what a named person or body knows or intends ("Ruiz knows", "the ministry wants to"), which are the writer's
    /// assertions, not sourcing by that person. Documents that show or indicate stay.
    /// </summary>
    public IReadOnlyList<SourceMention> Sourcing { get; internal set; } = [];

    /// <summary>Every numeric mention, in text order.</summary>
    public IReadOnlyList<NumberMention> Numbers { get; internal set; } = [];

    /// <summary>Cross-checks of the figures.</summary>
    public IReadOnlyList<NumericCheck> NumericChecks { get; internal set; } = [];

    /// <summary>Uncertainty and certainty cues, in text order.</summary>
    public IReadOnlyList<HedgeCue> Hedges { get; internal set; } = [];

    /// <summary>One entry per sentence of <see cref="Document"/>: uncertainty and claim type.</summary>
    public IReadOnlyList<SentenceInfo> Sentences { get; internal set; } = [];

    /// <summary>Reference facts the figures were checked against.</summary>
    public IReadOnlyList<ReferenceFact> Facts { get; }

    /// <summary>Which sentences are the page around the prose (credits, captions, labels, embedded posts, stamps), by sentence index.</summary>
    internal bool[] Layout { get; set; } = [];

    /// <summary>The index of the headline sentence (the first line, when it is one), or -1 (from the text stage).</summary>
    internal int HeadlineSentence { get; set; } = -1;

    /// <summary>True when sentence <paramref name="sentence"/> is layout, not the writer's prose.</summary>
    internal bool IsLayout(int sentence) => sentence >= 0 && sentence < Layout.Length && Layout[sentence];

    /// <summary>Which sentences hold an uncertainty cue in its uncertain sense (from the hedge stage), by sentence index.</summary>
    internal bool[] Uncertain { get; set; } = [];

    /// <summary>Discourse cues in text order (from the cue stage).</summary>
    internal DiscourseCue[] Cues { get; set; } = [];

    /// <summary>The writer's conclusions and predictions with their support, in sentence order (from the link stage).</summary>
    internal InferenceLink[] Links { get; set; } = [];

    /// <summary>The profile the text reads as (from the profile stage); the scorer uses it unless one was chosen.</summary>
    internal TextProfile DetectedProfile { get; set; }

    /// <summary>The index of the sentence that holds the character at <paramref name="offset"/>.</summary>
    /// <param name="offset">A string index.</param>
    /// <returns>The sentence index, or -1 when the text has no tokens there.</returns>
    public int SentenceIndexAt(int offset)
    {
        int token = Document.TokenAtOrAfter(offset);
        if (token > 0 && (token >= Document.TokenCount || Document[token].Start > offset) && Document[token - 1].End > offset)
        {
            token--;
        }

        return token < Document.TokenCount ? Document.SentenceOf(token) : -1;
    }

    /// <summary>
    /// True when sentence <paramref name="sentence"/> holds a token of <paramref name="words"/> (a set with a
    /// case-insensitive comparer). Every sentence is read once per set, on first use, so asking for each figure of a
    /// long sentence costs nothing more.
    /// </summary>
    internal bool SentenceHasWord(int sentence, FrozenSet<string> words)
    {
        bool[]? has;
        lock (_sentencesWithWord)
        {
            if (!_sentencesWithWord.TryGetValue(words, out has))
            {
                has = new bool[Document.Sentences.Length];
                for (int t = 0; t < Document.TokenCount; t++)
                {
                    if (Document.IsIn(t, words))
                    {
                        has[Document.SentenceOf(t)] = true;
                    }
                }

                _sentencesWithWord.Add(words, has);
            }
        }

        return sentence >= 0 && sentence < has.Length && has[sentence];
    }

    /// <summary>Number of sentences that make a claim of any type (headings, fragments and quotation continuations left out).</summary>
    public int ClaimSentenceCount
    {
        get
        {
            int count = 0;
            foreach (SentenceInfo s in Sentences)
            {
                if (s.ClaimType != ClaimType.None)
                {
                    count++;
                }
            }

            return count;
        }
    }

    /// <summary>
    /// Which tokens are the writer's own words: outside quotation marks, outside the reported content of an
    /// attribution ("the mayor called the plan [a disaster]") and outside layout (credits, labels, embedded posts). The
    /// content of a factive cue ("Lee knows that [the walls close in]") is the writer's assertion and stays the writer's.
    /// Computed once, on first use, for every rule.
    /// </summary>
    internal bool[] OwnWords => _ownWords ??= ComputeOwnWords();

    /// <summary>
    /// A reading of this analysis that several rules share (the matches of one lexicon among the writer's words),
    /// made by the first rule that asks for it. Per document, so nothing is shared across texts or threads: the rules
    /// of one <c>Score</c> call run one after another.
    /// </summary>
    /// <typeparam name="T">The reading's type.</typeparam>
    /// <param name="key">What identifies the reading (an object the readers share, such as the lexicon).</param>
    /// <param name="make">Makes the reading on first use.</param>
    /// <returns>The reading.</returns>
    internal T Memo<T>(object key, Func<DocumentAnalysis, T> make)
        where T : class
    {
        _memo ??= [];
        if (!_memo.TryGetValue(key, out object? value))
        {
            value = make(this);
            _memo[key] = value;
        }

        return (T)value;
    }

    /// <summary>Number of word tokens outside quotations and layout (the writer's prose); computed once, on first use.</summary>
    internal int WriterWordCount
    {
        get
        {
            if (_writerWordCount < 0)
            {
                int count = 0;
                for (int i = 0; i < Document.TokenCount; i++)
                {
                    if (Document[i].Kind == TokenKind.Word && !Document.IsInQuote(i) && !IsLayout(Document.SentenceOf(i)))
                    {
                        count++;
                    }
                }

                _writerWordCount = count;
            }

            return _writerWordCount;
        }
    }

    /// <summary>The span of the whole text without leading and trailing white space.</summary>
    public TextSpan WholeText => Document.TokenCount == 0
        ? new TextSpan(0, 0)
        : Document.SpanOf(0, Document.TokenCount - 1);

    private const string VoiceWords = "analysis-voice-words.tsv";

    private static readonly FrozenSet<string> FactiveCues = EmbeddedData.Class(EmbeddedData.WordClasses(VoiceWords), VoiceWords, "factive-cues");

    private bool IsFactive(SpanText cue)
    {
        int t = Document.TokenAtOrAfter(cue.Start);
        return t < Document.TokenCount && Document.IsIn(t, FactiveCues);
    }

    private bool[] ComputeOwnWords()
    {
        var own = new bool[Document.TokenCount];
        for (int i = 0; i < own.Length; i++)
        {
            own[i] = !Document.IsInQuote(i) && !IsLayout(Document.SentenceOf(i));
        }

        // The reported contents as a difference array, so that many overlapping contents (a sentence of a thousand
        // attributions, each reporting the rest of it) cost one pass, not one walk each. The array is the thread's
        // scratch, zeroed up to the length read.
        int[] depth = ThreadScratch.TakeInts(own.Length + 1);
        foreach (SourceMention s in Attributions)
        {
            // A factive cue ("Lee knows that the walls close in") takes its content as true: the writer asserts it.
            if (s.Content is { } content && !(s.Cue is { } cue && IsFactive(cue)))
            {
                int first = Document.TokenAtOrAfter(content.Start);
                int end = Document.TokenAtOrAfter(content.Start + content.Length);
                if (first < end)
                {
                    depth[first]++;
                    depth[end]--;
                }
            }
        }

        int inside = 0;
        for (int i = 0; i < own.Length; i++)
        {
            inside += depth[i];
            if (inside > 0)
            {
                own[i] = false;
            }
        }

        ThreadScratch.Return(depth);
        return own;
    }
}
