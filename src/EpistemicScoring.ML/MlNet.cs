using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Microsoft.ML.Trainers.FastTree;

namespace EpistemicScoring.ML;

/// <summary>One example as ML.NET reads it: a label and a feature vector whose length the schema gives.</summary>
internal sealed class FeatureRow
{
    public bool Label { get; set; }

    public float[] Features { get; set; } = [];
}

/// <summary>What the trained pipeline writes for one example.</summary>
internal sealed class PredictionRow
{
    public float Probability { get; set; }
}

/// <summary>
/// The ML.NET side in one place: the data view of feature rows, the two training pipelines, batch prediction.
/// Every trainer runs on one thread, so that the same data and seed give the same model.
/// </summary>
internal static class MlNet
{
    public const string LabelColumn = nameof(FeatureRow.Label);
    public const string FeaturesColumn = nameof(FeatureRow.Features);

    /// <summary>The input schema definition for vectors of <paramref name="featureCount"/> values.</summary>
    public static SchemaDefinition InputSchema(int featureCount)
    {
        SchemaDefinition definition = SchemaDefinition.Create(typeof(FeatureRow));
        definition[FeaturesColumn].ColumnType = new VectorDataViewType(NumberDataViewType.Single, featureCount);
        return definition;
    }

    public static IDataView Load(MLContext ml, IReadOnlyList<FeatureRow> rows, int featureCount) =>
        ml.Data.LoadFromEnumerable(rows, InputSchema(featureCount));

    /// <summary>Trains the pipeline that <paramref name="options"/> names on <paramref name="rows"/>.</summary>
    public static (MLContext Context, ITransformer Model, DataViewSchema InputSchema) Fit(IReadOnlyList<FeatureRow> rows, int featureCount, DocumentClassifierOptions options)
    {
        var ml = new MLContext(options.Seed);
        IDataView data = Load(ml, rows, featureCount);
        IEstimator<ITransformer> pipeline = options.Algorithm switch
        {
            ClassifierAlgorithm.FastTree => ml.BinaryClassification.Trainers.FastTree(new FastTreeBinaryTrainer.Options
            {
                LabelColumnName = LabelColumn,
                FeatureColumnName = FeaturesColumn,
                NumberOfTrees = options.NumberOfTrees,
                NumberOfLeaves = options.NumberOfLeaves,
                MinimumExampleCountPerLeaf = options.MinimumExampleCountPerLeaf,
                LearningRate = options.LearningRate,
                NumberOfThreads = 1,
                Seed = options.Seed,
                FeatureSelectionSeed = options.Seed,
            }),
            _ => ml.Transforms.NormalizeMeanVariance(FeaturesColumn)
                .Append(ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
                {
                    LabelColumnName = LabelColumn,
                    FeatureColumnName = FeaturesColumn,
                    L2Regularization = options.L2Regularization,
                    L1Regularization = 0,
                    NumberOfThreads = 1,
                })),
        };
        return (ml, pipeline.Fit(data), data.Schema);
    }

    /// <summary>The probability of the positive class for each row, in order.</summary>
    public static double[] Predict(MLContext ml, ITransformer model, IReadOnlyList<FeatureRow> rows, int featureCount)
    {
        IDataView scored = model.Transform(Load(ml, rows, featureCount));
        return [.. ml.Data.CreateEnumerable<PredictionRow>(scored, reuseRowObject: false).Select(static p => (double)p.Probability)];
    }
}
