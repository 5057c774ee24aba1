using BenchmarkDotNet.Running;

namespace EpistemicScoring.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/EpistemicScoring.Benchmarks -- --filter '*'</c>;
/// <c>-- --profile [FILES]</c> prints the quick cost profile of <see cref="CostProfile"/> instead.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 0 && args[0] == "--profile")
        {
            CostProfile.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
