namespace EpistemicScoring.Internal;

/// <summary>
/// Working arrays kept per thread between documents, for tables that live only while one stage or reading runs (a
/// difference array over the tokens, one law's totals per rule). Take gives the thread's array, or a new one when it
/// is taken already or too short, so a nested or re-entrant use never shares one; Return keeps it for the next call.
/// Scratch space, not a cache: every taker clears or overwrites what it reads, nothing of one document is read for
/// the next, and no thread ever waits for another.
/// </summary>
internal static class ThreadScratch
{
    /// <summary>Arrays longer than this are dropped after use rather than kept for the thread's life.</summary>
    private const int MaxKept = 1 << 18;

    [ThreadStatic]
    private static int[]? t_ints;

    /// <summary>An array of at least <paramref name="length"/> elements whose first <paramref name="length"/> are zero.</summary>
    /// <param name="length">Elements needed.</param>
    /// <returns>The array; give it back with <see cref="Return(int[])"/>.</returns>
    public static int[] TakeInts(int length)
    {
        int[]? array = t_ints;
        if (array is null || array.Length < length)
        {
            return new int[Math.Max(length, 64)];
        }

        t_ints = null;
        Array.Clear(array, 0, length);
        return array;
    }

    /// <summary>Keeps <paramref name="array"/> for this thread's next <see cref="TakeInts"/>.</summary>
    /// <param name="array">An array from <see cref="TakeInts"/>, no longer used.</param>
    public static void Return(int[] array)
    {
        if (array.Length <= MaxKept && (t_ints is null || t_ints.Length < array.Length))
        {
            t_ints = array;
        }
    }
}

/// <summary>
/// A list kept per thread between documents, for results gathered one by one before they are copied into an array
/// or list of their exact size (so the growing is paid once per thread, not per text). Same rules as
/// <see cref="ThreadScratch"/>: Take empties it or gives a new one when it is in use; Return keeps it.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
internal static class ScratchList<T>
{
    /// <summary>Lists that grew past this many elements are dropped after use rather than kept for the thread's life.</summary>
    private const int MaxKept = 1 << 16;

    [ThreadStatic]
    private static List<T>? t_free;

    /// <summary>This thread's empty list, or a new one when it is in use.</summary>
    /// <returns>The list; give it back with <see cref="Return"/>.</returns>
    public static List<T> Take()
    {
        List<T> list = t_free ?? [];
        t_free = null;
        list.Clear();
        return list;
    }

    /// <summary>Empties <paramref name="list"/> and keeps it for this thread's next <see cref="Take"/>.</summary>
    /// <param name="list">A list from <see cref="Take"/>, no longer used.</param>
    public static void Return(List<T> list)
    {
        list.Clear();
        if (list.Capacity <= MaxKept)
        {
            t_free = list;
        }
    }
}
