using EpistemicScoring.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace EpistemicScoring.Tests;

public class DependencyInjectionTests
{
    [Fact]
    public void AddEpistemicScoring_RegistersSingletonScorer()
    {
        using ServiceProvider sp = new ServiceCollection().AddEpistemicScoring().Services.BuildServiceProvider();
        var a = sp.GetRequiredService<EpistemicScorer>();
        Assert.Same(a, sp.GetRequiredService<EpistemicScorer>());
        Assert.Equal(DefaultRules.Create().Count, a.Rules.Count);
    }

    [Fact]
    public void AddEpistemicScoring_Twice_IsHarmless_AndKeepsBothConfigurations()
    {
        var services = new ServiceCollection();
        services.AddEpistemicScoring(o => o.MaxTextLength = 1234);
        services.AddEpistemicScoring(o => o.Rule(RuleIds.NoSources).Enabled = false);
        Assert.Single(services, d => d.ServiceType == typeof(EpistemicScorer));
        using ServiceProvider sp = services.BuildServiceProvider();
        EpistemicScorer scorer = sp.GetRequiredService<EpistemicScorer>();
        Assert.Equal(1234, scorer.Options.MaxTextLength);
        Assert.DoesNotContain(scorer.Rules, r => r.Id == RuleIds.NoSources);
    }

    [Fact]
    public void AddRule_RegistersCustomRuleOnce_ResolvedWithDependencies()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new Marker("!"));
        services.AddEpistemicScoring().AddRule<MarkerRule>().AddRule<MarkerRule>();
        using ServiceProvider sp = services.BuildServiceProvider();
        EpistemicScorer scorer = sp.GetRequiredService<EpistemicScorer>();
        Assert.Single(scorer.Rules, r => r.Id == "EPS598");
        var report = scorer.Score(string.Concat(Enumerable.Repeat("The plan is bad! Everyone says so. ", 20)));
        Assert.Contains(report[Law.InferenceTraceability].Evidence, e => e.RuleId == "EPS598");
    }

    private sealed record Marker(string Symbol);

    private sealed class MarkerRule(Marker marker) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("EPS598", "Marker", Law.InferenceTraceability, -0.1, "Finds a marker.");

        public void Analyze(in RuleContext context)
        {
            for (int i = 0; i < context.Document.TokenCount; i++)
            {
                if (context.Document.Is(i, marker.Symbol))
                {
                    context.Report(context.Document[i].Span, "Marker");
                }
            }
        }
    }
}
