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
        + "Mayor Ines Moreau of Lenvik is not governing; she is waiting. "
        + "Her refusal to sign a \"reckless\" deal with Nordline is less a policy than a way to survive. "
        + "Signing a 40 million euro concession would end her term before it has properly begun. "
        + "But waiting has a price: "
        + "Nordline does not wait for anyone. "
        + "This means the 12 million euros Lenvik earns from berth fees each year will shrink.\n"
        + "In Lenvik, Moreau's support is thin. "
        + "The Dockers' Union cheers the new Safety Act, but that loyalty rests on wages. "
        + "If the cranes at Lenvik fall silent, the Safety Act will not make up for empty pay packets. "
        + "The opposition in the Town Council is split, without a leader, yet anger in Lenvik does not need one. "
        + "On the Lenvik quays, the crowd can become the opposition.\n"
        + "Along the coast, Lenvik is alone. "
        + "Skarvik has already capitulated; "
        + "Osterby signed long ago; the Varna river trade is drying up. "
        + "With Skarvik aligned and Osterby tied down, Lenvik has no way out. "
        + "Skarvik took a 55 million euro package in February, which means Lenvik will be next. "
        + "And after the strike at Skarvik, Nordline is marching toward a deal that will embolden it to squeeze Lenvik after the winter.\n"
        + "Nordline does not need to crush Lenvik in one blow. "
        + "Its weapons are quieter and more insidious. "
        + "A simple \"review\" of the Lenvik berth licences would shatter the town's pride overnight. "
        + "For Nordline, it is cheap and popular with its shareholders. "
        + "For Moreau, it cannot be answered.\n"
        + "This is not bargaining. "
        + "It is a slow humiliation. "
        + "For Lenvik, the real danger is not the size of the bill. "
        + "It is the quiet loss of standing that Moreau's delay brings with every month. "
        + "Nordline knows this. "
        + "And Moreau knows that every week she waits, the walls close in.";

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
