using System.CommandLine;
using EpistemicScoring.Cli.Commands;

namespace EpistemicScoring.Cli;

/// <summary>The <c>epistemic</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 all scored; 2 unusable arguments or input; 3 some records failed; 1 anything else.</returns>
    public static int Main(string[] args) => Run(args, Console.In, Console.Out, Console.Error);

    /// <summary>Runs the command line against the given streams (used by the tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        var io = new ConsoleIO(stdin, stdout, stderr);
        var root = new RootCommand("Pre-scores texts on the Five Laws of Epistemic Integrity: truthfulness, source referencing, reliability and accuracy, contextual judgment, inference traceability.")
        {
            ScoreCommand.Create(io),
            BatchCommand.Create(io),
            EvalCommand.Create(io),
            TrainCommand.Create(io),
            ServeCommand.Create(io),
        };

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (System.CommandLine.Parsing.ParseError error in parse.Errors)
            {
                stderr.WriteLine($"error: {error.Message}");
            }

            stderr.WriteLine("Run 'epistemic --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (CliException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            return ex.ExitCode;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            stderr.WriteLine($"error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.Failure;
        }
    }
}

/// <summary>The streams a command writes to.</summary>
/// <param name="In">Standard input.</param>
/// <param name="Out">Standard output.</param>
/// <param name="Error">Standard error.</param>
public sealed record ConsoleIO(TextReader In, TextWriter Out, TextWriter Error);

/// <summary>Exit codes of CONTRACT.md.</summary>
public static class ExitCodes
{
    /// <summary>All records scored.</summary>
    public const int Success = 0;

    /// <summary>Anything else went wrong.</summary>
    public const int Failure = 1;

    /// <summary>Unusable arguments or unreadable input file.</summary>
    public const int UsageError = 2;

    /// <summary>The run finished but some records failed.</summary>
    public const int PartialFailure = 3;
}

/// <summary>An error that ends the command with a message and an exit code.</summary>
public sealed class CliException : Exception
{
    /// <summary>Creates the exception.</summary>
    public CliException()
    {
    }

    /// <summary>Creates the exception with a message and exit code 2.</summary>
    /// <param name="message">The message.</param>
    public CliException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The exit code.</summary>
    public int ExitCode { get; init; } = ExitCodes.UsageError;
}
