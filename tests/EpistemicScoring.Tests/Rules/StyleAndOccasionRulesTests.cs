using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Tests.Support;

namespace EpistemicScoring.Tests.Rules;

/// <summary>The rules added in rule sets 0.3.0 and 0.4.0: occasions of statements, judging attribution verbs, hearsay, intensifiers, shouting per 300 words, day anchors.</summary>
public class StyleAndOccasionRulesTests
{
    private static IRule Rule(string id) => DefaultRules.Create().Single(r => r.Descriptor.Id == id);

    private static List<Evidence> Run(string id, string text) => RuleRunner.Run(Rule(id), text);

    private static string Found(string text, Evidence e) => text.Substring(e.Start, e.Length);

    /// <summary>Neutral filler prose of about 150 words, with no cue any of these rules reads.</summary>
    private static string Filler(int paragraphs) => string.Concat(Enumerable.Repeat(
        "The committee met in the old library to review the plan for the northern district. Members read the draft line by line " +
        "and asked the staff to check the maps against the survey from the spring. The draft covers roads, drainage, two schools " +
        "and a clinic, and it sets out which parts of the work come first. Residents who came to the meeting listened from the " +
        "back of the room and took notes on the sections that concern their streets. The staff will publish a revised draft " +
        "with the corrected maps, and the committee will read it again before any vote is held. The library closed at the usual " +
        "hour once the members had left, and the caretaker locked the side door behind them.\n\n", paragraphs));

    [Theory]
    [InlineData("In a statement, the ministry said the bridge would reopen in May.", "In a statement")]
    [InlineData("The ministry said at a news conference that the bridge would reopen in May.", "at a news conference")]
    [InlineData("Ana Ruiz wrote on Twitter that the bridge would reopen in May.", "on Twitter")]
    [InlineData("The bridge will reopen in May, Ana Ruiz said Thursday.", "Thursday")]
    [InlineData("Ana Ruiz told lawmakers the bridge would reopen in May.", "told lawmakers")]
    public void Occasion_IsFoundWhereverTheSentencePutsIt(string text, string expected)
    {
        Evidence e = Assert.Single(Run(RuleIds.AttributionOccasion, text));
        Assert.Equal(expected, Found(text, e));
        Assert.True(e.Weight > 0);
    }

    [Theory]
    [InlineData("The vote on Thursday was close and divided the chamber, Ana Ruiz said.")]
    [InlineData("Ana Ruiz said she would comment on her statement later in the week.")]
    [InlineData("Ana Ruiz said the numbers were buried in Weber's email to the board.")]
    [InlineData("\"I said it in a statement and I will say it in an interview,\" the minister said.")]
    public void Occasion_IsNotFound_ForAWordThatDoesNotDescribeTheStatement(string text) =>
        Assert.Empty(Run(RuleIds.AttributionOccasion, text));

    [Fact]
    public void Occasion_CountsOncePerSentence_HoweverManySourcesShareIt()
    {
        const string text = "In a joint statement, the ministry and the port authority said the bridge would reopen in May, and Ana Ruiz added that tolls would stay.";
        Assert.Single(Run(RuleIds.AttributionOccasion, text));
    }

    [Theory]
    [InlineData("The minister claimed that the port was making money.", "claimed")]
    [InlineData("Ana Ruiz admitted the tender had been rushed.", "admitted")]
    [InlineData("The auditor revealed that two invoices were paid twice.", "revealed")]
    [InlineData("The port authority conceded that the dredging was late.", "conceded")]
    public void JudgingAttribution_FindsTheVerb(string text, string expected)
    {
        Evidence e = Assert.Single(Run(RuleIds.JudgingAttribution, text));
        Assert.Equal(expected, Found(text, e));
        Assert.True(e.Weight < 0);
    }

    [Theory]
    [InlineData("The minister said that the port was making money.")]
    [InlineData("Ana Ruiz told reporters the tender had been rushed.")]
    [InlineData("\"He claimed the port was making money,\" Ana Ruiz said.")]
    [InlineData("The claims about the port were checked by the auditor.")]
    [InlineData("We admit that the port has made money this year.")]
    [InlineData("The auditor looked into a whistleblower's claims of fraud at the port.")]
    [InlineData("Court documents revealed that two invoices were paid twice.")]
    public void JudgingAttribution_LeavesNeutralVerbsAndQuotedSpeechAlone(string text) =>
        Assert.Empty(Run(RuleIds.JudgingAttribution, text));

