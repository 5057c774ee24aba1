using EpistemicScoring.ML.Tests.Support;

namespace EpistemicScoring.ML.Tests;

/// <summary>Synthetic training and held-out articles, scored once and shared by the tests of a class.</summary>
public sealed class ClassifierFixture
{
    public ClassifierFixture()
    {
        Trainer = new DocumentClassifierTrainer(Scorer);
        Training = Trainer.Score(SyntheticArticles.Make(40, seed: 11));
        HeldOut = Trainer.Score(SyntheticArticles.Make(24, seed: 12));
    }

    public EpistemicScorer Scorer { get; } = EpistemicScorer.CreateDefault();

    public DocumentClassifierTrainer Trainer { get; }

    public IReadOnlyList<LabelledReport> Training { get; }

    public IReadOnlyList<LabelledReport> HeldOut { get; }

    public DocumentClassifierTrainer TrainerFor(ClassifierAlgorithm algorithm, int seed = DocumentClassifierOptions.DefaultSeed) =>
        new(Scorer, new DocumentClassifierOptions { Algorithm = algorithm, Seed = seed, PositiveLabel = "wellSourced" });

    /// <summary>ROC AUC counted pair by pair: the share of (positive, negative) pairs where the positive scores higher, ties half.</summary>
    public static double PairwiseAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        double wins = 0;
        int pairs = 0;
        for (int i = 0; i < scores.Count; i++)
        {
            for (int j = 0; j < scores.Count; j++)
            {
                if (labels[i] && !labels[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return wins / pairs;
    }
}
