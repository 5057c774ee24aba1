using System.CommandLine;
using EpistemicScoring.Serialization;

namespace EpistemicScoring.Cli.Commands;

/// <summary>Options shared by the scoring commands, and the scorer they describe.</summary>
internal sealed class CommonOptions
{
    public Option<string?> Facts { get; } = new("--facts")
    {
        Description = "Reference facts (CSV or JSON fact pack) to cross-check figures against.",
        HelpName = "FILE",
    };

    public Option<int> MaxLength { get; } = new("--max-length")
    {
        Description = "Longest text scored, in characters; longer texts are errors, never truncated.",
        DefaultValueFactory = static _ => EpistemicScoringOptions.DefaultMaxTextLength,
        HelpName = "CHARS",
    };

    public Option<string?> Config { get; } = new("--config")
    {
        Description = "Options as JSON, in the shape of EpistemicScoringOptions (thresholds, rules, profile, minWords, confidenceClaims, lexiconAdditions, lexiconFiles, facts, overrides).",
        HelpName = "FILE",
    };

    public Option<string?> Overrides { get; } = new("--overrides")
    {
        Description = "Corrections as JSON: {\"suppress\": [{\"ruleId\", \"spanHash\", \"reason\"}], \"verdicts\": [{\"law\", \"verdict\", \"reason\"}]}.",
        HelpName = "FILE",
    };

    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "The kind of text: newsReport, analysis, opinion or wireBrief (default: detected per text).",
    };

    /// <summary>The side files given on the command line (config, facts, overrides), for output-identity checks.</summary>
    public IEnumerable<string?> InputPaths(ParseResult parse) => [parse.GetValue(Config), parse.GetValue(Facts), parse.GetValue(Overrides)];

    public void AddTo(Command command)
    {
        command.Options.Add(Facts);
        command.Options.Add(MaxLength);
        command.Options.Add(Config);
        command.Options.Add(Overrides);
        command.Options.Add(Profile);
    }

    /// <summary>A scorer from a configuration file alone (or the defaults when <paramref name="configPath"/> is null).</summary>
    public static EpistemicScorer BuildFromConfig(string? configPath) => Build(configPath is null ? new EpistemicScoringOptions() : ReadConfig(configPath));

    public EpistemicScorer BuildScorer(ParseResult parse, TextWriter warnings, Action<EpistemicScoringOptions>? adjust = null)
    {
        EpistemicScoringOptions options = new();
        string? configPath = parse.GetValue(Config);
        if (configPath is not null)
        {
            options = ReadConfig(configPath);
        }

        if (parse.GetResult(MaxLength) is { Implicit: false } || configPath is null)
        {
            int maxLength = parse.GetValue(MaxLength);
            if (maxLength <= 0)
            {
                throw new CliException("--max-length must be a positive number of characters.");
            }

            options.MaxTextLength = maxLength;
        }

        foreach (var fact in IO.BoundedInput.ReadFacts(parse.GetValue(Facts)))
        {
            options.Facts.Add(fact);
        }

        string? overridesPath = parse.GetValue(Overrides);
        if (overridesPath is not null)
        {
            options.Overrides = ScoringOverrides.Combine(options.Overrides, ReadJson(overridesPath, OptionsJson.ReadOverrides));
        }

        string? profile = parse.GetValue(Profile);
        if (profile is not null)
        {
            options.Profile = Choices.TryParseName(profile, out TextProfile p)
                ? p
                : throw new CliException($"--profile must be one of newsReport, analysis, opinion, wireBrief (got '{profile}').");
        }

        adjust?.Invoke(options);
        EpistemicScorer scorer = Build(options);

        // A suppression or a rule setting that names no active rule does nothing; say so rather than fail quietly.
        var active = scorer.Rules.Select(static r => r.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (FindingSuppression suppression in options.Overrides.Suppress)
        {
            if (!active.Contains(suppression.RuleId))
            {
                warnings.WriteLine($"warning: the suppression for {suppression.RuleId} names no active rule; it has no effect.");
            }
        }

        return scorer;
    }

    private static EpistemicScorer Build(EpistemicScoringOptions options)
    {
        try
        {
            return EpistemicScorer.CreateBuilder(options).Build();
        }
        catch (InvalidOperationException ex)
        {
            throw new CliException(ex.Message);
        }
    }

    private static EpistemicScoringOptions ReadConfig(string configPath)
    {
        EpistemicScoringOptions options = ReadJson(configPath, OptionsJson.ReadOptions);
        string baseDir = Path.GetDirectoryName(Path.GetFullPath(configPath)) ?? ".";
        foreach (string name in options.LexiconFiles.Keys.ToList())
        {
            options.LexiconFiles[name] = Path.GetFullPath(Path.Combine(baseDir, options.LexiconFiles[name]));
        }

        return options;
    }

    private static T ReadJson<T>(string path, Func<string, T> read)
    {
        string json = IO.BoundedInput.ReadText(path, TextReader.Null, IO.BoundedInput.MaxConfigChars, "JSON file");
        try
        {
            return read(json);
        }
        catch (FormatException ex)
        {
            throw new CliException($"{path}: {ex.Message}");
        }
    }
}
