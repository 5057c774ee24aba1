namespace EpistemicScoring.Cli.Tests;

internal sealed record CliResult(int ExitCode, string Out, string Error);

internal static class CliRunner
{
    public static CliResult RunWithInput(string stdin, params string[] args)
    {
        using var input = new StringReader(stdin);
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int code = Program.Run(args, input, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs as if standard input and output were a terminal of the given width.</summary>
    public static CliResult RunOnTerminal(int width, params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var io = new ConsoleIO(new StringReader(string.Empty), output, error) { InputIsTerminal = true, Width = width };
        int code = Program.Run(args, io);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    public static string SamplePath(string name) => Path.Combine(AppContext.BaseDirectory, "samples", name);

    public static string TempFile(string extension, string? content = null)
    {
        string path = Path.Combine(Path.GetTempPath(), $"epistemic-test-{Guid.NewGuid():N}{extension}");
        if (content is not null)
        {
            File.WriteAllText(path, content);
        }

        return path;
    }
}
