using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EpistemicScoring.Rules;

namespace EpistemicScoring.Cli.Commands;

/// <summary><c>epistemic rules [--format text|json|markdown]</c>: lists every rule with its ID, law, weight, description and examples.</summary>
internal static class RulesCommand
{
    public static Command Create(ConsoleIO io)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: a list for people; json: one array of rule objects; markdown: a table.",
            DefaultValueFactory = static _ => "text",
        }.AcceptOnly("text", "json", "markdown");
        var config = new Option<string?>("--config") { Description = "Options as JSON: list the rules as configured (disabled rules left out, weights as set).", HelpName = "FILE" };
        var command = new Command("rules", "Lists the rules: ID, law, weight, description and examples.") { format, config };
        command.SetAction(parse =>
        {
            EpistemicScorer scorer = CommonOptions.BuildFromConfig(parse.GetValue(config));
            IReadOnlyList<RuleDescriptor> rules = scorer.Rules;
            IReadOnlyDictionary<string, RuleOptions> settings = scorer.Options.Rules.AsReadOnly();
            double Weight(RuleDescriptor d) => settings.TryGetValue(d.Id, out RuleOptions? o) && o.Weight is double w ? w : d.DefaultWeight;
            var inv = CultureInfo.InvariantCulture;
            switch (parse.GetValue(format))
            {
                case "json":
                    io.Out.WriteLine(JsonSerializer.Serialize(
                        rules.Select(d => new RuleListing(d.Id, JsonNamingPolicy.CamelCase.ConvertName(d.Law.ToString()), (int)d.Law, Weight(d), d.Title, d.Description, d.Examples, d.CounterExamples)).ToList(),
                        RulesJsonContext.Default.ListRuleListing));
                    break;
                case "markdown":
                    io.Out.WriteLine("| ID | law | weight | rule | description |");
                    io.Out.WriteLine("|---|---|---|---|---|");
                    foreach (RuleDescriptor d in rules)
                    {
                        io.Out.WriteLine(string.Create(inv, $"| {d.Id} | {(int)d.Law} {d.Law.Title()} | {Weight(d):+0.00;-0.00;0} | {d.Title} | {d.Description.Replace("|", "\\|", StringComparison.Ordinal)} |"));
                    }

                    break;
                default:
                    foreach (RuleDescriptor d in rules)
                    {
                        io.Out.WriteLine(string.Create(inv, $"{d.Id}  law {(int)d.Law} ({d.Law.Title()})  weight {Weight(d):+0.00;-0.00;0}  {d.Title}"));
                        foreach (string line in Output.TextLayout.Wrap(d.Description, Math.Max(30, io.Width - 4)))
                        {
                            io.Out.WriteLine("    " + line);
                        }

                        foreach (string example in d.Examples.Take(2))
                        {
                            io.Out.WriteLine("    e.g. " + Output.TextLayout.Fit(example, Math.Max(30, io.Width - 9)));
                        }
                    }

                    io.Out.WriteLine(string.Create(inv, $"{rules.Count} rules (rule set {DefaultRules.Version})."));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}

/// <summary>One rule as <c>epistemic rules --format json</c> lists it.</summary>
internal sealed record RuleListing(string Id, string Law, int LawNumber, double Weight, string Title, string Description, IReadOnlyList<string> Examples, IReadOnlyList<string> CounterExamples);

[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
[System.Text.Json.Serialization.JsonSerializable(typeof(List<RuleListing>))]
internal sealed partial class RulesJsonContext : System.Text.Json.Serialization.JsonSerializerContext;
