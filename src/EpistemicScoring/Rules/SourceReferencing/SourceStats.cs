using EpistemicScoring.Analysis;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Rules.SourceReferencing;

/// <summary>
/// Counts over a document's attributions shared by the Law 2 rules and the rationale: distinct sources (an unnamed
/// collective counts once, a pronoun counts as its antecedent), the source that carries most attributions, and the
/// kinds used. The author's own first person is left out: it is a stance, not a source.
/// </summary>
internal sealed class SourceStats
{
    private static readonly object MemoKey = new();

    private SourceStats()
    {
    }

    /// <summary>Attributions to someone other than the author.</summary>
    public int Total { get; private set; }

    /// <summary>Attributions whose source a reader could identify.</summary>
    public int Named { get; private set; }

    /// <summary>Distinct sources by key.</summary>
    public int Distinct => Keys.Count;

    /// <summary>Distinct named sources (people, bodies, documents, identified roles) by key.</summary>
    public HashSet<string> NamedKeys { get; } = new(StringComparer.Ordinal);

    /// <summary>Distinct named organisations and documents by key.</summary>
    public HashSet<string> NamedBodies { get; } = new(StringComparer.Ordinal);

    /// <summary>Attributions per key.</summary>
    public Dictionary<string, int> Keys { get; } = new(StringComparer.Ordinal);

    /// <summary>Kinds used by non-pronoun sources.</summary>
    public HashSet<SourceKind> Kinds { get; } = [];

    /// <summary>The key with most attributions, and its count.</summary>
    public (string Key, int Count) Top { get; private set; } = (string.Empty, 0);

    /// <summary>
    /// The counts over <see cref="DocumentAnalysis.Sourcing"/>, made once per document for the three rules and the
    /// rationale that read them (they only read it).
    /// </summary>
    /// <param name="analysis">The document's analysis.</param>
    /// <returns>The counts.</returns>
    public static SourceStats For(DocumentAnalysis analysis) => analysis.Memo(MemoKey, static a => Of(a.Sourcing));

    public static SourceStats Of(IReadOnlyList<SourceMention> sources)
    {
        var s = new SourceStats();
        foreach (SourceMention m in sources)
        {
            if (m.Key == "author")
            {
                continue;
            }

            s.Total++;
            s.Named += m.Named ? 1 : 0;
            int n = s.Keys.GetValueOrDefault(m.Key) + 1;
            s.Keys[m.Key] = n;
            if (n > s.Top.Count)
            {
                s.Top = (m.Key, n);
            }

            if (m.Kind != SourceKind.Pronoun)
            {
                s.Kinds.Add(m.Kind);
            }

            if (m.Named && m.Kind != SourceKind.Pronoun)
            {
                s.NamedKeys.Add(m.Key);
                if (m.Kind is SourceKind.NamedOrganization or SourceKind.NamedDocument or SourceKind.NamedPerson)
                {
                    s.NamedBodies.Add(m.Key);
                }
            }
        }

        return s;
    }
}
