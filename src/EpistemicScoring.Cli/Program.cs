using System.CommandLine;
using EpistemicScoring.Cli.Commands;

namespace EpistemicScoring.Cli;

/// <summary>The <c>epistemic</c> command.</summary>
public static class Program
{
    /// <summary>Runs the command line.</summary>
    /// <param name="args">The arguments.</param>
    /// <returns>0 all scored; 2 unusable arguments or input; 3 some records failed; 1 anything else.</returns>
    public static int Main(string[] args) => Run(args, ConsoleIO.FromConsole());

    /// <summary>Runs the command line against the given streams (used by the tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="stdin">Standard input.</param>
    /// <param name="stdout">Standard output.</param>
    /// <param name="stderr">Standard error.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) => Run(args, new ConsoleIO(stdin, stdout, stderr));

    /// <summary>Runs the command line against the given streams and terminal facts (used by the tests).</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="io">The streams, and whether they are terminals.</param>
    /// <returns>The exit code.</returns>
    public static int Run(string[] args, ConsoleIO io)
    {
        ArgumentNullException.ThrowIfNull(io);
        TextWriter stdout = io.Out;
        TextWriter stderr = io.Error;
        var root = new RootCommand("Pre-scores texts on the Five Laws of Epistemic Integrity: truthfulness, source referencing, reliability and accuracy, contextual judgment, inference traceability.")
        {
            ScoreCommand.Create(io),
            RulesCommand.Create(io),
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
public sealed record ConsoleIO(TextReader In, TextWriter Out, TextWriter Error)
{
    /// <summary>Standard input as bytes, when <see cref="In"/> is the process's own standard input; null otherwise.</summary>
    public Stream? RawIn { get; init; }

    /// <summary>Standard output as bytes, when <see cref="Out"/> is the process's own standard output; null otherwise.</summary>
    public Stream? RawOut { get; init; }

    /// <summary>True when standard error is a terminal, so progress may be drawn on it.</summary>
    public bool Interactive { get; init; }

    /// <summary>True when standard input is a terminal (nothing piped in): <c>score</c> with no file then prints help instead of waiting.</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>True when standard output is a terminal: text output is then coloured (unless <c>NO_COLOR</c> is set).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>The width text output is fitted to, in characters.</summary>
    public int Width { get; init; } = DefaultWidth;

    /// <summary>The width used when output is not a terminal and <c>COLUMNS</c> is not set.</summary>
    public const int DefaultWidth = 100;

    /// <summary>The process's own console, with its terminal facts.</summary>
    /// <returns>The streams.</returns>
    public static ConsoleIO FromConsole()
    {
        bool outTerminal = !Console.IsOutputRedirected;
        int width = DefaultWidth;
        if (int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int columns) && columns >= 40)
        {
            width = columns;
        }
        else if (outTerminal)
        {
            try
            {
                width = Math.Max(40, Console.WindowWidth);
            }
            catch (IOException)
            {
            }
        }

        return new ConsoleIO(Console.In, Console.Out, Console.Error)
        {
            // The real standard input is read as bytes (bounded lines, a UTF-8 check per record); a reader handed in is read as text.
            RawIn = Console.OpenStandardInput(),
            RawOut = Console.OpenStandardOutput(),
            Interactive = !Console.IsErrorRedirected,
            InputIsTerminal = !Console.IsInputRedirected,
            OutputIsTerminal = outTerminal,
            Width = width,
        };
    }
}

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

    /// <summary><c>score --fail-on</c>: every document was scored, and at least one has an overall verdict at or below the given one (for CI gating).</summary>
    public const int VerdictGate = 4;
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
