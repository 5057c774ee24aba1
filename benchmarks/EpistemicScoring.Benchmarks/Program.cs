using BenchmarkDotNet.Running;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/EpistemicScoring.Benchmarks -- --filter '*'</c>;
/// <c>-- --profile [FILES]</c> prints the quick cost profile of <see cref="CostProfile"/> instead, and
/// <c>-- hostile ...</c> writes or profiles the hostile documents of issue 18 (<see cref="HostileRun"/>).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--profile")
        {
            CostProfile.Run(args[1..]);
            return 0;
        }

        if (args.Length > 0 && args[0] == "hostile")
        {
            return HostileRun.Run(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
