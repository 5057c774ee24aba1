using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Rules;

/// <summary>
/// Invented texts with the shapes of the project's seed article: an opinion essay that predicts and asserts in the
/// writer's voice under a section label, and a short sourced news summary. The seed's own sentences are not used.
/// </summary>
public class SeedShapeTests
{
    private static readonly EpistemicScorer Scorer = EpistemicScorer.CreateDefault();

    private const string Essay =
        "Harbour Watch Opinion\n"
        + "Mayor Ines Moreau is not governing; she is waiting. Her refusal to sign a \"reckless\" port deal is less a policy than a way to survive. "
        + "Signing a 40 million euro concession would end her term before it has properly begun. But waiting has a price: the shipping lines do not wait for anyone.\n"
        + "Moreau's support at home is thin. The dockers cheer the new safety law, but that loyalty rests on wages. "
        + "If the cranes fall silent, no law will make up for empty pay packets. The opposition is split and has no leader, yet anger does not need one. "
        + "On the quays, the crowd can become the opposition.\n"
        + "Abroad, the town is alone. Its rival port has already capitulated; the northern ports signed long ago; the river trade is drying up. "
        + "And after the strike in the north, the Consortium is marching toward a deal that will embolden it to squeeze the town after the winter.\n"
        + "The Consortium does not need to crush the port in one blow. Its weapons are quieter and more insidious. "
        + "A simple \"review\" of the berth licences would shatter the town's pride overnight. Ships leave, warehouses empty, the banks turn cold. "
        + "It will not look like anyone's doing; it will look like \"the market\". Yet the fingerprints are plain.\n"
        + "This is not bargaining. It is a slow humiliation. For the town, the real danger is not the size of the bill. "
        + "It is the quiet loss of standing that comes with every month of delay. The Consortium knows this. And Moreau knows that every week she waits, the walls close in.";

    private const string Summary =
        "Port of Lenvik's 40 million euro concession stalls after talks with the shipping group end without a deal\n"
        + "Date: March 3, 2025\n"
        + "Source: Lenvik Courier, Dana Reyes\n"
        + "On March 3, Lenvik's harbour director, Tomas Berg, returned from two days of talks with the chief executive of Nordline, Karin Holm, with no agreement. "
        + "After the rival port of Skarvik accepted a 55 million euro package on February 20, Nordline raised its demands on Lenvik. "
        + "The group is pressing the town to accept a 40 million euro concession on similar terms, with berth fees cut from 12% to 8% in return.\n"
        + "Town officials privately concede that paying the higher fees may cost less than handing over the quays. "
        + "Port economist Mara Lind said the town would give up 40 million euros to save about 3 million a year in fees. "
        + "Mayor Ines Moreau said on Tuesday that \"a deal that gives away the harbour will not be signed.\"";

    [Fact]
    public void OpinionEssay_IsReadAsOpinion_AndNeitherSourcesNorTraceabilityIsHigh()
    {
        EpistemicReport report = Scorer.Score(Essay);
        Assert.Equal(TextProfile.Opinion, report.Profile);
        Assert.NotEqual(Verdict.High, report[Law.SourceReferencing].Verdict);
        Assert.NotEqual(Verdict.High, report[Law.InferenceTraceability].Verdict);
        Assert.Contains(report[Law.InferenceTraceability].Evidence, static e => e.RuleId is "EPS553" or "EPS556");
    }

    [Fact]
    public void NewsSummary_IsLowOnNoLaw()
    {
        EpistemicReport report = Scorer.Score(Summary);
        Assert.All(report.Laws, static l => Assert.NotEqual(Verdict.Low, l.Verdict));
    }
}
