using System.Security.Cryptography;
using System.Text;
using EpistemicScoring.Lexicons;
using EpistemicScoring.Reports;
using EpistemicScoring.Rules;
using EpistemicScoring.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EpistemicScoring.Tests;

/// <summary>
/// A setting that names nothing is an error, not a quiet no-op; third-party rules bring their own ID prefix;
/// a clash with an existing rule needs <see cref="EpistemicScorerBuilder.ReplaceRule(IRule)"/>.
/// </summary>
public class StrictConfigurationTests
{
    [Fact]
    public void Build_ConfigNamesUnknownRule_Throws()
    {
        EpistemicScoringOptions options = OptionsJson.ReadOptions("""{"rules":{"EPS999":{"enabled":false}}}""");
        var ex = Assert.Throws<InvalidOperationException>(() => EpistemicScorer.CreateBuilder(options).Build());
        Assert.Contains("EPS999", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_ConfigureRuleUnknown_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => EpistemicScorer.CreateBuilder().ConfigureRule("EPS598", r => r.Weight = 1).Build());
    }

    [Fact]
    public void Build_ConfigureRuleOfAddedRule_Works()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().AddRule<VendorRule>().ConfigureRule("ACME001", r => r.Enabled = false).Build();
        Assert.DoesNotContain(scorer.Rules, r => r.Id == "ACME001");
    }

    [Fact]
    public void Build_UnknownLexiconName_Throws()
    {
        EpistemicScoringOptions options = OptionsJson.ReadOptions("""{"lexiconAdditions":{"anonymous-sauces":[{"text":"a mole"}]}}""");
        var ex = Assert.Throws<InvalidOperationException>(() => EpistemicScorer.CreateBuilder(options).Build());
        Assert.Contains("anonymous-sauces", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_UnknownSenseTag_Throws()
    {
        var builder = EpistemicScorer.CreateBuilder().AddLexiconEntries("attribution-occasions", [new LexiconEntry("livestream", 1, "chanel")]);
        var ex = Assert.Throws<InvalidOperationException>(() => builder.Build());
        Assert.Contains("chanel", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_KnownSenseTag_Works()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().AddLexiconEntries("attribution-occasions", [new LexiconEntry("livestream", 1, "channel")]).Build();
        Assert.NotNull(scorer);
    }

    [Fact]
    public void RemoveRule_UnknownId_Throws()
    {
        Assert.Throws<ArgumentException>(() => EpistemicScorer.CreateBuilder().RemoveRule("EPS999"));
    }

    [Theory]
    [InlineData("ACME001")]
    [InlineData("NEWSROOM1234")]
    public void Descriptor_VendorPrefix_IsAccepted(string id)
    {
        Assert.Equal(id, new RuleDescriptor(id, "x", Law.Truthfulness, 0.1, "x").Id);
    }

    [Theory]
    [InlineData("acme001")]
    [InlineData("A001")]
    [InlineData("ACME01")]
    [InlineData("EPS999")]
    [InlineData("EPSX001")]
    public void Descriptor_MalformedOrReservedId_Throws(string id)
    {
        Assert.Throws<ArgumentException>(() => new RuleDescriptor(id, "x", Law.InferenceTraceability, 0.1, "x"));
    }

    [Fact]
    public void AddRule_VendorRule_Runs()
    {
        EpistemicScorer scorer = EpistemicScorer.CreateBuilder().AddRule<VendorRule>().Build();
        EpistemicReport report = scorer.Score(string.Concat(Enumerable.Repeat("The council met on Monday and voted. ", 12)) + "BREAKING: the vote failed.");
        Assert.Contains(report[Law.InferenceTraceability].Evidence, e => e.RuleId == "ACME001");
    }

    [Fact]
    public void AddRule_IdOfBuiltIn_Throws_ReplaceRule_Replaces()
    {
        Assert.Throws<ArgumentException>(() => EpistemicScorer.CreateBuilder().AddRule(new SilentRule(RuleIds.UnnamedSources, Law.SourceReferencing)));
        EpistemicScorer replaced = EpistemicScorer.CreateBuilder().ReplaceRule(new SilentRule(RuleIds.UnnamedSources, Law.SourceReferencing)).Build();
        Assert.Equal(DefaultRules.Create().Count, replaced.Rules.Count);
        EpistemicReport report = replaced.Score(ScorerTests.Sample("unnamed-officials.txt"));
        Assert.DoesNotContain(report[Law.SourceReferencing].Evidence, e => e.RuleId == RuleIds.UnnamedSources);
    }

    [Fact]
    public void AddRule_SameAddedIdTwice_Throws()
    {
        Assert.Throws<ArgumentException>(() => EpistemicScorer.CreateBuilder().AddRule<VendorRule>().AddRule<VendorRule>());
    }

    [Fact]
    public void ReplaceRule_NothingToReplace_Throws()
    {
        Assert.Throws<ArgumentException>(() => EpistemicScorer.CreateBuilder().ReplaceRule<VendorRule>());
    }

    [Fact]
    public void Score_SuppressionMatchingNothing_IsAWarningInTheReport()
    {
        var suppression = new FindingSuppression(RuleIds.UnnamedSources, "000000000000", "stale");
        EpistemicReport report = EpistemicScorer.CreateDefault().Score(new ScoringRequest(ScorerTests.Sample("unnamed-officials.txt")) { Overrides = new ScoringOverrides { Suppress = [suppression] } });
        Assert.Contains(suppression, report.Receipt!.UnmatchedSuppressions);
        Assert.Contains(report.Warnings, w => w.Code == "unmatched_suppression" && w.Message.Contains("000000000000", StringComparison.Ordinal));
        string json = ReportJson.Serialize(report);
        Assert.Contains("\"unmatchedSuppressions\":[{", json, StringComparison.Ordinal);
        Assert.Contains("\"warnings\":[{\"code\":\"unmatched_suppression\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Receipt_CarriesToolVersionAndInputHash()
    {
        const string text = "The bridge reopened on Monday, the city said. Ça va.";
        Receipt receipt = EpistemicScorer.CreateDefault().Score(text).Receipt!;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), receipt.InputSha256);
        Assert.Matches(@"^\d+\.\d+\.\d+", receipt.ToolVersion);
        string json = ReportJson.Serialize(EpistemicScorer.CreateDefault().Score(text));
        Assert.Contains($"\"inputSha256\":\"{receipt.InputSha256}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"toolVersion\":\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void DependencyInjection_RegistersInterface_AsTheSameScorer()
    {
        using ServiceProvider sp = new ServiceCollection().AddEpistemicScoring().Services.BuildServiceProvider();
        Assert.Same(sp.GetRequiredService<EpistemicScorer>(), sp.GetRequiredService<IEpistemicScorer>());
    }

    [Fact]
    public void DependencyInjection_OldEntryPoint_StillWorks()
    {
        var services = new ServiceCollection();
#pragma warning disable CS0618 // the obsolete forwarder is what is tested
        ServiceCollectionExtensions.AddEpistemicScoring(services, o => o.MinWords = 7);
#pragma warning restore CS0618
        using ServiceProvider sp = services.BuildServiceProvider();
        Assert.Equal(7, sp.GetRequiredService<IEpistemicScorer>() is EpistemicScorer s ? s.Options.MinWords : 0);
    }

    [Fact]
    public void DependencyInjection_BindsOptionsFromConfiguration()
    {
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["EpistemicScoring:MinWords"] = "12",
            ["EpistemicScoring:Thresholds:High"] = "71",
            ["EpistemicScoring:Profile"] = "opinion",
            ["EpistemicScoring:Rules:EPS203:Enabled"] = "false",
        }).Build();
        using ServiceProvider sp = new ServiceCollection().AddEpistemicScoring(config.GetSection("EpistemicScoring")).Services.BuildServiceProvider();
        EpistemicScorer scorer = sp.GetRequiredService<EpistemicScorer>();
        Assert.Equal(12, scorer.Options.MinWords);
        Assert.Equal(71, scorer.Options.Thresholds.High);
        Assert.Equal(TextProfile.Opinion, scorer.Options.Profile);
        Assert.DoesNotContain(scorer.Rules, r => r.Id == RuleIds.NoSources);
    }

    [Fact]
    public void DependencyInjection_UnknownConfigurationKey_Throws()
    {
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["MinWordz"] = "12" }).Build();
        using ServiceProvider sp = new ServiceCollection().AddEpistemicScoring(config).Services.BuildServiceProvider();
        Assert.Throws<InvalidOperationException>(() => sp.GetRequiredService<IEpistemicScorer>());
    }

    private sealed class VendorRule : IRule
    {
        public RuleDescriptor Descriptor { get; } = new("ACME001", "Breaking banner", Law.InferenceTraceability, -0.1, "A 'BREAKING:' banner in the body.");

        public void Analyze(in RuleContext context)
        {
            int at = context.Document.Text.IndexOf("BREAKING:", StringComparison.Ordinal);
            if (at >= 0)
            {
                context.Report(new TextSpan(at, 9), "Banner");
            }
        }
    }

    private sealed class SilentRule(string id, Law law) : IRule
    {
        public RuleDescriptor Descriptor { get; } = new(id, "Silent", law, 0, "Reports nothing.");

        public void Analyze(in RuleContext context)
        {
        }
    }
}
