using System.CommandLine;

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

    public void AddTo(Command command)
    {
        command.Options.Add(Facts);
        command.Options.Add(MaxLength);
    }

    public EpistemicScorer BuildScorer(ParseResult parse)
    {
        int maxLength = parse.GetValue(MaxLength);
        if (maxLength <= 0)
        {
            throw new CliException("--max-length must be a positive number of characters.");
        }

        var facts = InputFiles.ReadFacts(parse.GetValue(Facts));
        return EpistemicScorer.CreateBuilder()
            .Configure(o =>
            {
                o.MaxTextLength = maxLength;
                foreach (var fact in facts)
                {
                    o.Facts.Add(fact);
                }
            })
            .Build();
    }
}
