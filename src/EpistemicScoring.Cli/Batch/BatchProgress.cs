using System.Diagnostics;
using Spectre.Console;

namespace EpistemicScoring.Cli.Batch;

/// <summary>
/// Progress of a batch on standard error, only when standard error is a terminal (Spectre.Console): records done,
/// rate, failures, and time left where the input's size is known. Silent otherwise, so logs and pipes stay clean.
/// </summary>
internal static class BatchProgress
{
    public static async Task<BatchResult> RunAsync(bool interactive, IBatchSource source, BatchCounters counters, Func<Task<BatchResult>> run)
    {
        if (!interactive)
        {
            return await run().ConfigureAwait(false);
        }

        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        BatchResult result = default;
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                ProgressTask task = context.AddTask("starting", maxValue: 1);
                var clock = Stopwatch.StartNew();
                Task<BatchResult> work = run();
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(250)).ConfigureAwait(false);
                    long done = counters.Written;
                    long failed = counters.Failed;
                    double rate = done / Math.Max(clock.Elapsed.TotalSeconds, 0.001);
                    if (source.Total is long total && total > 0)
                    {
                        task.MaxValue = total;
                        task.Value = Math.Min(source.Done, total);
                    }
                    else
                    {
                        task.IsIndeterminate = true;
                    }

                    task.Description = failed > 0 ? $"{done:N0} done, {rate:N0}/s, {failed:N0} failed" : $"{done:N0} done, {rate:N0}/s";
                }

                task.Value = task.MaxValue;
                result = await work.ConfigureAwait(false);
            }).ConfigureAwait(false);
        return result;
    }
}
