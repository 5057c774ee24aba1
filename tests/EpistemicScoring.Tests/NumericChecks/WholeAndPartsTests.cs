using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>A total stated first, then its parts: each wording intact (nothing flagged) and broken by one edit (flagged, naming the wording).</summary>
public class WholeAndPartsTests
{
    [Theory]
    [InlineData("colon", "The county logged 90 new cases: 55 in adults and 35 in children.", "35 in children", "45 in children", "Breakdown after a colon")]
    [InlineData("colon, money", "The fund paid out $12 million: $7 million to farmers and $5 million to fishing crews.", "$5 million", "$9 million", "Breakdown after a colon")]
    [InlineData("either or", "About 58 percent of members are either retired (31 percent) or self-employed (27 percent).", "(27 percent)", "(37 percent)", "\"Either … or\"")]
    [InlineData("including, exhausting", "He was given a 30-day suspension, including 12 days unpaid and 18 days of desk duty.", "30-day", "25-day", "Parts \"including")]
    [InlineData("that includes", "Nearly 900 homes were damaged in the storm. That includes 520 in the valley and 370 on the coast.", "520 in", "320 in", "\"That includes\"")]
    [InlineData("another", "Roughly 2.4 million people have voted so far. About 900,000 voted in person last week. Another 1.5 million have mailed ballots.", "Another 1.5 million", "Another 2.5 million", "\"Another\" part")]
    [InlineData("in total", "Eleven officers in total were disciplined last year. Eight of them were sergeants and three were constables.", "Eight of them", "Six of them", "Total \"Eleven officers in total\"")]
    [InlineData("pool", "Of the council's 15 seats, the Labour group won eight. The Greens took four and independents took three.", "independents took three", "independents took five", "Shares of the pool")]
    [InlineData("split ways", "Funding is split three ways: 50% from the state, 30% from the county and 20% from donors.", "20% from donors", "30% from donors", "Shares of a whole")]
    public void Wording_IntactHolds_BrokenIsFlagged(string wording, string intact, string from, string to, string named)
        => IntactHoldsBrokenIsFlagged(wording, intact, from, to, named);

    [Theory]
    // A few examples of a whole are not its breakdown: they only fit within it.
    [InlineData("The bill costs $900 billion. That includes $40 billion for roads and $25 billion for rail.")]
    [InlineData("The storm killed 40 people, including 6 children and 3 firefighters.")]
    // Two figures in parallel, the second with "another", are not parts of the first.
    [InlineData("Police arrested 30 people on Friday. Another 45 were held on Saturday.")]
    // A poll split leaves the undecided out.
    [InlineData("Voters are divided: 45% back the plan and 44% oppose it.")]
    // A dash closes an aside: the figure after it is not one of the parts inside.
    [InlineData("Reaction was an even split: 48% positive -- including 19% who were thrilled -- and 48% negative.")]
    // "between 30 and 40" is a range, not two parts.
    [InlineData("The county logged 90 new cases: between 30 and 40 in children, officials said.")]
    // Shares of the pool taken by verbs other than winning and taking are not shares of it.
    [InlineData("Of the state's 50 counties, 30 have a clinic. Some 25 have a hospital and 40 have a pharmacy.")]
    public void NotABreakdown_IsNotFlagged(string text) => NothingInconsistent(text);

    [Fact]
    public void PartsOfAShortTotal_AreFlaggedOnlyWhenTheyExceedIt()
    {
        Assert.Contains(Checks("The storm killed 40 people, including 26 children and 23 firefighters."), static c => c.Status == NumericCheckStatus.Inconsistent);
    }

    [Fact]
    public void SplitWays_NamesTheCountOfShares()
    {
        List<NumericCheck> checks = Checks("Funding is split three ways: 60% from the state and 40% from the county.");
        Assert.Contains(checks, static c => c.Status == NumericCheckStatus.Inconsistent && c.Message.Contains("names 3 shares but lists 2", StringComparison.Ordinal));
    }
}
