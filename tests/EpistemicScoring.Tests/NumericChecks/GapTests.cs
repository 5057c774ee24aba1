using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>Point gaps stated without "to" between the shares: intact and broken.</summary>
public class GapTests
{
    [Theory]
    [InlineData("labelled shares", "The plan is underwater by 8 points - 41% support, 49% oppose.", "by 8 points", "by 3 points")]
    [InlineData("labelled shares, before", "Support stands at 57% for, 39% against, an 18-point lead for the measure.", "an 18-point lead", "an 11-point lead")]
    [InlineData("next sentence", "The governor leads her rival by six points in the latest survey. It puts the governor at 51 percent and her rival at 45 percent.", "by six points", "by two points")]
    public void Wording_IntactHolds_BrokenIsFlagged(string wording, string intact, string from, string to)
        => IntactHoldsBrokenIsFlagged(wording, intact, from, to, "Gap \"");

    [Theory]
    // The next sentence states another relation: one side before and after, a subgroup, a margin of error.
    [InlineData("He led his rival by 14 percentage points among older voters. A second poll showed him losing ground, with 38 percent backing him before the debate and 30 percent after it.")]
    [InlineData("The mayor leads by five points overall. Among renters, the mayor has 60 percent and the rival 30 percent.")]
    [InlineData("The poll has a margin of error of 4 points, and the race is close. It puts the mayor at 47 percent and the rival at 45 percent.")]
    public void AnotherRelation_IsNotFlagged(string text) => NothingInconsistent(text);
}
