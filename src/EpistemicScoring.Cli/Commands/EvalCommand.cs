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
        new SourcesEval(),
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
        var details = new Option<bool>("--details") { Description = "Also print each record's misses and false positives (tasks that support it)." };
        var common = new CommonOptions();
        var command = new Command("eval", "Measures the scorer against labelled data and prints the figures.") { task, data, json, report, details };
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
                parse.GetValue(details) ? new Dictionary<string, string?> { ["details"] = null } : new Dictionary<string, string?>());
            return selected.Run(context);
        });
        return command;
    }
}
