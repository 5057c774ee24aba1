using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EpistemicScoring.Cli.IO;
using EpistemicScoring.Cli.Output;
using EpistemicScoring.ML;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Cli.Commands;

/// <summary>
/// <c>epistemic score [FILE|DIR|GLOB|-]... [--format text|json|markdown] [--quiet] [--fail-on low|moderate]
/// [--enable RULE] [--disable RULE] [--disable-law N] [--input-format auto|text|html] [--model MODEL.zip]</c>.
/// </summary>
internal static class ScoreCommand
{
    private static readonly JsonSerializerOptions IndentedJson = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create(ConsoleIO io)
    {
        var files = new Argument<string[]>("FILE")
        {
            Description = "Documents to score: files, directories (their .txt, .md and .html files) or patterns ('articles/**/*.txt'); '-' or none reads standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "text: findings per law for people; json: one report object (an array for several documents); markdown: the five-law write-up.",
            DefaultValueFactory = static _ => "text",
        }.AcceptOnly("text", "json", "markdown");
        var quiet = new Option<bool>("--quiet", "-q") { Description = "text: only the overall line and the five-law table, no findings." };
        var failOn = new Option<string?>("--fail-on")
        {
            Description = $"Exit with code {ExitCodes.VerdictGate} when a document's overall verdict is this or worse (low: Low; moderate: Moderate or Low), for CI.",
        };
        failOn.AcceptOnlyNullable("low", "moderate");
        var enable = new Option<string[]>("--enable") { Description = "Turn on a rule by ID (repeatable, or comma-separated), for example one a --config turned off.", HelpName = "RULE" };
        var disable = new Option<string[]>("--disable") { Description = "Turn off a rule by ID (repeatable, or comma-separated).", HelpName = "RULE" };
        var disableLaw = new Option<string[]>("--disable-law") { Description = "Turn off every built-in rule of a law: 1 to 5 or its name (sourceReferencing).", HelpName = "N" };
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "auto: HTML for .html/.htm files, text otherwise; html: extract the main text of HTML (also for standard input); text: score as is.",
            DefaultValueFactory = static _ => "auto",
        }.AcceptOnly("auto", "text", "html");
        var id = new Option<string?>("--id") { Description = "An identifier copied into the report (default for files: the path as given)." };
        var model = new Option<string?>("--model") { Description = "A classifier model file (from 'epistemic train'): also print its probability, apart from the five-law scores.", HelpName = "MODEL.zip" };
        var common = new CommonOptions();
        var command = new Command("score", "Scores documents on the five laws.") { files, format, quiet, failOn, enable, disable, disableLaw, inputFormat, id, model };
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string[] given = parse.GetValue(files) ?? [];
            foreach (string path in given)
            {
                if (path.Length > 1 && path[0] == '-')
                {
                    throw new CliException($"'{path}' is not an option of 'score'; run 'epistemic score --help'.");
                }
            }

            if (given.Length == 0 && io.InputIsTerminal)
            {
                // Nothing piped in and no file: waiting silently for a terminal's end-of-file helps nobody.
                new System.CommandLine.Help.HelpAction().Invoke(parse);
                io.Error.WriteLine("No input: give a FILE, or pipe text in (for example 'epistemic score - < draft.txt').");
                return ExitCodes.Success;
            }

