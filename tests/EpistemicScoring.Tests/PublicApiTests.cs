using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Tests;

/// <summary>
/// The public API as a sorted listing of signatures, compared with an approved file, so that every change to
/// the API shows up as a diff in review. Regenerate with <c>UPDATE_GOLDEN=1 dotnet test</c>.
/// </summary>
public class PublicApiTests
{
    [Fact]
    public void PublicApi_MatchesApprovedListing()
    {
        Golden.Verify("PublicApi.txt", PublicApiListing.Describe(typeof(EpistemicScorer).Assembly));
    }
}
