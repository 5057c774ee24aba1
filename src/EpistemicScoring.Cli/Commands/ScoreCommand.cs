using System.CommandLine;
using EpistemicScoring.Cli.Output;
using EpistemicScoring.Reports;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Cli.Commands;

/// <summary><c>epistemic score [FILE|-] [--format text|json|markdown]</c>.</summary>
internal static class ScoreCommand
{
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
        var common = new CommonOptions();
        var command = new Command("score", "Scores one document on the five laws.") { file, format, id };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string? path = parse.GetValue(file);
            if (path is not null && path.Length > 1 && path[0] == '-')
            {
                throw new CliException($"'{path}' is not an option of 'score'; run 'epistemic score --help'.");
            }

            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            string text = InputFiles.ReadText(path, io.In);
            EpistemicReport report;
            try
            {
                report = scorer.Score(new ScoringRequest(text) { Id = parse.GetValue(id) });
            }
            catch (TextTooLongException ex)
            {
                throw new CliException($"{path ?? "standard input"}: {ex.Message}");
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    io.Out.WriteLine(ReportJson.Serialize(report, indented: true));
                    break;
                case "markdown":
                    io.Out.Write(MarkdownFormatter.Format(report, text));
                    break;
                default:
                    io.Out.Write(TextFormatter.Format(report, path ?? "standard input"));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
