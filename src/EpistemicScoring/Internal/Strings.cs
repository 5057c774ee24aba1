namespace EpistemicScoring.Internal;

/// <summary>Small string helpers for the hot paths of the stages.</summary>
internal static class Strings
{
    /// <summary>The text in lower case (invariant culture), made in one allocation instead of two.</summary>
    /// <param name="text">The text, usually a token.</param>
    /// <returns>A new lower-case string.</returns>
    public static string Lower(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return string.Empty;
        }

        Span<char> buffer = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        int n = text.ToLowerInvariant(buffer);
        return new string(buffer[..n]);
    }
}
