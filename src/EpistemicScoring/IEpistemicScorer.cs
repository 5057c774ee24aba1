using EpistemicScoring.Reports;
using EpistemicScoring.Rules;

namespace EpistemicScoring;

/// <summary>
/// What a caller needs from a scorer, so that code taking a scorer can be tested with a stand-in.
/// <see cref="EpistemicScorer"/> is the implementation; dependency injection registers it under this interface too.
/// </summary>
public interface IEpistemicScorer
{
    /// <summary>The descriptors of the active rules, in the order they run.</summary>
    IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>Scores <paramref name="text"/>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="TextTooLongException">The text is longer than the configured maximum.</exception>
    EpistemicReport Score(string text);

    /// <summary>Scores <paramref name="text"/>, observing <paramref name="cancellationToken"/>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="TextTooLongException">The text is longer than the configured maximum.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    EpistemicReport Score(string text, CancellationToken cancellationToken);

    /// <summary>Scores a request: text with id, metadata and reference facts.</summary>
    /// <param name="request">The request.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The report, carrying the request's id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="request"/> or its text is null.</exception>
    /// <exception cref="TextTooLongException">The text is longer than the configured maximum.</exception>
    /// <exception cref="OperationCanceledException">The call was cancelled.</exception>
    EpistemicReport Score(ScoringRequest request, CancellationToken cancellationToken = default);
}
