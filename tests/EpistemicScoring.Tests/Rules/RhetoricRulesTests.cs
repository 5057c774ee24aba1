using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Rules.InferenceTraceability;
using EpistemicScoring.Tests.Support;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Rules;

/// <summary>The rhetoric family of Law 5 (EPS554 to EPS560) and its lexicon: senses, writer's voice, hashtags.</summary>
public class RhetoricRulesTests
{
    private static IRule Rule(string id) => DefaultRules.Create().Single(r => r.Descriptor.Id == id);

    private static List<string> Found(string id, string text) =>
        [.. RuleRunner.Run(Rule(id), text).Select(e => text.Substring(e.Start, e.Length))];

    [Theory]
    [InlineData(RuleIds.FlagWaving, "Only true patriots stand by the harbour plan.", "true patriots")]
    [InlineData(RuleIds.FlagWaving, "The patriots in the council stood by the plan.", "patriots")]
    [InlineData(RuleIds.NameCalling, "The Dems have written the levy.", "Dems")]
    [InlineData(RuleIds.DoubtCasting, "The supposed savings never reached the harbour.", "supposed")]
    [InlineData(RuleIds.Slogans, "Wake up, voters: the levy is here to stay.", "Wake up")]
    public void Rhetoric_CountsTheEntryInItsSense(string id, string text, string expected) =>
        Assert.Equal([expected], Found(id, text));

    [Theory]
    [InlineData(RuleIds.FlagWaving, "The New England Patriots won the game on Sunday.")]
    [InlineData(RuleIds.DoubtCasting, "The ferry was supposed to leave at noon.")]
    [InlineData(RuleIds.Slogans, "Residents wake up to snow on most mornings in January.")]
    [InlineData(RuleIds.NameCalling, "\"They are globalists,\" the candidate said of the board.")]
    [InlineData(RuleIds.NameCalling, "The candidate called the board members globalists.")]
    public void Rhetoric_LeavesOtherSensesAndOtherVoicesAlone(string id, string text) =>
        Assert.Empty(Found(id, text));

    [Fact]
    public void Slogans_AHashtagCounts_WhenItStandsAloneAndIsNotAPostsTopicTags()
    {
        Assert.Equal(["#NoNewFees"], Found(RuleIds.Slogans, "The council raised the fees again. #NoNewFees"));
        Assert.Empty(Found(RuleIds.Slogans, "The #MeToo movement reached the council this spring."));
        Assert.Empty(Found(RuleIds.Slogans, "The council raised the fees again. #Harbour #Fees #Council"));
    }

    [Fact]
    public void FactiveCue_KeepsItsContentInTheWritersVoice()
    {
        // "knows" takes its content as true, so the alarm is the writer's; "said" reports the mayor's.
        Assert.Equal(["the walls close in"], Found(RuleIds.FearAppeal, "The mayor knows that the walls close in on the harbour board."));
        Assert.Empty(Found(RuleIds.FearAppeal, "The mayor said that the walls close in on the harbour board."));
    }

    [Fact]
    public void RhetoricLexicons_GiveEveryEntryAReason_AndEverySenseHasACheck()
    {
        foreach (string name in new[] { "rhetoric", "loaded-words" })
        {
            using Stream stream = typeof(Lexicon).Assembly.GetManifestResourceStream($"EpistemicScoring.Lexicons.{name}.txt")!;
            using var reader = new StreamReader(stream);
            string? line;
            while ((line = reader.ReadLine()) is not null)
            {
                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                string[] columns = line.Split('\t');
                Assert.True(columns.Length == 4 && columns[3].Trim().Length > 10, $"{name}: '{columns[0]}' has no reason column");
            }
        }

        TextDocument doc = TextDocument.Parse("The supposed cure failed.");
        foreach (LexiconEntry e in LexiconSet.Default[Rhetoric.LexiconName].Entries)
        {
            Assert.Contains(Rhetoric.Family(e.Tag!), (string[])["label", "exaggeration", "minimisation", "fear", "flag", "slogan", "cliche", "blackwhite", "doubt"]);
            _ = Rhetoric.SenseHolds(doc, 1, Rhetoric.Sense(e.Tag!)); // throws for a sense with no check
        }

        Assert.Throws<ArgumentException>(() => Rhetoric.SenseHolds(doc, 1, "nosuchsense"));
    }

    [Fact]
    public void Score_RhetoricInTheWritersVoice_LowersLaw5_QuotedRhetoricDoesNot()
    {
        const string plain =
            "The harbour board met on Monday to weigh the new levy on cargo ships. Its chair, Ines Moreau, said the levy would raise "
            + "about 2 million euros a year for the quays. Two members asked for a study of the cost to small shippers first. "
            + "The board will vote on the levy in April, after the study is published.";
        const string quoted = plain
            + " \"This levy is a disgraceful charade cooked up by crooked bureaucrats,\" said Tomas Berg, who runs a ferry company.";
        const string argued = plain
            + " This levy is a disgraceful charade cooked up by crooked bureaucrats, a ticking time bomb for our way of life.";
        EpistemicScorer scorer = EpistemicScorer.CreateDefault();
        double speaker = scorer.Score(quoted).Laws[4].Score;
        double writer = scorer.Score(argued).Laws[4].Score;
        Assert.True(writer < speaker - 10, $"writer's rhetoric {writer}, speaker's {speaker}");
        Assert.DoesNotContain(scorer.Score(quoted).Laws[4].Evidence, static e => e.RuleId is "EPS553" or "EPS556" or "EPS557");
    }
}
