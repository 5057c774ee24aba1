using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using EpistemicScoring.Cli.Output;
using EpistemicScoring.ML;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Cli.Commands;

/// <summary><c>epistemic score [FILE|-] [--format text|json|markdown] [--model MODEL.zip]</c>.</summary>
internal static class ScoreCommand
{
    private static readonly JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(ConsoleIO io)
    {
        var file = new Argument<string?>("FILE")
        {
            Description = "The document to score; '-' or none reads standard input.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: a table for people; json: one report object; markdown: the five-law write-up.",
            DefaultValueFactory = static _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "markdown");
        var id = new Option<string?>("--id") { Description = "An identifier copied into the report." };
        var model = new Option<string?>("--model") { Description = "A classifier model file (from 'epistemic train'): also print its probability, apart from the five-law scores.", HelpName = "MODEL.zip" };
        var common = new CommonOptions();
        var command = new Command("score", "Scores one document on the five laws.") { file, format, id, model };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(file);
            if (path is not null && path.Length > 1 && path[0] == '-')
            {
                throw new CliException($"'{path}' is not an option of 'score'; run 'epistemic score --help'.");
            }

            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            string? modelPath = parse.GetValue(model);
            DocumentClassifier? classifier = modelPath is null ? null : ModelFiles.Load(modelPath, scorer);
            string text = IO.BoundedInput.ReadText(path, io.In, scorer.Options.MaxTextLength, "text", "--max-length");
            EpistemicReport report;
            try
            {
                report = scorer.Score(new ScoringRequest(text) { Id = parse.GetValue(id) });
            }
            catch (TextTooLongException ex)
            {
                throw new CliException($"{path ?? "standard input"}: {ex.Message}");
            }

            double? probability = classifier is null ? null : ModelFiles.Predict(classifier, report, modelPath!);
            var inv = CultureInfo.InvariantCulture;
            switch (parse.GetValue(format))
            {
                case "json":
                    io.Out.WriteLine(classifier is null ? ReportJson.Serialize(report, indented: true) : ModelFiles.WithClassifier(report, classifier, probability!.Value, IndentedJson));
                    break;
                case "markdown":
                    io.Out.Write(MarkdownFormatter.Format(report, text));
                    if (classifier is not null)
                    {
                        io.Out.Write(string.Create(inv, $"\nClassifier: probability {probability:0.000} of '{classifier.PositiveLabel}' (an optional model trained on {classifier.TrainingExamples} documents; not part of the verdicts above)\n"));
                    }

                    break;
                default:
                    io.Out.Write(TextFormatter.Format(report, path ?? "standard input"));
                    if (classifier is not null)
                    {
                        io.Out.Write(string.Create(inv, $"Classifier {probability,5:0.000}  probability of '{classifier.PositiveLabel}' ({TrainCommand.AlgorithmName(classifier.Algorithm)} model trained on {classifier.TrainingExamples} documents; apart from the scores above)\n"));
                    }

                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