            IReadOnlyList<string> inputs = InputSet.Expand(given.Length == 0 ? ["-"] : given);
            EpistemicScorer scorer = common.BuildScorer(parse, io.Error, options => ApplyRuleSwitches(options, parse.GetValue(enable), parse.GetValue(disable), parse.GetValue(disableLaw)));
            string? modelPath = parse.GetValue(model);
            DocumentClassifier? classifier = modelPath is null ? null : ModelFiles.Load(modelPath, scorer);
            string fmt = parse.GetValue(format)!;
            string inFormat = parse.GetValue(inputFormat)!;
            TextLayout layout = TextLayout.For(io);
            string? gate = parse.GetValue(failOn);
            bool gated = false;
            var json = new JsonArray();
            var inv = CultureInfo.InvariantCulture;
            for (int n = 0; n < inputs.Count; n++)
            {
                string path = inputs[n];
                string name = path == "-" ? "standard input" : path;
                string raw = IO.BoundedInput.ReadText(path == "-" ? null : path, io.In, scorer.Options.MaxTextLength, "text", "--max-length");
                bool html = inFormat == "html" || (inFormat == "auto" && path != "-" && HtmlText.IsHtmlPath(path));
                string text = html ? HtmlText.Extract(raw) : raw;
                EpistemicReport report;
                try
                {
                    report = scorer.Score(new ScoringRequest(text) { Id = parse.GetValue(id) ?? (inputs.Count > 1 && path != "-" ? path : null) });
                }
                catch (TextTooLongException ex)
                {
                    throw new CliException($"{name}: {ex.Message}");
                }

                if (!html && inFormat == "auto" && HtmlText.LooksLikeMarkup(raw))
                {
                    // The library's own html_markup warning points at batch; here the remedy is this command's own.
                    report = report with
                    {
                        Warnings = [.. report.Warnings.Where(static w => w.Code != "html_markup"), new InputWarning("html_markup", "The text looks like HTML markup, which is scored as words; give the file a .html name or pass --input-format html to score its main text.")],
                    };
                }

                foreach (InputWarning warning in report.Warnings)
                {
                    io.Error.WriteLine($"warning: {name}: {warning.Message}");
                }

                gated |= gate is not null && (report.Overall.Verdict == Verdict.Low || (gate == "moderate" && report.Overall.Verdict == Verdict.Moderate));
                double? probability = classifier is null ? null : ModelFiles.Predict(classifier, report, modelPath!);
                switch (fmt)
                {
                    case "json":
                        string one = classifier is null ? ReportJson.Serialize(report, indented: true) : ModelFiles.WithClassifier(report, classifier, probability!.Value, IndentedJson);
                        if (inputs.Count == 1)
                        {
                            io.Out.WriteLine(one);
                        }
                        else
                        {
                            json.Add(JsonNode.Parse(one));
                        }

                        break;
                    case "markdown":
                        if (inputs.Count > 1)
                        {
                            io.Out.Write($"{(n > 0 ? "\n" : string.Empty)}# {name}\n\n");
                        }

                        io.Out.Write(MarkdownFormatter.Format(report, text));
                        if (classifier is not null)
                        {
                            io.Out.Write(string.Create(inv, $"\nClassifier: probability {probability:0.000} of '{classifier.PositiveLabel}' (an optional model trained on {classifier.TrainingExamples} documents; not part of the verdicts above)\n"));
                        }

                        break;
                    default:
                        if (n > 0)
                        {
                            io.Out.Write('\n');
                        }

                        io.Out.Write(TextFormatter.Format(report, text, name, layout, parse.GetValue(quiet)));
                        if (classifier is not null)
                        {
                            io.Out.Write(string.Create(inv, $"Classifier {probability,5:0.000}  probability of '{classifier.PositiveLabel}' ({TrainCommand.AlgorithmName(classifier.Algorithm)} model trained on {classifier.TrainingExamples} documents; apart from the scores above)\n"));
                        }

                        break;
                }
            }

            if (fmt == "json" && inputs.Count > 1)
            {
                io.Out.WriteLine(json.ToJsonString(IndentedJson));
            }

            if (gated)
            {
                io.Error.WriteLine($"epistemic: an overall verdict is {gate} or worse (--fail-on {gate}); exit code {ExitCodes.VerdictGate}.");
                return ExitCodes.VerdictGate;
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Applies --enable, --disable and --disable-law to the options; an unknown rule or law is an error.</summary>
    internal static void ApplyRuleSwitches(EpistemicScoringOptions options, string[]? enable, string[]? disable, string[]? disableLaws)
    {
        IReadOnlyList<IRule> builtIn = DefaultRules.Create();
        var known = builtIn.Select(static r => r.Descriptor.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (string lawText in Split(disableLaws))
        {
            Law law = ParseLaw(lawText);
            foreach (IRule rule in builtIn)
            {
                if (rule.Descriptor.Law == law)
                {
                    options.Rule(rule.Descriptor.Id).Enabled = false;
                }
            }
        }

        foreach (string ruleId in Split(disable))
        {
            RequireKnown(ruleId, known, "--disable");
            options.Rule(ruleId).Enabled = false;
        }

        foreach (string ruleId in Split(enable))
        {
            RequireKnown(ruleId, known, "--enable");
            options.Rule(ruleId).Enabled = true;
        }
    }

    private static Law ParseLaw(string text)
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int n) && n is >= 1 and <= 5)
        {
            return (Law)n;
        }

        return Choices.TryParseName(text, out Law law) && law != default
            ? law
            : throw new CliException($"--disable-law takes a law's number 1 to 5 or its name ({string.Join(", ", Laws.All.Select(static l => JsonNamingPolicy.CamelCase.ConvertName(l.ToString())))}); got '{text}'.");
    }

    private static void RequireKnown(string ruleId, HashSet<string> known, string option)
    {
        if (!known.Contains(ruleId))
        {
            throw new CliException($"{option}: there is no rule {ruleId}; run 'epistemic rules' for the IDs.");
        }
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(static v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
