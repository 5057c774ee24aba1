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
        new NumbersEval(),
        new VerdictsEval(),
        new DocumentEval(),
        new SourcesEval(),
        new WritingEval(),
    ];

    /// <summary>The tasks that write an HTML report with <c>--report</c>; for the others the option is an error.</summary>
    internal static IReadOnlyList<string> ReportTasks { get; } = ["uncertainty", "verdicts", "document", "writing", "sources"];

    public static Command Create(ConsoleIO io)
    {
        var task = new Option<string>("--task", "-t")
        {
            Description = "What to measure: " + string.Join("; ", Tasks.Select(static t => $"{t.Name} ({t.Description})")),
            Required = true,
        };
        task.AcceptOnly([.. Tasks.Select(static t => t.Name)]);
        var data = new Option<string>("--data", "-d") { Description = "The labelled data file.", Required = true, HelpName = "FILE" };
        var json = new Option<bool>("--json") { Description = "Print the figures as one JSON object." };
        var report = new Option<string?>("--report") { Description = "Also write an HTML report here (tasks uncertainty, verdicts, document, writing and sources; an error for numbers).", HelpName = "FILE" };
        var details = new Option<bool>("--details") { Description = "sources: also print each record's misses, false positives and set-aside predictions; writing: the first twenty findings of each Law 5 rule with the technique they touch." };
        var baseline = new Option<string?>("--baseline") { Description = "writing: batch output of another rule set for the same articles; prints its figures and the share of bootstrap resamples in which the scorer under test beats it.", HelpName = "FILE" };
        var positive = new Option<string?>("--positive") { Description = "document: the label that counts as positive (default: real)." };
        var predictions = new Option<string?>("--predictions") { Description = "verdicts, document, writing: existing batch output to evaluate instead of scoring the texts.", HelpName = "FILE" };
        var texts = new Option<string?>("--texts") { Description = "verdicts, document, writing: JSONL with id and text, when the labelled file has no text.", HelpName = "FILE" };
        var articles = new Option<string?>("--articles") { Description = "numbers: JSONL {id, text} with the annotated articles (default: ../news/*.jsonl beside the data file).", HelpName = "FILE" };
        var relations = new Option<string?>("--relations") { Description = "numbers: also score the consistency checks on this numeric-relations.jsonl.", HelpName = "FILE" };
        var probes = new Option<string?>("--probes") { Description = "numbers: intact/broken probe passages to check (default: numeric-relation-probes.jsonl beside the data file, when present).", HelpName = "FILE" };
        var model = new Option<string?>("--model") { Description = "document: a classifier model file (from 'epistemic train'); adds its probability as the row 'classifier'.", HelpName = "MODEL.zip" };
        var half = new Option<string>("--half")
        {
            Description = "Which half of the labelled file to read: all, tune (for choosing changes) or check (for confirming them); the split is fixed by each record's article.",
            DefaultValueFactory = static _ => "all",
        };
        half.AcceptOnlyFromAmong("all", "tune", "check");
        var verbose = new Option<bool>("--verbose") { Description = "numbers: list misses, false positives, wrong values and each relation case." };
        var common = new CommonOptions();
        var command = new Command("eval", "Measures the scorer against labelled data and prints the figures.") { task, data, json, report, positive, predictions, texts, articles, relations, verbose, details, model, probes, half, baseline };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            IEvalTask selected = Tasks.First(t => t.Name == parse.GetValue(task));
            DevSplit.Current = Enum.Parse<DevHalf>(parse.GetValue(half)!, ignoreCase: true);
            if (parse.GetValue(model) is not null && selected is not DocumentEval)
            {
                io.Error.WriteLine($"warning: --model applies only to --task document; it is ignored for --task {selected.Name}.");
            }

            // Options left out are absent from Extra, so that tasks may test for a key.
            var extra = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["positive"] = parse.GetValue(positive),
                ["predictions"] = parse.GetValue(predictions),
                ["texts"] = parse.GetValue(texts),
                ["articles"] = parse.GetValue(articles),
                ["relations"] = parse.GetValue(relations),
                ["probes"] = parse.GetValue(probes),
                ["verbose"] = parse.GetValue(verbose) ? "true" : null,
                ["details"] = parse.GetValue(details) ? "true" : null,
                ["model"] = parse.GetValue(model),
                ["baseline"] = parse.GetValue(baseline),
            };
            foreach (string key in extra.Where(static kv => kv.Value is null).Select(static kv => kv.Key).ToList())
            {
                extra.Remove(key);
            }

            string? reportPath = parse.GetValue(report);
            if (reportPath is not null && !ReportTasks.Contains(selected.Name))
            {
                throw new CliException($"--report: --task {selected.Name} writes no report; the tasks with an HTML report are {string.Join(", ", ReportTasks)}.");
            }

            if (reportPath is not null)
            {
                IO.SafeOutput.RefuseInputs(reportPath, "the report", [parse.GetValue(data), .. extra.Where(static kv => kv.Key is "predictions" or "texts" or "articles" or "relations" or "probes" or "model" or "baseline").Select(static kv => kv.Value), .. common.InputPaths(parse)]);
            }

            EpistemicScorer scorer = common.BuildScorer(parse, io.Error);
            string dataPath = parse.GetValue(data)!;
            bool asJson = parse.GetValue(json);
            using var captured = new StringWriter { NewLine = io.Out.NewLine };
            var context = new EvalContext(scorer, dataPath, io with { Out = captured }, asJson, reportPath, extra);
            int code = selected.Run(context);
            EvalReceipt receipt = EvalReceipt.For(scorer, dataPath);
            string output = captured.ToString();
            if (asJson && TryParseObject(output) is { } figures)
            {
                figures["receipt"] = receipt.ToJson();
                io.Out.WriteLine(figures.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            }
            else
            {
                io.Out.Write(output);
                if (!asJson)
                {
                    io.Out.Write(EvalReceipt.Describe(receipt));
                }
            }

            return code;
        });
        return command;
    }

    private static System.Text.Json.Nodes.JsonObject? TryParseObject(string text)
    {
        try
        {
            return System.Text.Json.Nodes.JsonNode.Parse(text) as System.Text.Json.Nodes.JsonObject;
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }
}
