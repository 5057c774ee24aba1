using System.Diagnostics;

namespace EpistemicScoring.Cli.Tests;

/// <summary>
/// Runs the built <c>epistemic</c> in a process of its own, for the few tests that need one: a kill, a pipe through
/// another program, or input that might bring a process down (a crash there fails one test, not the test host).
/// </summary>
internal static class CliProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "epistemic.dll");

    /// <summary>The dotnet host running the tests (set by the dotnet CLI), else the one on PATH.</summary>
    public static string Dotnet => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static Process Start(params string[] args) => StartIn(null, args);

    public static Process StartIn(string? workingDirectory, params string[] args)
    {
        var info = new ProcessStartInfo(Dotnet)
        {
            WorkingDirectory = workingDirectory ?? string.Empty,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        return Process.Start(info)!;
    }

    public static CliResult Run(params string[] args) => RunIn(null, args);

    public static CliResult RunIn(string? workingDirectory, params string[] args)
    {
        using Process process = StartIn(workingDirectory, args);
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("epistemic did not finish.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs a shell command line (for GNU parallel), returning its exit code and output.</summary>
    public static CliResult Shell(string commandLine, string workingDirectory)
    {
        var info = new ProcessStartInfo("/bin/sh")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory,
        };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(commandLine);
        using Process process = Process.Start(info)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("the command did not finish.");
        }

        return new CliResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>True when <paramref name="program"/> is on PATH.</summary>
    public static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(dir => File.Exists(Path.Combine(dir, program)));
}
