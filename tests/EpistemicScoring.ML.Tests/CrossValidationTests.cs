namespace EpistemicScoring.ML.Tests;

public class CrossValidationTests(ClassifierFixture fixture) : IClassFixture<ClassifierFixture>
{
    [Fact]
    public void CrossValidate_GivesEveryExampleAnOutOfFoldProbability_AndSeparatesTheClasses()
    {
        CrossValidationResult cv = fixture.Trainer.CrossValidate(fixture.Training);
        Assert.Equal(fixture.Training.Count, cv.Probabilities.Count);
        Assert.Equal(fixture.Training.Select(static x => x.Label), cv.Labels);
        Assert.Equal(DocumentClassifierOptions.DefaultFolds, cv.FoldCount);
        Assert.All(cv.Probabilities, p => Assert.InRange(p, 0.0, 1.0));
        Assert.True(cv.RocAuc > 0.9, $"cross-validated AUC {cv.RocAuc:0.000}");
        Assert.Equal(ClassifierFixture.PairwiseAuc(cv.Probabilities, cv.Labels), cv.RocAuc, 12);
    }

    [Fact]
    public void CrossValidate_FoldsAreStratifiedAndBalanced()
    {
        CrossValidationResult cv = fixture.Trainer.CrossValidate(fixture.Training);
        for (int fold = 0; fold < cv.FoldCount; fold++)
        {
            int positives = Enumerable.Range(0, cv.Folds.Count).Count(i => cv.Folds[i] == fold && cv.Labels[i]);
            int negatives = Enumerable.Range(0, cv.Folds.Count).Count(i => cv.Folds[i] == fold && !cv.Labels[i]);
            Assert.Equal(4, positives);
            Assert.Equal(4, negatives);
        }
    }

    [Fact]
    public void CrossValidate_TwiceWithSameSeed_IsIdentical_AndAnotherSeedDealsOtherFolds()
    {
        CrossValidationResult first = fixture.TrainerFor(ClassifierAlgorithm.Logistic, seed: 3).CrossValidate(fixture.Training);
        CrossValidationResult second = fixture.TrainerFor(ClassifierAlgorithm.Logistic, seed: 3).CrossValidate(fixture.Training);
        CrossValidationResult other = fixture.TrainerFor(ClassifierAlgorithm.Logistic, seed: 4).CrossValidate(fixture.Training);
        Assert.Equal(first.Probabilities, second.Probabilities);
        Assert.Equal(first.Folds, second.Folds);
        Assert.NotEqual(first.Folds, other.Folds);
    }

    [Fact]
    public void CrossValidate_OneExampleOfAClass_Throws()
    {
        LabelledReport[] examples = [.. fixture.Training.Where(static x => x.Label), fixture.Training.First(static x => !x.Label)];
        Assert.Throws<ArgumentException>(() => fixture.Trainer.CrossValidate(examples));
    }

    [Fact]
    public void CrossValidate_FewerExamplesThanFolds_Throws()
    {
        LabelledReport[] examples = [.. fixture.Training.Where(static x => x.Label).Take(2), .. fixture.Training.Where(static x => !x.Label).Take(2)];
        Assert.Throws<ArgumentException>(() => fixture.Trainer.CrossValidate(examples));
    }

    [Fact]
    public void RocAuc_CountsPairsAndTiesHalf()
    {
        var cv = new CrossValidationResult([0.9, 0.4, 0.4, 0.1], [true, true, false, false], [0, 1, 0, 1], 2);
        // Pairs (positive, negative): 0.9>0.4, 0.9>0.1, 0.4=0.4 (half), 0.4>0.1: 3.5 of 4.
        Assert.Equal(0.875, cv.RocAuc, 12);
        Assert.True(double.IsNaN(new CrossValidationResult([0.5], [true], [0], 2).RocAuc));
    }
}
