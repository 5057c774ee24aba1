namespace EpistemicScoring;

/// <summary>Thrown when a text is longer than <see cref="EpistemicScoringOptions.MaxTextLength"/>.</summary>
public sealed class TextTooLongException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public TextTooLongException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public TextTooLongException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TextTooLongException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a text of <paramref name="length"/> characters over <paramref name="limit"/>.</summary>
    /// <param name="length">The text's length.</param>
    /// <param name="limit">The configured maximum.</param>
    public TextTooLongException(int length, int limit)
        : base($"The text has {length:N0} characters, more than the maximum of {limit:N0} (EpistemicScoringOptions.MaxTextLength); it is not truncated.")
    {
        TextLength = length;
        Limit = limit;
    }

    /// <summary>The refused text's length.</summary>
    public int TextLength { get; }

    /// <summary>The configured maximum.</summary>
    public int Limit { get; }
}
