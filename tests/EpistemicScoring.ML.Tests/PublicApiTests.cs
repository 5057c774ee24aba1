using EpistemicScoring.Reports;

namespace EpistemicScoring.ML.Tests;

/// <summary>
/// The public API of EpistemicScoring.ML as a sorted listing, compared with an approved file so that every change
/// shows up as a diff; regenerate with <c>UPDATE_GOLDEN=1 dotnet test</c>. And the core library stays free of ML.NET.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedListing()
    {
        Golden.Verify("PublicApi.txt", PublicApiListing.Describe(typeof(DocumentClassifier).Assembly));
    }

    [Fact]
    public void CoreLibrary_DoesNotReferenceMlNet()
    {
        string[] references = [.. typeof(EpistemicReport).Assembly.GetReferencedAssemblies().Select(static a => a.Name ?? string.Empty)];
        Assert.Contains(references, static r => r.StartsWith("System", StringComparison.Ordinal));
        Assert.DoesNotContain(references, static r => r.StartsWith("Microsoft.ML", StringComparison.Ordinal));
        Assert.Contains(typeof(DocumentClassifier).Assembly.GetReferencedAssemblies(), static a => a.Name == "Microsoft.ML.Data");
    }
}
