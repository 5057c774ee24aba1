using EpistemicScoring.Reports;

namespace EpistemicScoring.Analysis;

/// <summary>
/// Look-ups over the attributions of one document, built once on first use so that a rule asking "which sources
/// are in this sentence" or "is this offset inside a source" for each of its figures costs a binary search, not a
/// walk over every source (a text built of thousands of attributions and figures would otherwise be quadratic).
/// </summary>
internal sealed class SourceIndex
{
    private readonly IReadOnlyList<SourceMention> _sources;
    private readonly int[] _firstOfSentence;
    private readonly int[] _bySentence;
    private readonly int[] _maxEnd;

    public SourceIndex(DocumentAnalysis analysis)
    {
        _sources = analysis.Attributions;
        int sentences = analysis.Document.Sentences.Length;
        int n = _sources.Count;
        var sentenceOf = new int[n];
        _firstOfSentence = new int[sentences + 2];
        _maxEnd = new int[n];
        int maxEnd = int.MinValue;
        for (int i = 0; i < n; i++)
        {
            SourceMention s = _sources[i];
            sentenceOf[i] = analysis.SentenceIndexAt(s.Start);
            _firstOfSentence[sentenceOf[i] + 2]++;
            maxEnd = Math.Max(maxEnd, s.Start + s.Length);
            _maxEnd[i] = maxEnd;
        }

        // A counting sort by sentence (index 0 holds the sources in no sentence, sentence -1), stable in list order.
        for (int k = 2; k < _firstOfSentence.Length; k++)
        {
            _firstOfSentence[k] += _firstOfSentence[k - 1];
        }

        _bySentence = new int[n];
        var next = (int[])_firstOfSentence.Clone();
        for (int i = 0; i < n; i++)
        {
            _bySentence[next[sentenceOf[i] + 1]++] = i;
        }
    }

    /// <summary>The indices into <see cref="DocumentAnalysis.Attributions"/> of the sources that start in sentence <paramref name="sentence"/>, in list order.</summary>
    public ReadOnlySpan<int> InSentence(int sentence)
    {
        if (sentence < 0 || sentence + 2 >= _firstOfSentence.Length)
        {
            return [];
        }

        int first = _firstOfSentence[sentence + 1];
        return _bySentence.AsSpan(first, _firstOfSentence[sentence + 2] - first);
    }

    /// <summary>
    /// True when some source that starts at or before <paramref name="offset"/> runs past it, reading the sources in
    /// list (text) order up to the first that starts after the offset.
    /// </summary>
    public bool AnyCovers(int offset)
    {
        // The first source that starts after the offset; the sources before it are the ones a forward walk reads.
        int lo = 0;
        int hi = _sources.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_sources[mid].Start > offset)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo > 0 && _maxEnd[lo - 1] > offset;
    }
}
