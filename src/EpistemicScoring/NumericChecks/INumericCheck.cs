using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.NumericChecks;

/// <summary>One cross-check over the figures of a document (repeat, share, total, change, ratio, reference).</summary>
internal interface INumericCheck
{
    /// <summary>Appends this check's results, in text order, to <paramref name="results"/>.</summary>
    /// <param name="ctx">The document, its figures and the reference facts.</param>
    /// <param name="results">The results of every check so far; the report lists them in this order.</param>
    void Run(CheckContext ctx, List<NumericCheck> results);
}

/// <summary>What every check reads: the document, one <see cref="FigureInfo"/> per mention, the reference facts.</summary>
internal sealed class CheckContext
{
    /// <summary>Prepares the figures of <paramref name="numbers"/> once for all checks.</summary>
    /// <param name="doc">The document.</param>
    /// <param name="numbers">Its number mentions, in text order (at least one).</param>
    /// <param name="facts">The reference facts.</param>
    public CheckContext(TextDocument doc, IReadOnlyList<NumberMention> numbers, IReadOnlyList<ReferenceFact> facts)
    {
        Doc = doc;
        Facts = facts;
        Infos = new FigureInfo[numbers.Count];
        for (int i = 0; i < numbers.Count; i++)
        {
            Infos[i] = new FigureInfo(doc, numbers[i], i);
        }
    }

    /// <summary>The document.</summary>
    public TextDocument Doc { get; }

    /// <summary>One entry per number mention, by index.</summary>
    public FigureInfo[] Infos { get; }

    /// <summary>The reference facts.</summary>
    public IReadOnlyList<ReferenceFact> Facts { get; }

    /// <summary>Indexes of figures a repeat check found inconsistent.</summary>
    public HashSet<int> Flagged { get; } = [];
}
