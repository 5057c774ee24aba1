// Dependency injection: the scorer registered once as a singleton, configured in one place, and taken by the
// classes that need it through their constructors.
using EpistemicScoring;
using EpistemicScoring.Reports;
using Microsoft.Extensions.DependencyInjection;

var services = new ServiceCollection();
services.AddEpistemicScoring(options =>
{
    options.Thresholds.High = 70;        // this desk wants more before it calls a law High
    options.Profile = TextProfile.NewsReport;
});
services.AddSingleton<CopyDesk>();

using ServiceProvider provider = services.BuildServiceProvider();
CopyDesk desk = provider.GetRequiredService<CopyDesk>();
Console.WriteLine(desk.Review(
    "The water utility will raise rates by 6% in July, its director Imani Cole told the city council on Tuesday. "
    + "A household using 5,000 gallons a month would pay $2.40 more, according to the utility's rate filing. "
    + "Cole said the increase pays for replacing 12 miles of lead service lines, which a 2024 state order requires. "
    + "Council member Rafael Ortiz said he would vote against the plan, arguing that the state should share the cost."));
Console.WriteLine(desk.Review(
    "Everyone knows the new water rates are a scandal, and some say they may double before long. "
    + "The utility clearly does not care about ordinary families, and it is obvious that nobody at city hall "
    + "is paying attention. Critics warn the whole system is broken and that residents will be paying for "
    + "years of mistakes. Something has to be done, and it has to be done now."));
Console.WriteLine($"One scorer for the whole application: {ReferenceEquals(provider.GetRequiredService<EpistemicScorer>(), desk.Scorer)}");

/// <summary>A service of the application that depends on the scorer.</summary>
internal sealed class CopyDesk(EpistemicScorer scorer)
{
    public EpistemicScorer Scorer { get; } = scorer;

    public string Review(string draft)
    {
        EpistemicReport report = Scorer.Score(draft);
        LawAssessment weakest = report.Laws.MinBy(static l => l.Score)!;
        return $"overall {report.Overall.Score:0.0} {report.Overall.Verdict}; weakest: {weakest.Law.Title()} ({weakest.Verdict}): {weakest.Rationale[0]}";
    }
}