    [Fact]
    public void JudgingAttribution_WeighsItsShare_WhenAttributionsAreMany()
    {
        const string one = "The minister claimed that the port was making money.";
        const string many = "The minister claimed that the port was making money. Ana Ruiz said the books were open. "
            + "The auditor said two invoices were late. The harbour master said the cranes were idle. "
            + "The union said its members were paid. The mayor said the city would review the lease.";
        double alone = Assert.Single(Run(RuleIds.JudgingAttribution, one)).Weight;
        double amongSix = Assert.Single(Run(RuleIds.JudgingAttribution, many)).Weight;
        Assert.Equal(-0.25, alone, 3);
        Assert.Equal(-0.25 * 3 / 6, amongSix, 3);
    }

    [Theory]
    [InlineData("The whole plan is just absurd from start to finish.", 1)]
    [InlineData("He just can't let a slight go, and everyone knows it.", 1)]
    [InlineData("The minister just resigned, and her deputy takes over.", 0)]
    [InlineData("The ferry company just won the contract for the island route.", 0)]
    [InlineData("The ferry stopped running just this year, after the storms.", 0)]
    [InlineData("The ferry is not just late but unsafe, the inspectors found.", 0)]
    public void Intensifiers_JustCountsOnlyAsEmphasis(string text, int expected) =>
        Assert.Equal(expected, Run(RuleIds.Intensifiers, text).Count);

    [Theory]
    [InlineData("The contractor did not respond to a request for comment on Monday.", "did not respond to")]
    [InlineData("The port authority declined to comment on the dredging contract.", "declined to comment")]
    [InlineData("Her lawyer did not return a call seeking comment.", "did not return a call")]
    public void OpposingSources_AParty_AskedForComment_CountsAsTheOtherSide(string text, string expected)
    {
        Evidence e = Assert.Single(Run(RuleIds.OpposingSources, text));
        Assert.Equal(expected, Found(text, e));
    }

    [Fact]
    public void OpposingSources_DidNotReturn_OnItsOwn_IsNotAReply() =>
        Assert.Empty(Run(RuleIds.OpposingSources, "The senator did not return to the chamber after the vote."));

    [Fact]
    public void Intensifiers_CountInTheWritersVoiceOnly()
    {
        const string text = "The plan is totally unfair. \"It is absolutely unfair,\" the union leader said. It is really a bad deal.";
        List<Evidence> evidence = Run(RuleIds.Intensifiers, text);
        Assert.Equal(["totally", "really"], evidence.Select(e => Found(text, e)));
        Assert.All(evidence, static e => Assert.True(e.Weight < 0));
    }

    [Fact]
    public void Intensifiers_InReportedSpeech_AreTheSpeakers()
    {
        Assert.Empty(Run(RuleIds.Intensifiers, "The union leader said the plan was totally unfair to night workers."));
    }

    [Theory]
    [InlineData("The council had just voted when the lights went out.")]
    [InlineData("The measure passed by just 12 votes.")]
    [InlineData("The storm arrived just before noon.")]
    [InlineData("The bill failed by just a handful of votes.")]
    public void Intensifiers_SkipTheTimeAndQuantitySensesOfJust(string text) =>
        Assert.Empty(Run(RuleIds.Intensifiers, text));

    [Fact]
    public void Intensifiers_JustAsEmphasis_Counts()
    {
        const string text = "The new rule is just absurd.";
        Assert.Equal("just", Found(text, Assert.Single(Run(RuleIds.Intensifiers, text))));
    }

    [Fact]
    public void Intensifiers_WeighPer300Words_SoTheSameHabitWeighsTheSameInAnyLength()
    {
        const string habit = "The plan is totally unfair. ";
        double shortText = Run(RuleIds.Intensifiers, habit + Filler(3)).Sum(static e => e.Weight);
        double longText = Run(RuleIds.Intensifiers, habit + Filler(6)).Sum(static e => e.Weight);
        double longHabit = Run(RuleIds.Intensifiers, string.Concat(Enumerable.Repeat(habit + Filler(3), 2))).Sum(static e => e.Weight);
        Assert.True(shortText < longText, $"one intensifier in a short text {shortText} should weigh more than in a long one {longText}");
        Assert.Equal(shortText, longHabit, 2);
    }

    [Fact]
    public void Shouting_ShortWordInCapitals_CountsOnlyBesideItsLowerCaseForm()
    {
        const string shouted = "The minister did NOT answer, and that was not an accident.";
        Assert.Equal("NOT", Found(shouted, Assert.Single(Run(RuleIds.EmphaticOverstatement, shouted))));

        Assert.Empty(Run(RuleIds.EmphaticOverstatement, "The FBI and the NSA said the files were sealed."));
        Assert.Empty(Run(RuleIds.EmphaticOverstatement, "The WHO said who would pay was not yet known."));
        Assert.Empty(Run(RuleIds.EmphaticOverstatement, "The agency said the ACT would not apply to the act of selling."));
    }

