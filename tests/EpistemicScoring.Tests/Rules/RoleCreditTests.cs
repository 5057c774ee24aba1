using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Rules;

/// <summary>
/// EPS209: a title that places the source earns credit; a head of state or government named by the standard title
/// alone ("President Okafor") earns none, while the same words with an affiliation still do.
/// </summary>
public class RoleCreditTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    // Long enough for Law 2 to be judged (60 words or more), with no other source in it.
    private const string Opening =
        "The budget for the coming year reached parliament on Tuesday after two weeks of delay over the rail line. "
        + "It sets aside money for new carriages, for repairs to the old bridge at the river crossing and for the "
        + "northern stations, which have waited since the last plan ran out of funds before the work could begin. "
        + "The vote is due at the end of the month, once the committees have read it. ";

    private static List<string> Credited(string text) =>
        [.. Scorer.Score(text)[Law.SourceReferencing].Evidence.Where(static e => e.RuleId == "EPS209").Select(e => text.Substring(e.Start, e.Length))];

    [Theory]
    [InlineData("President Okafor said the budget would pass.")]
    [InlineData("Prime Minister Lind said the budget would pass.")]
    [InlineData("Pope Leo said the budget would pass.")]
    public void HeadOfState_UnderTheStandardTitleAlone_EarnsNoRoleCredit(string sentence) =>
        Assert.Empty(Credited(Opening + sentence));

    [Theory]
    [InlineData("Finance Minister Ana Ruiz said the budget would pass.", "Finance Minister Ana Ruiz")]
    [InlineData("Senator Dana Okafor said the budget would pass.", "Senator Dana Okafor")]
    public void ATitleThatPlacesTheSource_EarnsRoleCredit(string sentence, string source) =>
        Assert.Contains(source, Credited(Opening + sentence));

    [Fact]
    public void ThePresidentOfABody_NamedWithIt_EarnsRoleCredit()
    {
        List<string> credited = Credited(Opening + "The rail union's president, Ana Ruiz, said the budget would pass.");
        Assert.Equal(["The rail union's president, Ana Ruiz"], credited);
    }
}
