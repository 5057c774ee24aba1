namespace EpistemicScoring.ML;

/// <summary>
/// A <see cref="DocumentClassifier"/> was used with a scorer, or with a report, whose rules differ from the ones the
/// model was trained with (another rule-set version, other rule IDs, or other rule weights): its features would mean
/// something else, so the model refuses rather than give a wrong probability.
/// </summary>
public sealed class IncompatibleModelException : Exception
{
    /// <summary>Creates the exception.</summary>
    public IncompatibleModelException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What differs.</param>
    public IncompatibleModelException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What differs.</param>
    /// <param name="innerException">The cause.</param>
    public IncompatibleModelException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
