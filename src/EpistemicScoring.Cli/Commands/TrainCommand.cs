using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using EpistemicScoring.Cli.Eval;
using EpistemicScoring.ML;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Cli.Commands;

/// <summary>
/// <c>epistemic train --data FILE --output MODEL.zip</c>: trains the optional classifier on labelled JSONL, prints
/// its cross-validated ROC AUC (plain and length-matched) beside the heuristic overall score and text length, then
/// trains on all records and writes the model file.
/// </summary>
internal static class TrainCommand
{
    public static Command Create(ConsoleIO io)
    {
        var data = new Option<string>("--data", "-d") { Description = "JSONL records with a text and a label (fields named by --text-field and --label-field).", Required = true, HelpName = "FILE" };
        var output = new Option<string>("--output", "-o") { Description = "Where to write the model file (a zip with the ML.NET model and a manifest).", Required = true, HelpName = "MODEL.zip" };
        var positive = new Option<string>("--positive") { Description = "The label that counts as positive; other labels are negative. A JSON boolean label counts as itself.", DefaultValueFactory = static _ => "real" };
        var labelField = new Option<string>("--label-field") { Description = "Name of the label field.", DefaultValueFactory = static _ => "label" };
        var textField = new Option<string>("--text-field") { Description = "Name of the text field.", DefaultValueFactory = static _ => "text" };
        var trainer = new Option<string>("--trainer") { Description = "logistic: L2-regularised logistic regression (default); fasttree: boosted decision trees.", DefaultValueFactory = static _ => "logistic" };
        trainer.AcceptOnly("logistic", "fasttree");
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds for the printed figures (at least 2; 0 skips cross-validation).", DefaultValueFactory = static _ => DocumentClassifierOptions.DefaultFolds, HelpName = "K" };
        var seed = new Option<int>("--seed") { Description = "Seed for the folds and the trainer; the same data and seed give the same model.", DefaultValueFactory = static _ => DocumentClassifierOptions.DefaultSeed, HelpName = "N" };
        var common = new CommonOptions();
        var command = new Command("train", "Trains the optional classifier on labelled documents, prints its cross-validated ROC AUC and writes the model.")
        {
            data, output, positive, labelField, textField, trainer, folds, seed,
        };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string dataPath = parse.GetValue(data)!;
            string outputPath = parse.GetValue(output)!;
            string positiveLabel = parse.GetValue(positive)!;
            int k = parse.GetValue(folds);
            if (k is 1 or < 0)
            {
                throw new CliException($"--folds must be 0 (no cross-validation) or at least 2 (got {k}).");
            }

            if (Directory.Exists(outputPath))
            {
                throw new CliException($"{outputPath}: is a directory; give the model file's path.");
            }

            IO.SafeOutput.RefuseInputs(outputPath, "the model", [dataPath, .. common.InputPaths(parse)]);

            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            var options = new DocumentClassifierOptions
            {
                Algorithm = parse.GetValue(trainer) == "fasttree" ? ClassifierAlgorithm.FastTree : ClassifierAlgorithm.Logistic,
                Seed = parse.GetValue(seed),
                Folds = Math.Max(k, 2),
                PositiveLabel = positiveLabel,
            };
            List<(LabelledText Example, int Length)> examples = ReadExamples(dataPath, parse.GetValue(textField)!, parse.GetValue(labelField)!, positiveLabel, scorer.Options.MaxTextLength);
            int positives = examples.Count(static e => e.Example.Label);
            int negatives = examples.Count - positives;
            if (positives == 0 || negatives == 0)
            {
                throw new CliException($"{dataPath}: training needs both classes; {positives} records are '{positiveLabel}' and {negatives} are not.");
            }

            if (k > 0 && (positives < 2 || negatives < 2 || examples.Count < k))
            {
                throw new CliException($"{dataPath}: {k}-fold cross-validation needs at least two records of each class and at least {k} records ({positives} '{positiveLabel}', {negatives} other); lower --folds or give --folds 0.");
            }

            var trainerInstance = new DocumentClassifierTrainer(scorer, options);
            IReadOnlyList<LabelledReport> reports = trainerInstance.Score([.. examples.Select(static e => e.Example)]);
            var inv = CultureInfo.InvariantCulture;
            var text = new StringBuilder();
            text.Append(inv, $"train: {examples.Count} documents ({positives} '{positiveLabel}', {negatives} other); trainer {AlgorithmName(options.Algorithm)}; seed {options.Seed}\n");
            text.Append(inv, $"features: {trainerInstance.Schema.RuleIds.Count} rule totals, 5 law scores and the overall score, 3 rates; no text length\n");
            if (k > 0)
            {
                CrossValidationResult cv = trainerInstance.CrossValidate(reports);
                text.Append(inv, $"\ncross-validated: {k} folds, stratified, each probability from a model that did not see its document\n\n");
                text.Append(inv, $"{"score",-24} {"ROC AUC",8} {"95% interval",14} {"AUC, length-matched",20} {"pairs",8}\n");
                AppendRow(text, "classifier", [.. cv.Probabilities.Select((p, i) => (p, cv.Labels[i], examples[i].Length))]);
                AppendRow(text, "overall (heuristic)", [.. reports.Select((r, i) => (r.Report.Overall.Score, r.Label, examples[i].Length))]);
                AppendRow(text, "length (baseline)", [.. reports.Select((r, i) => ((double)examples[i].Length, r.Label, examples[i].Length))]);
                text.Append(inv, $"(95% intervals: {Statistics.BootstrapResamples} stratified bootstrap resamples, fixed seed)\n");
            }

            text.Append('\n').Append(EvalReceipt.Describe(EvalReceipt.For(scorer, dataPath)));

            io.Out.Write(text.ToString());
            DocumentClassifier classifier = trainerInstance.Train(reports);
            IO.SafeOutput.WriteAtomically(outputPath, "the model file", classifier.Save);

            io.Error.WriteLine($"model written to {outputPath}");
            return ExitCodes.Success;
        });
        return command;
    }

    internal static string AlgorithmName(ClassifierAlgorithm algorithm) => algorithm == ClassifierAlgorithm.FastTree ? "fasttree" : "logistic";

    private static void AppendRow(StringBuilder text, string name, List<(double Score, bool Positive, int Length)> items)
    {
        List<(double Score, bool Positive)> plain = [.. items.Select(static i => (i.Score, i.Positive))];
        double auc = Statistics.RocAuc(plain);
        (double low, double high) = Statistics.RocAucInterval(plain);
        (double matched, long pairs) = Statistics.LengthMatchedAuc(items);
        text.Append(CultureInfo.InvariantCulture, $"{name,-24} {auc,8:0.000} {$"{low:0.000}-{high:0.000}",14} {matched,20:0.000} {pairs,8}\n");
    }

    private static List<(LabelledText Example, int Length)> ReadExamples(string path, string textField, string labelField, string positive, int maxLength)
    {
        var examples = new List<(LabelledText, int)>();
        foreach ((int line, JsonElement record) in JsonLines.Read(path))
        {
            if (record.ValueKind != JsonValueKind.Object)
            {
                throw new CliException($"{path}:{line}: the record is not a JSON object.");
            }

            string text = JsonLines.String(record, textField)
                ?? throw new CliException($"{path}:{line}: the record has no string \"{textField}\".");
            if (text.Length > maxLength)
            {
                throw new CliException($"{path}:{line}: the text is {text.Length} characters long, more than the maximum of {maxLength}.");
            }

            bool label = record.TryGetProperty(labelField, out JsonElement l) ? l.ValueKind switch
            {
                JsonValueKind.String => string.Equals(l.GetString(), positive, StringComparison.Ordinal),
                JsonValueKind.True => true,
                JsonValueKind.False => false,
                _ => throw new CliException($"{path}:{line}: the \"{labelField}\" is neither a string nor a boolean."),
            }
            : throw new CliException($"{path}:{line}: the record has no \"{labelField}\".");
            examples.Add((new LabelledText(text, label), text.Length));
        }

        if (examples.Count == 0)
        {
            throw new CliException($"{path}: the data file holds no records.");
        }

        return examples;
    }
}
