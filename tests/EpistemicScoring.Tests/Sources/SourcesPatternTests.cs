using EpistemicScoring.Reports;
using static EpistemicScoring.Tests.Sources.SourcesTestHelper;

namespace EpistemicScoring.Tests.Sources;

public class SourcesPatternTests
{
    [Theory]
    [InlineData("Maria Lopez said the bridge would reopen in May.", "Maria Lopez", SourceKind.NamedPerson)]
    [InlineData("The bridge will reopen in May, said Maria Lopez.", "Maria Lopez", SourceKind.NamedPerson)]
    [InlineData("\"The bridge will reopen in May,\" said Lopez.", "Lopez", SourceKind.NamedPerson)]
    [InlineData("The bridge will reopen in May, according to the Transport Ministry.", "the Transport Ministry", SourceKind.NamedOrganization)]
    [InlineData("CEPR economist Dean Baker underscored that wages had stalled.", "CEPR economist Dean Baker", SourceKind.NamedPerson)]
    [InlineData("Lopez, who heads the agency, said the budget was short.", "Lopez", SourceKind.NamedPerson)]
    [InlineData("Reuters reported that the port had closed.", "Reuters", SourceKind.NamedOrganization)]
    [InlineData("Lee Jae-myung told reporters the vote would be held in June.", "Lee Jae-myung", SourceKind.NamedPerson)]
    [InlineData("Sean O'Brien argued the contract was fair.", "Sean O'Brien", SourceKind.NamedPerson)]
    [InlineData("Pieter van der Berg warned that the dikes were ageing.", "Pieter van der Berg", SourceKind.NamedPerson)]
    [InlineData("Prime Minister Ishiba insisted the tariffs would go.", "Prime Minister Ishiba", SourceKind.NamedPerson)]
    [InlineData("Sen. Reid denied the report.", "Sen. Reid", SourceKind.NamedPerson)]
    [InlineData("Okafor is quoted as saying that the harbour plan would wait a year.", "Okafor", SourceKind.NamedPerson)]
    [InlineData("The data show that exports fell.", "The data", SourceKind.IdentifiedRole)]
    [InlineData("A study found that the drug worked.", "A study", SourceKind.UnnamedDocument)]
    [InlineData("The moderator asked whether the plan would pass.", "The moderator", SourceKind.IdentifiedRole)]
    [InlineData("A spokesman for Disney said the park would stay open.", "A spokesman for Disney", SourceKind.NamedOrganization)]
    public void Extract_FindsSourceInEachOrder(string text, string source, SourceKind kind)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(kind != SourceKind.UnnamedDocument, m.Named);
    }

    [Theory]
    [InlineData("Officials said the talks had stalled.", "Officials")]
    [InlineData("A senior official said the talks had stalled.", "A senior official")]
    [InlineData("People familiar with the matter said the deal was off.", "People familiar with the matter")]
    [InlineData("The deal is off, according to people familiar with the matter.", "people familiar with the matter")]
    [InlineData("F.B.I. officials said the file was closed.", "F.B.I. officials")]
    [InlineData("An aide told reporters the speech was rewritten.", "An aide")]
    [InlineData("Insiders claim the board will resign.", "Insiders")]
    [InlineData("Associates of Marco Vela report that he is worried.", "Associates of Marco Vela")]
    public void Extract_AnonymousSources_AreUnnamed(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.Anonymous, m.Kind);
        Assert.False(m.Named);
    }

    [Theory]
    [InlineData("Critics say the plan is too costly.", "Critics")]
    [InlineData("Many experts believe the rate will rise.", "Many experts")]
    [InlineData("Some say the mayor should resign.", "Some")]
    public void Extract_VagueGroups_AreUnnamed(string text, string source)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(SourceKind.VagueGroup, m.Kind);
        Assert.False(m.Named);
    }

    [Theory]
    [InlineData("The governor wants to cut taxes.", "The governor", "wants to")]
    [InlineData("Maria Lopez plans to run again.", "Maria Lopez", "plans to")]
    [InlineData("Maria Lopez believes the count was fair.", "Maria Lopez", "believes")]
    [InlineData("Maria Lopez denied the charges.", "Maria Lopez", "denied")]
    [InlineData("Lopez's claim that the count was rigged spread quickly.", "Lopez", "claim")]
    [InlineData("Maria Lopez supports the new budget.", "Maria Lopez", "supports")]
    public void Extract_BeliefIntentionAndNominalCues(string text, string source, string cue)
    {
        SourceMention m = Single(text, source);
        Assert.Equal(cue, m.Cue?.Text);
    }

    [Fact]
    public void Extract_PollRespondents_AreUnnamedSource()
    {
        SourceMention m = Single("A Gallup poll found that 41 percent said the economy was worsening.", "41 percent");
        Assert.False(m.Named);
        Assert.Contains(Extract("A Gallup poll found that 41 percent said the economy was worsening."), s => s.Text == "A Gallup poll" && s.Named);
    }

    [Fact]
    public void Extract_TranscriptLabel_IsSpeaker()
    {
        List<SourceMention> all = Extract("Here is what was said:\n\nHOLT: Will you accept the result?\n\nCLINTON: I will.");
        Assert.Contains(all, s => s.Text == "HOLT" && s.Kind == SourceKind.NamedPerson && s.Cue?.Text == ":");
        Assert.Contains(all, s => s.Text == "CLINTON" && s.Kind == SourceKind.NamedPerson);
    }

    [Fact]
    public void Extract_Pronoun_ResolvesToEarlierNamedPerson()
    {
        SourceMention m = Single("Maria Lopez runs the agency. She said the budget was short.", "She");
        Assert.Equal(SourceKind.Pronoun, m.Kind);
        Assert.True(m.Named);
        Assert.Equal("Maria Lopez", m.Antecedent?.Text);
        Assert.Equal("lopez", m.Key);
    }

    [Fact]
    public void Extract_Pronoun_FollowsAnonymousAntecedent()
    {
        SourceMention m = Single("A senior official said the talks had stalled. He said a deal was unlikely.", "He");
        Assert.False(m.Named);
    }

    [Fact]
    public void Extract_FirstPersonInQuote_ResolvesToSpeakerAfterTheQuote()
    {
        SourceMention m = Single("\"I think the vote was fair,\" Maria Lopez said.", "I");
        Assert.True(m.Named);
        Assert.Equal("Maria Lopez", m.Antecedent?.Text);
    }

    [Theory]
    [InlineData("Kang Tae-hwa, a researcher at the institute, said demand was firm. Kang added that prices would rise.", "kang")]
    [InlineData("President Lee Jae-myung said the plan would pass. Lee later said it was delayed.", "lee")]
    public void Extract_FamilyNameFirst_KeysOnFamilyName(string text, string key)
    {
        Assert.All(Extract(text), s => Assert.Equal(key, s.Key));
    }

    [Theory]
    [InlineData("Rep. Ana Ruiz of Ohio said the plan would cost more. Ruiz added that the vote would be close.", "ruiz")]
    [InlineData("Sen. Tom Reyes of Texas told reporters the bill was dead. Reyes said he would try again in the spring.", "reyes")]
    public void Extract_PersonWithPlaceAfterTheName_IsThatPerson(string text, string key)
    {
        List<SourceMention> all = Extract(text);
        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Equal(key, s.Key));
        Assert.Equal(SourceKind.NamedPerson, all[0].Kind);
    }

    [Theory]
    [InlineData("Secretary of State Mara Lind said the talks would resume. Lind did not say when.", "lind")]
    [InlineData("Minister of Trade Park Ji-won said the talks had ended. Park flew home on Sunday, aides said.", "park")]
    [InlineData("Director of National Intelligence Tom Reyes said the report was accurate. Reyes declined to say more.", "reyes")]
    public void Extract_OfficeHolderAfterTheOffice_IsThatPerson(string text, string key)
    {
        SourceMention first = Extract(text)[0];
        Assert.Equal(SourceKind.NamedPerson, first.Kind);
        Assert.Equal(key, first.Key);
    }

    [Fact]
    public void Extract_OfficeWithNoHolderNamed_IsNotAPerson() =>
        Assert.NotEqual(SourceKind.NamedPerson, Assert.Single(Extract("The Director of National Intelligence said the report was accurate.")).Kind);

    [Fact]
    public void Extract_DocumentWithNamedAgent_IsOneNamedAttribution()
    {
        List<SourceMention> all = Extract("Exports rose 4.2 percent, data from the Commerce Department showed Tuesday.");
        SourceMention m = Assert.Single(all);
        Assert.Equal("data from the Commerce Department", m.Text);
        Assert.True(m.Named);
    }

    [Theory]
    [InlineData("The Commerce Secretary estimated the cost at $2 billion.", "The Commerce Secretary", SourceKind.IdentifiedRole)]
    [InlineData("It was reported by the Nikkei that talks would resume.", "the Nikkei", SourceKind.NamedOrganization)]
    [InlineData("The White House said it disagreed.", "The White House", SourceKind.NamedOrganization)]
    [InlineData("FBI Director James Comey concluded that no charges were warranted.", "FBI Director James Comey", SourceKind.NamedPerson)]
    [InlineData("The plan failed, as the Linden Institute's Carla Mendes writes.", "the Linden Institute's Carla Mendes", SourceKind.NamedPerson)]
    public void Extract_RolesOutletsAndAffiliations(string text, string source, SourceKind kind)
    {
        Assert.Equal(kind, Single(text, source).Kind);
    }

    [Fact]
    public void Extract_SameSurname_SharesKey()
    {
        List<SourceMention> all = Extract("CEPR economist Dean Baker said wages stalled. Mr. Baker added that prices rose.");
        Assert.Equal(2, all.Count);
        Assert.All(all, s => Assert.Equal("baker", s.Key));
    }

    [Fact]
    public void Extract_AnonymityReason_IsRecorded()
    {
        SourceMention m = Single("A senior official, who spoke on condition of anonymity because the talks are confidential, said they had stalled.", "A senior official");
        Assert.Equal("who spoke on condition of anonymity because the talks are confidential", m.AnonymityReason?.Text);
        Assert.Null(Single("A senior official said the talks had stalled.", "A senior official").AnonymityReason);
    }

    [Fact]
    public void Extract_ParticipleAfterComma_TakesMainClauseSubject()
    {
        List<SourceMention> all = Extract("The mayor criticized the council on Monday, saying the budget was reckless.");
        Assert.Contains(all, s => s.Cue?.Text == "saying" && s.Text == "The mayor");
        Assert.DoesNotContain(all, s => s.Text.Contains("Monday", StringComparison.Ordinal) || s.Text.Contains("council", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_SpansIndexTheOriginalString()
    {
        const string text = "\u201CWe will win,\u201D Kang Tae-hwa said. Officials said otherwise.";
        foreach (SourceMention s in Extract(text))
        {
            Assert.Equal(s.Text, text.Substring(s.Start, s.Length));
        }
    }

    [Fact]
    public void Extract_NameSetOffAfterRole_IsOneNamedPersonWithRoleInSpan()
    {
        var sources = SourcesTestHelper.Extract("The city's finance director, Marcus Webb, said the bond was sound. Webb added that rates were low.");
        Assert.Equal("The city's finance director, Marcus Webb", sources[0].Text);
        Assert.Equal(EpistemicScoring.Reports.SourceKind.NamedPerson, sources[0].Kind);
        Assert.Equal(sources[0].Key, sources[1].Key);
    }
}
