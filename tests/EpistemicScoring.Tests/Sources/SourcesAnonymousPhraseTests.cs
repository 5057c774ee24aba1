using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

/// <summary>Anonymous-source phrases as news writes them: each must come out as an unnamed source.</summary>
public class SourcesAnonymousPhraseTests
{
    [Theory]
    [InlineData("A senior administration official said the talks would resume.", "A senior administration official")]
    [InlineData("The deal is close, according to people familiar with the matter.", "people familiar with the matter")]
    [InlineData("Officials, speaking on condition of anonymity, said the plan was shelved.", "Officials")]
    [InlineData("Sources told CNN that the director would resign.", "Sources")]
    [InlineData("A source close to the family said the funeral would be private.", "A source close to the family")]
    [InlineData("Two people briefed on the negotiations said a deal was near.", "Two people briefed on the negotiations")]
    [InlineData("A White House aide said the president was furious.", "A White House aide")]
    [InlineData("U.S. officials said the strike killed three militants.", "U.S. officials")]
    [InlineData("Western diplomats said the sanctions would be extended.", "Western diplomats")]
    [InlineData("An industry source said prices would rise in March.", "An industry source")]
    [InlineData("Government sources said the budget would be cut.", "Government sources")]
    [InlineData("The company is preparing layoffs, a person with knowledge of the plans said.", "a person with knowledge of the plans")]
    [InlineData("\"We are not going to back down,\" one official said.", "one official")]
    [InlineData("Police sources said the suspect had fled.", "Police sources")]
    [InlineData("A spokesman declined to name the buyer but said the sale was final.", "A spokesman")]
    [InlineData("Investigators believe the fire was set deliberately.", "Investigators")]
    [InlineData("According to a senior European diplomat, the vote will be delayed.", "a senior European diplomat")]
    [InlineData("Insiders say the board is split.", "Insiders")]
    [InlineData("The plan was approved last week, two sources said.", "two sources")]
    [InlineData("Aides to the governor said she would veto the bill.", "Aides to the governor")]
    [InlineData("A congressional staffer told reporters the hearing was postponed.", "A congressional staffer")]
    [InlineData("Pentagon officials confirmed the deployment on Tuesday.", "Pentagon officials")]
    [InlineData("An official who asked not to be named because the matter is sensitive said talks had failed.", "An official")]
    [InlineData("The minister will resign, a government official told Reuters on Friday.", "a government official")]
    [InlineData("People close to the star said the wedding was off.", "People close to the star")]
    public void Extract_AnonymousPhrase_IsReportedUnnamed(string text, string phrase)
    {
        int start = text.IndexOf(phrase, StringComparison.Ordinal);
        int end = start + phrase.Length;
        List<SourceMention> all = Extract(text);
        Assert.Contains(all, s => s.Start < end && s.Start + s.Length > start && !s.Named);
    }
}
