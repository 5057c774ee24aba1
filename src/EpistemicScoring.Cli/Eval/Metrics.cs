namespace EpistemicScoring.Cli.Eval;

/// <summary>Precision, recall and F1 from counts.</summary>
/// <param name="TruePositives">Predicted and gold.</param>
/// <param name="FalsePositives">Predicted, not gold.</param>
/// <param name="FalseNegatives">Gold, not predicted.</param>
internal readonly record struct PrecisionRecall(int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public override string ToString() =>
        FormattableString.Invariant($"precision {Precision:0.000}  recall {Recall:0.000}  F1 {F1:0.000}  (tp {TruePositives}, fp {FalsePositives}, fn {FalseNegatives})");
}
