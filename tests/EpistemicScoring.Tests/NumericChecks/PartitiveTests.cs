using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>Partitives, a part named against its whole: intact and broken.</summary>
public class PartitiveTests
{
    [Theory]
    [InlineData("of whom", "The guild has 380 members, 215 of whom signed the letter.", "215 of whom", "415 of whom", "Partitive \"")]
    [InlineData("of which", "The firm runs 42 depots, 30 of which opened after 2015.", "30 of which", "48 of which", "Partitive \"")]
    [InlineData("of them", "About 8,400 tenants were offered the grant. \"We have paid more than 6,000 of them already,\" the clerk said.", "6,000 of them", "9,800 of them", "Partitive \"")]
    [InlineData("of the last", "The club has won 7 of the last 10 derbies.", "7 of the last", "12 of the last", "Partitive \"")]
    [InlineData("of his", "The jockey won 11 of his 14 rides at the meeting.", "11 of his", "16 of his", "Part of a whole \"")]
    [InlineData("N of the M nouns", "Council member Reyes, one of the two votes against, asked for a delay.", "one of the two", "three of the two", "Part of a whole \"")]
    [InlineData("fraction of that", "The appeal raised $60 million in the spring. Roughly a third of that sum - about $20 million - went to schools.", "about $20 million", "about $35 million", "Fraction \"")]
    public void Wording_IntactHolds_BrokenIsFlagged(string wording, string intact, string from, string to, string named)
        => IntactHoldsBrokenIsFlagged(wording, intact, from, to, named);

    [Fact]
    public void OutOf_PartLargerThanTheWhole_IsFlagged()
    {
        // "9 out of 12" is read as the fraction 0.75; written larger than its whole, the part is two counts.
        Assert.DoesNotContain(Checks("The striker scored 9 out of 12 penalties this season."), static c => c.Status == NumericCheckStatus.Inconsistent);
        Assert.Contains(Checks("The striker scored 13 out of 12 penalties this season."), static c => c.Status == NumericCheckStatus.Inconsistent && c.Message.StartsWith("Partitive \"13 out of 12", StringComparison.Ordinal));
    }

    [Theory]
    // "them" set off as an aside is the noun right before it; a count with no noun is not "them".
    [InlineData("The class split in two after lunch. The pupils -- about 25 of them -- ran a relay.")]
    [InlineData("The crowd divided in two at the gate. Then 14 of them walked out.")]
    // "a quarter of the committee" names a new whole, not the figure before.
    [InlineData("The assembly seats 900 delegates. Only a quarter of the rules panel - 31 members - can force a vote.")]
    public void NotThisWhole_IsNotFlagged(string text) => NothingInconsistent(text);
}