    [Theory]
    [InlineData(RuleIds.Hearsay, "The governor reportedly met the contractor before the tender. ")]
    [InlineData(RuleIds.SweepingGeneralisations, "Cities always waste the money they get. ")]
    [InlineData(RuleIds.UnsupportedBoosters, "The plan will clearly fail. ")]
    [InlineData(RuleIds.EmphaticOverstatement, "The senator lied again! ")]
    [InlineData(RuleIds.RhetoricalQuestions, "Why would anyone trust the council now? ")]
    [InlineData(RuleIds.Intensifiers, "The plan is totally unfair. ")]
    [InlineData(RuleIds.LoadedLanguage, "The levy is a hoax. ")]
    [InlineData(RuleIds.NameCalling, "The levy was written by globalists. ")]
    [InlineData(RuleIds.Exaggeration, "The levy raises a pittance for the roads. ")]
    [InlineData(RuleIds.FearAppeal, "The levy is a ticking time bomb for the harbour. ")]
    [InlineData(RuleIds.FlagWaving, "The levy is an attack on our way of life. ")]
    [InlineData(RuleIds.Slogans, "The levy must go, end of story. ")]
    [InlineData(RuleIds.BlackAndWhite, "On the levy there is no middle ground. ")]
    [InlineData(RuleIds.DoubtCasting, "The so-called levy pays for nothing. ")]
    public void HabitRules_CountPer300Words(string ruleId, string habit)
    {
        double once = Run(ruleId, habit + Filler(3)).Sum(static e => e.Weight);
        double diluted = Run(ruleId, habit + Filler(6)).Sum(static e => e.Weight);
        double twiceAsLong = Run(ruleId, string.Concat(Enumerable.Repeat(habit + Filler(3), 2))).Sum(static e => e.Weight);
        Assert.True(once < 0, $"{ruleId} found nothing in \"{habit}\"");
        Assert.True(once < diluted && diluted < 0, $"{ruleId}: once {once}, diluted {diluted}");
        Assert.Equal(once, twiceAsLong, 3);
    }

    [Fact]
    public void PerWriterWords_IsAppliedByTheContext_ForACustomRuleThatAsksForIt()
    {
        string text = "The senator lied again! " + Filler(6);
        var plain = new ExclamationRule();
        var habit = new HabitExclamationRule();
        double plainWeight = Assert.Single(RuleRunner.Run(plain, text)).Weight;
        double habitWeight = Assert.Single(RuleRunner.Run(habit, text)).Weight;
        Assert.Equal(plain.Descriptor.DefaultWeight, plainWeight, 4);
        Assert.True(habitWeight > plainWeight && habitWeight < 0, $"plain {plainWeight}, per writer's words {habitWeight}");
        Assert.Equal(plainWeight, Assert.Single(RuleRunner.Run(habit, "The senator lied again! " + Filler(1))).Weight, 4);
    }

    private sealed class HabitExclamationRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("EPS598", "Exclamations per 300 words", Law.InferenceTraceability, -0.1, "Exclamation marks, counted per 300 words.")
        {
            PerWriterWords = true,
        };

