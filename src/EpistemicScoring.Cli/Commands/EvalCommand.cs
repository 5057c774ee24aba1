using System.CommandLine;
using EpistemicScoring.Cli.Eval;

namespace EpistemicScoring.Cli.Commands;

/// <summary><c>epistemic eval --task NAME --data FILE</c>: measures the scorer against labelled data.</summary>
internal static class EvalCommand
{
    /// <summary>The evaluation tasks, by name.</summary>
    internal static IReadOnlyList<IEvalTask> Tasks { get; } =
    [
        new UncertaintyEval(),
        new VerdictsEval(),
        new DocumentEval(),
    ];

    public static Command Create(ConsoleIO io)
    {
        var task = new Option<string>("--task", "-t")
        {
            Description = "What to measure: " + string.Join("; ", Tasks.Select(static t => $"{t.Name} ({t.Description})")),
            Required = true,
        };
        task.AcceptOnlyFromAmong([.. Tasks.Select(static t => t.Name)]);
        var data = new Option<string>("--data", "-d") { Description = "The labelled data file.", Required = true, HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var report = new Option<string?>("--report") { Description = "Also write an HTML report here (tasks that support it).", HelpName = "FILE" };
        var positive = new Option<string?>("--positive") { Description = "document: the label that counts as positive (default: real)." };
        var predictions = new Option<string?>("--predictions") { Description = "verdicts, document: existing batch output to evaluate instead of scoring the texts.", HelpName = "FILE" };
        var texts = new Option<string?>("--texts") { Description = "verdicts, document: JSONL with id and text, when the labelled file has no text.", HelpName = "FILE" };
        var common = new CommonOptions();
        var command = new Command("eval", "Measures the scorer against labelled data and prints the figures.") { task, data, json, report, positive, predictions, texts };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            IEvalTask selected = Tasks.First(t => t.Name == parse.GetValue(task));
            var context = new EvalContext(
                common.BuildScorer(parse),
                parse.GetValue(data)!,
                io,
                parse.GetValue(json),
                parse.GetValue(report),
                new Dictionary<string, string?>
                {
                    ["positive"] = parse.GetValue(positive),
                    ["predictions"] = parse.GetValue(predictions),
                    ["texts"] = parse.GetValue(texts),
                });
            return selected.Run(context);
        });
        return command;
    }
}
