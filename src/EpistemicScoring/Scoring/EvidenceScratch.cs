using EpistemicScoring.Reports;

namespace EpistemicScoring.Scoring;

/// <summary>
/// The lists one <c>Score</c> call gathers findings in (the running rule's sink and one list per law), kept per thread
/// between reports so that their growing is paid once per thread; each law's findings are then copied into a list
/// of their exact size for the report. Scratch space, not a cache: emptied when taken and when given back, nothing
/// of one report is read for the next, and no thread ever waits for another.
/// </summary>
internal sealed class EvidenceScratch
{
    /// <summary>Lists that grew past this many findings are dropped after use rather than kept for the thread's life.</summary>
    private const int MaxKept = 1 << 14;

    [ThreadStatic]
    private static EvidenceScratch? t_free;

    /// <summary>The running rule's findings.</summary>
    public List<Evidence> Sink { get; } = [];

    /// <summary>The findings kept, by law (index: law number minus one).</summary>
    public List<Evidence>[] PerLaw { get; } = [[], [], [], [], []];

    /// <summary>This thread's empty lists, or new ones when they are in use.</summary>
    /// <returns>The lists; give them back with <see cref="Return"/>.</returns>
    public static EvidenceScratch Take()
    {
        EvidenceScratch scratch = t_free ?? new EvidenceScratch();
        t_free = null;
        scratch.Clear();
        return scratch;
    }

    /// <summary>Empties the lists and keeps them for this thread's next report, unless one grew too large.</summary>
    public void Return()
    {
        bool keep = Sink.Capacity <= MaxKept;
        foreach (List<Evidence> law in PerLaw)
        {
            keep &= law.Capacity <= MaxKept;
        }

        Clear();
        if (keep)
        {
            t_free = this;
        }
    }

    private void Clear()
    {
        Sink.Clear();
        foreach (List<Evidence> law in PerLaw)
        {
            law.Clear();
        }
    }
}
