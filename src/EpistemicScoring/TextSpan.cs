namespace EpistemicScoring;

/// <summary>
/// A range of UTF-16 code units in the exact input string: <see cref="Start"/> is a C# string index.
/// </summary>
/// <param name="Start">Index of the first code unit.</param>
/// <param name="Length">Number of code units.</param>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>Index one past the last code unit.</summary>
    public int End => Start + Length;

    /// <summary>True when the span covers no characters.</summary>
    public bool IsEmpty => Length == 0;

    /// <summary>Creates a span from a start and an exclusive end.</summary>
    /// <param name="start">First index.</param>
    /// <param name="end">Index one past the last.</param>
    /// <returns>The span.</returns>
    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    /// <summary>True when <paramref name="other"/> lies wholly inside this span.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>Whether it is contained.</returns>
    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    /// <summary>True when <paramref name="index"/> lies inside this span.</summary>
    /// <param name="index">A string index.</param>
    /// <returns>Whether it is contained.</returns>
    public bool Contains(int index) => index >= Start && index < End;

    /// <summary>True when the two spans share at least one code unit.</summary>
    /// <param name="other">The other span.</param>
    /// <returns>Whether they overlap.</returns>
    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;

    /// <summary>The characters of this span in <paramref name="text"/>.</summary>
    /// <param name="text">The string the span indexes.</param>
    /// <returns>The covered characters.</returns>
    public ReadOnlySpan<char> Slice(string text) => text.AsSpan(Start, Length);

    /// <summary>The text of this span in <paramref name="text"/> as a new string.</summary>
    /// <param name="text">The string the span indexes.</param>
    /// <returns>The covered characters.</returns>
    public string ToString(string text) => text.Substring(Start, Length);

    /// <inheritdoc />
    public override string ToString() => $"[{Start}..{End})";
}
