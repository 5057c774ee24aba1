namespace EpistemicScoring;

/// <summary>Where scores turn into verdicts: High at or above <see cref="High"/>, Low below <see cref="Moderate"/>.</summary>
public sealed class VerdictThresholds
{
    /// <summary>Lowest score that is High. Default 65.</summary>
    public double High { get; set; } = 65;

    /// <summary>Lowest score that is Moderate; below it the verdict is Low. Default 45.</summary>
    public double Moderate { get; set; } = 45;

    /// <summary>The verdict for <paramref name="score"/>.</summary>
    /// <param name="score">A score from 0 to 100.</param>
    /// <returns>High, Moderate or Low.</returns>
    public Verdict VerdictFor(double score) =>
        score >= High ? Verdict.High : score >= Moderate ? Verdict.Moderate : Verdict.Low;
}
