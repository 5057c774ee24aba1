using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>
/// Passages in the shapes of real reports that once drew an "inconsistent" figure: each relation here holds, or the
/// figures are not one quantity, so nothing may be flagged. Each is paired with the broken form that must still be.
/// </summary>
public class FalseAlarmTests
{
    private static bool Flagged(string text) => Checks(text).Any(static c => c.Status == NumericCheckStatus.Inconsistent);

    [Theory]
    // A live blog stamps its entries; running times of clips are not durations two sentences restate.
    [InlineData("Feb. 6, 2016 9:12PMMayor Speaks First\nThe mayor spoke first.\nFeb. 6, 2016 8:50PMCrowd Cheers\nThe crowd cheered.\nFeb. 6, 2016 8:35PMDoors Open\nDoors opened.")]
    [InlineData("The first clip runs 00:56 and shows the crash. The second clip, which runs 01:40, shows the rescue.")]
    // Figures in the same words are different quantities: poll lines, fundraising lines, places.
    [InlineData("In the city survey, 41 percent of adults said the mayor deserves a second term in office. Crime was the top issue. Traffic came second. In the county survey, 46 percent of adults said the mayor deserves a second term in office.")]
    [InlineData("The Lee family gave $3 million to the first group in May. In June the Ortiz family gave $1 million to the same group.")]
    [InlineData("Dixon has 38 registered voters. Pell, 20 miles east, has 17 registered voters.")]
    // "that" opening a clause points back to nothing.
    [InlineData("Turnout was 20 percent last time. The survey showed that 54 percent of nurses plan to vote this year.")]
    [InlineData("The firm had 16 cases pending. Auditors concluded that four of the 10 branches broke the rules.")]
    // "those three", "the two": a few people named before, not the last figure.
    [InlineData("The party pushed seven new names onto the list, alongside Reed, Moss and Kaur. None of those three has spoken.")]
    [InlineData("The pair killed 14 people in the attack. Police said the two had planned it for months.")]
    // "among the N likely voters" is a new subgroup, not the group counted before.
    [InlineData("The survey reached 1,540 registered voters. Among the 602 likely primary voters surveyed, the margin was wider.")]
    // A hyphenated modifier is not a back-reference.
    [InlineData("He won 13 counties last week. Now he is chasing the 99-county goal before the caucus.")]
    // "including" governs a noun, not the figure after it.
    [InlineData("Five states vote on Tuesday, including Ohio, where 66 delegates are at stake.")]
    // "among them" after a pair: the whole is the pair.
    [InlineData("There were 48 passengers and 6 crew on board, among them 20 children.")]
    // A part ten times the whole counts other things.
    [InlineData("He drew three of the largest crowds of the tour, including an estimated 21,000 at a stadium.")]
    // Percentages of different bases are not parts of each other.
    [InlineData("Overall, 36% of voters would be worried, including 64% of Greens and 12% of Liberals.")]
    // A year after a term with no word that ends it is when the term began.
    [InlineData("The course opened in 1980. Under a four-year lease, the site was handed over in 2011 to a private firm.")]
    // "add up to N more than" is a difference, not a total; "N more than last year" is not a part.
    [InlineData("The deficit this year is $420 billion -- $90 billion more than last year, and $60 billion more than forecast in June. Over ten years, deficits would add up to $1.2 trillion more than forecast.")]
    // A margin of error is not the gap between two shares; a gap stated far from the pair is another gap.
    [InlineData("Her rating fell from 66 percent to 52 percent, a drop beyond the poll's 8 percentage-point margin of error.")]
    [InlineData("Despite leading the last 8 polls by an average of six points, he lost on Monday, 31.5 percent to 28.2 percent.")]
    // "N nouns of one X": the part has a noun of its own, and "one" counts something else.
    [InlineData("The court released 18 pages of one sealed order on Friday.")]
    // "that" after a verb opens a clause; a demonstrative "that" never takes a plural count.
    [InlineData("A survey found that 31 percent of members have doubts. Asked only of younger members, it would find that 60 percent [have doubts].")]
    [InlineData("She reported the theft 20 years later. Given that 34 years have passed, the case is closed.")]
    // "These two young men": a few people named before, not a remainder of the count.
    [InlineData("There were eleven young men in the seminary. These two young men said it was impossible.")]
    // A percentage at the end of one line does not govern the figures of the next.
    [InlineData("Local jobs rose a whopping 210,000 \u2013 up 0.31%\nThe jobs index, set to 100.0 in 2010, fell from 118.0 to 117.2.")]
    // "the remaining two" with no part stated.
    [InlineData("The slate listed its 12 delegates. Most of them won, and the remaining two delegates backed the senator anyway.")]
    public void RealShapes_AreNotFlagged(string text)
    {
        Assert.False(Flagged(text), string.Join(" | ", Checks(text).Where(static c => c.Status == NumericCheckStatus.Inconsistent).Select(static c => c.Message)));
    }

    [Theory]
    [InlineData("There were 48 passengers and 6 crew on board, among them 70 children.")]
    [InlineData("The board has 40 members, including 52 who joined last year.")]
    [InlineData("Overall, 36% of voters would be worried, including 44% of voters.")]
    [InlineData("In 2014, she took a seat on the board. The appointment is for an initial three-year term, which will expire at the end of the 2019 season.")]
    [InlineData("Her rating fell from 66 percent to 52 percent, a 9-point drop.")]
    [InlineData("The agency could lose as much as $3 billion. That $8 billion, the analyst said, is only the start.")]
    [InlineData("Auditors found more than 4,000 invoices. Among the 2,000, some 30 were forged.")]
    public void BrokenForms_AreStillFlagged(string text)
    {
        Assert.True(Flagged(text), string.Join(" | ", Checks(text).Select(static c => c.Status + ": " + c.Message)));
    }
}

/// <summary>The checks read tokens around each figure; none may read past either end of the text.</summary>
public class NumericCheckBoundaryTests
{
    private const string Text =
        "Library wins $12M for new wing.\n\nThe board granted $12 million, up from $9 million, or 33%. The gauge fell to 7,180 from 7,340 points. "
        + "It has 640 stores, up 160, or about 33%. The state trims that to $3.2 billion because it expects $0.8 billion. "
        + "She leads by 6 points - 51% for, 45% against. Of the 15 seats, Labour won eight. The Greens took four and others took three. "
        + "Eleven officers in total were disciplined. Eight of them were sergeants and three were constables. "
        + "The guild has 380 members, 215 of whom signed. The club won 7 of the last 10 derbies. Roughly a third of that sum - about $20 million - went to schools. "
        + "It carried by a two-to-one margin (62 percent to 31 percent), or double the 7-point lead. That is about $2 million a day. "
        + "\"We will take 25 cents off every ride,\" she said. The same share of nurses - 64 percent - agreed. The trail runs 42 km (26 miles). "
        + "Funding is split three ways: 50% from the state, 30% from the county and 20% from donors. Aug. 12-14";

    [Fact]
    public void EveryPrefixAndSuffix_IsCheckedWithoutError()
    {
        for (int cut = 0; cut <= Text.Length; cut++)
        {
            foreach (string part in new[] { Text[..cut], Text[cut..] })
            {
                TextDocument doc = TextDocument.Parse(part);
                List<NumberMention> numbers = NumberExtractor.Extract(doc);
                List<NumericCheck> checks = NumericChecker.Check(doc, numbers, []);
                Assert.All(checks, c => Assert.All(c.Spans, s => Assert.InRange(s.Start + s.Length, 0, part.Length)));
            }
        }
    }
}
