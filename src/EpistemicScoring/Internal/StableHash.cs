namespace EpistemicScoring.Internal;

/// <summary>
/// A small, dependency-free 64-bit FNV-1a hash over strings, used for receipts and suppression keys.
/// Stable across processes and platforms (unlike <see cref="string.GetHashCode()"/>).
/// </summary>
internal struct StableHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;
    private ulong _state;
    private bool _started;

    public void Append(ReadOnlySpan<char> text)
    {
        if (!_started)
        {
            _state = Offset;
            _started = true;
        }

        foreach (char c in text)
        {
            _state = (_state ^ (byte)c) * Prime;
            _state = (_state ^ (byte)(c >> 8)) * Prime;
        }

        // A separator so that ("ab", "c") and ("a", "bc") differ.
        _state = (_state ^ 0xFF) * Prime;
    }

    public readonly ulong Value => _started ? _state : Offset;

    public readonly string ToHex() => Value.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The first <paramref name="digits"/> of <see cref="ToHex()"/>, made without the full string.</summary>
    /// <param name="digits">1 to 16.</param>
    /// <returns>Lower-case hex digits.</returns>
    public readonly string ToHex(int digits) => string.Create(digits, Value, static (chars, value) =>
    {
        Span<char> all = stackalloc char[16];
        value.TryFormat(all, out _, "x16", System.Globalization.CultureInfo.InvariantCulture);
        all[..chars.Length].CopyTo(chars);
    });

    public static string Of(ReadOnlySpan<char> text)
    {
        var h = default(StableHash);
        h.Append(text);
        return h.ToHex();
    }
}
