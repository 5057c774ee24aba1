using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

using static EpistemicScoring.Tests.NumericChecks.NumericCheckAssert;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>Restatements with a real cue (headline, quotation, sameness, unit gloss, the same move): intact and broken.</summary>
public class RestatementTests
{
    [Theory]
    [InlineData("headline, scale forms", "Library wins $12M for new wing.\n\nThe county board on Monday granted the library $12 million for a new wing, the clerk said.", "granted the library $12 million", "granted the library $21 million", "Headline \"")]
    [InlineData("headline, percent", "Turnout hits 64% in city vote.\n\nTurnout in Sunday's city vote reached 64%, officials said.", "reached 64%", "reached 46%", "Headline \"")]
    [InlineData("quotation and paraphrase", "The mayor promised to lower the bus fare by 25 cents a ride.\n\n\"We will take 25 cents off every ride,\" she told reporters.", "take 25 cents", "take 40 cents", "Quotation \"")]
    [InlineData("quotation, elliptical", "The agency pledged 2 billion euros a year for flood walls.\n\n\"Two billion a year is not enough,\" a mayor said.", "\"Two billion", "\"Five billion", "Quotation \"")]
    [InlineData("the same share", "About 64 percent of teachers said they were tired. The same share of nurses - 64 percent - said so too.", "- 64 percent -", "- 51 percent -", "Sameness \"")]
    [InlineData("the same N", "Last spring the fund lent $5 million to farmers. This spring it lent the same $5 million to fishing crews.", "the same $5 million", "the same $7 million", "Sameness \"")]
    [InlineData("unit gloss, distance", "The trail runs 42 km (26 miles) along the ridge.", "(26 miles)", "(36 miles)", "Unit gloss \"")]
    [InlineData("unit gloss, weight", "Each sack weighs 20kg (44 lb) when full.", "(44 lb)", "(54 lb)", "Unit gloss \"")]
    [InlineData("unit gloss, temperature", "By noon it was 35°C (95°F) in the square.", "(95°F)", "(85°F)", "Unit gloss \"")]
    [InlineData("same period", "New members pay half fees for the first six months. Over the first six months, they may also bring a guest.", "the first six months.", "the first nine months.", "Same period \"")]
    [InlineData("same move restated", "The krone closed at $0.0961, up from $0.0958 on Friday.\n\nClosing rates:\n\nKrone: UP at $0.0961 from $0.0958.", "UP at $0.0961", "UP at $0.0971", "Same move restated \"")]
    public void Wording_IntactHolds_BrokenIsFlagged(string wording, string intact, string from, string to, string named)
        => IntactHoldsBrokenIsFlagged(wording, intact, from, to, named);

    [Theory]
    // A first line that shares no word with the figure below it is not restated there.
    [InlineData("Library wins $12M for new wing.\n\nSeparately, the mayor pledged $3 million to parks on Monday.")]
    // A short first paragraph the next one points back to is the lead, not a headline.
    [InlineData("The club raised $50 million in 2023.\n\nAbout a fifth of that money - some $10 million - went to youth teams.")]
    // "the same day" says nothing about the figure; "not the same" says the opposite.
    [InlineData("Some 40 people were hurt on Monday. On the same day, 65 people were hurt in the next town.")]
    [InlineData("Officials counted 12 ballots with errors. These are not the same 9 ballots the court saw.")]
    // Periods far apart, or in different paragraphs, may be two periods.
    [InlineData("Growth was slow in the first two years.\n\nBy the first five years, the fund had doubled.")]
    // A quotation and a paraphrase with no shared rate are two quantities.
    [InlineData("The council hired 14 inspectors last year.\n\n\"We still need 30 more,\" the chief said.")]
    public void NoRestatementCue_IsNotFlagged(string text) => NothingInconsistent(text);
}