        public void Analyze(in RuleContext context) => new ExclamationRule().Analyze(context);
    }

    [Fact]
    public void Shouting_WeighsPer300Words()
    {
        const string shout = "The senator lied again! ";
        double shortText = Run(RuleIds.EmphaticOverstatement, shout + Filler(1)).Sum(static e => e.Weight);
        double longText = Run(RuleIds.EmphaticOverstatement, shout + Filler(6)).Sum(static e => e.Weight);
        Assert.True(shortText < longText && longText < 0, $"short {shortText}, long {longText}");
    }

    [Fact]
    public void Hearsay_CountsReportedlyInTheWritersVoice_NotInAQuotation()
    {
        const string text = "The governor reportedly met the contractor. \"He allegedly met him twice,\" the auditor said. The deal was, according to reports, signed in June.";
        List<Evidence> evidence = Run(RuleIds.Hearsay, text);
        Assert.Equal(["reportedly", "according to reports"], evidence.Select(e => Found(text, e)));
        Assert.All(evidence, static e => Assert.Equal(Law.Truthfulness, e.Law));
    }

    [Fact]
    public void LoadedLanguage_CountsTheWritersOwnWords_NotQuotedOrReportedSpeech()
    {
        const string own = "The new levy is a hoax dreamed up by a crooked council.";
        Assert.Equal(["hoax", "crooked"], Run(RuleIds.LoadedLanguage, own).Select(e => Found(own, e)));
        Assert.Empty(Run(RuleIds.LoadedLanguage, "\"The new levy is a hoax,\" the opposition leader said."));
        Assert.Empty(Run(RuleIds.LoadedLanguage, "The opposition leader said the new levy was a hoax."));
    }

    [Fact]
    public void SpecificFacts_ASentenceCheckableOnlyByAName_CountsHalf()
    {
        const string rest = " The depot had served the east side. Its buses will move to the west yard. Drivers keep their routes.";
        Evidence figure = Assert.Single(Run(RuleIds.SpecificFacts, "The council closed the depot, which cost $4.2 million to run." + rest));
        Evidence name = Assert.Single(Run(RuleIds.SpecificFacts, "Mayor Lena Ortiz closed the depot on the east side." + rest));
        Assert.Equal("States a checkable figure or date", figure.Message);
        Assert.Equal("Names a person, body or place that can be checked", name.Message);
        Assert.Equal(figure.Weight / 2, name.Weight, 3);
    }

    [Fact]
    public void TemporalAnchors_ADayWeighsTwiceAYear()
    {
        const string rest = " The depot had served the east side. Its buses will move to the west yard. Drivers keep their routes.";
        Evidence day = Assert.Single(Run(RuleIds.TemporalAnchors, "The council voted on Tuesday to close the depot." + rest));
        Evidence year = Assert.Single(Run(RuleIds.TemporalAnchors, "The council voted in 2019 to close the depot." + rest));
        Assert.Equal(2 * year.Weight, day.Weight, 3);
        Assert.Equal("Places the events on a day", day.Message);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("today")]
    [InlineData("tonight")]
    [InlineData("tomorrow")]
    [InlineData("next week")]
    [InlineData("next month")]
    [InlineData("last month")]
    public void TemporalAnchors_ATimeNamedOnlyRelativeToPublication_WeighsAsAYear(string relative)
    {
        // "Yesterday" can be checked only against a dateline the text may not carry; a weekday or a date can be checked.
        const string rest = " The depot had served the east side. Its buses will move to the west yard. Drivers keep their routes.";
        Evidence day = Assert.Single(Run(RuleIds.TemporalAnchors, "The council voted on Tuesday to close the depot." + rest));
        Evidence coarse = Assert.Single(Run(RuleIds.TemporalAnchors, $"The council voted {relative} to close the depot." + rest));
        Assert.Equal(day.Weight / 2, coarse.Weight, 3);
        Assert.Equal("Places the events in time", coarse.Message);
    }

    [Fact]
    public void Rationales_CountHearsayAndTheWritersEmphasis()
    {
        string text = "The governor reportedly met the contractor twice, and the deal was allegedly signed in June. "
            + "This is a totally corrupt hoax! Voters deserve better than this. " + Filler(1);
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(text);
        Assert.Contains("2 claims passed on second-hand (\"reportedly\", \"allegedly\")", report[Law.Truthfulness].Rationale[0], StringComparison.Ordinal);
        Assert.Contains("also 1 exclamation or shouted word, 1 intensifier and 2 loaded words", report[Law.InferenceTraceability].Rationale[0], StringComparison.Ordinal);

        string plain = EpistemicScorer.CreateDefault().Score(Filler(1)).Laws[4].Rationale[0];
        Assert.DoesNotContain("also", plain, StringComparison.Ordinal);
    }

    [Fact]
    public void Rationales_NameRolesOccasionsAndUnnamedSpeakersInPlainEnglish()
    {
        string text = "In a statement, the city's finance director, Marcus Webb, said the budget was balanced. "
            + "A spokesman said the plan would be published on Friday. " + Filler(1);
        string line = EpistemicScorer.CreateDefault().Score(text)[Law.SourceReferencing].Rationale[0];
        Assert.Contains("(1 given with role or affiliation; 1 sentence saying where or when the words were given)", line, StringComparison.Ordinal);
        Assert.Contains("spokesmen", line, StringComparison.Ordinal);
        Assert.DoesNotContain("spokesmans", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Score_StatementWithOccasion_BeatsTheSameStatementWithout()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateDefault();
        const string body = "The new budget adds money for road repairs and for two clinics in the north of the city. Council members debated it for three hours before the vote. ";
        string with = body + "In a statement, the city's finance director, Marcus Webb, said the plan was balanced. " + Filler(1);
        string without = body + "The city's finance director, Marcus Webb, said the plan was balanced. " + Filler(1);
        double a = scorer.Score(with).Laws[1].Score;
        double b = scorer.Score(without).Laws[1].Score;
        Assert.True(a > b, $"with occasion {a}, without {b}");
    }
}
