using System.Diagnostics;

namespace EpistemicScoring.Samples.Tests.Support;

/// <summary>The outcome of a finished process.</summary>
internal sealed record ProcessResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit code {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}

/// <summary>Runs <c>dotnet</c> and other programs as child processes, with a time limit and their output captured.</summary>
internal static class Processes
{
    /// <summary>The dotnet host running the tests (set by the dotnet CLI), else the one on PATH.</summary>
    public static string Dotnet =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    public static ProcessStartInfo Info(string program, string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        // A build started from inside 'dotnet test' must not inherit the outer build's MSBuild settings.
        foreach (string key in info.Environment.Keys.Where(static k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
        {
            info.Environment.Remove(key);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        foreach ((string key, string? value) in environment ?? new Dictionary<string, string?>())
        {
            info.Environment[key] = value;
        }

        return info;
    }

    public static ProcessResult Run(string program, string workingDirectory, IEnumerable<string> args, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment = null)
    {
        using Process process = Process.Start(Info(program, workingDirectory, args, environment))!;
        process.StandardInput.Close();
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', args)} did not finish within {timeout}.");
        }

        return new ProcessResult(process.ExitCode, output.Result, error.Result);
    }

    /// <summary>Runs <c>dotnet ARGS</c>.</summary>
    public static ProcessResult DotnetRun(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string?>? environment, params string[] args) =>
        Run(Dotnet, workingDirectory, args, timeout, environment);

    /// <summary>
    /// Starts a server process and waits for the line on its standard output that gives its address (matched by
    /// <paramref name="address"/>); the caller kills the process.
    /// </summary>
    public static async Task<(Process Process, Uri Address)> StartServerAsync(ProcessStartInfo info, System.Text.RegularExpressions.Regex address, TimeSpan timeout)
    {
        Process process = Process.Start(info)!;
        process.StandardInput.Close();
        var seen = new System.Text.StringBuilder();
        Task<string> error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                string? line = await process.StandardOutput.ReadLineAsync(cancel.Token);
                if (line is null)
                {
                    throw new InvalidOperationException($"The server ended before giving its address.\n{seen}\n{await error}");
                }

                seen.AppendLine(line);
                if (address.Match(line) is { Success: true } match)
                {
                    // Keep reading the output so that the server never blocks on a full pipe.
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                    return (process, new Uri(match.Groups[1].Value));
                }
            }
        }
        catch
        {
            Stop(process);
            process.Dispose();
            throw;
        }
    }

    /// <summary>Ends a process this test started, and its children.</summary>
    public static void Stop(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}
