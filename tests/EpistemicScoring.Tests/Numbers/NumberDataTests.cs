using EpistemicScoring.Numbers;
using EpistemicScoring.Reports;

namespace EpistemicScoring.Tests.Numbers;

/// <summary>The numbers stage's tables (Numbers/Data) load into the shapes its grammar reads.</summary>
public class NumberDataTests
{
    [Fact]
    public void SpacedScales_AreAllAttachedScales()
    {
        Assert.All(NumberLexicon.SpacedScaleAbbreviations, s => Assert.True(NumberLexicon.AttachedScales.ContainsKey(s), s));
    }

    [Fact]
    public void Months_AreOneToTwelve_AndEveryMonthHasAName()
    {
        Assert.All(NumberLexicon.Months.Values, m => Assert.InRange(m, 1, 12));
        Assert.Equal(Enumerable.Range(1, 12), NumberLexicon.Months.Values.Distinct().Order());
    }

    [Fact]
    public void Approximators_KeepFileOrder_WithTheirBounds()
    {
        (string[] Words, NumberBound Bound)[] list = NumberLexicon.Approximators;
        int Index(params string[] words) => Array.FindIndex(list, a => a.Words.AsSpan().SequenceEqual(words));

        // The first phrase that ends right before the number wins, so a phrase comes before a shorter one it ends with.
        Assert.True(Index("no", "more", "than") < Index("more", "than"));
        Assert.True(Index("an", "estimated") < Index("estimated"));
        Assert.Equal(NumberBound.Lower, list[Index("more", "than")].Bound);
        Assert.Equal(NumberBound.Nearly, list[Index("just", "shy", "of")].Bound);
        Assert.Equal(NumberBound.None, list[Index("+")].Bound);
    }

    [Fact]
    public void Approximators_NoPhraseIsShadowedByAShorterOneItEndsWith()
    {
        // "more than" listed before "slightly more than" would win every time: the longer phrase would never match.
        (string[] Words, NumberBound Bound)[] list = NumberLexicon.Approximators;
        for (int late = 0; late < list.Length; late++)
        {
            for (int early = 0; early < late; early++)
            {
                string[] shorter = list[early].Words, longer = list[late].Words;
                bool endsWith = shorter.Length < longer.Length && longer.AsSpan(longer.Length - shorter.Length).SequenceEqual(shorter);
                Assert.False(endsWith, $"'{string.Join(' ', shorter)}' comes before '{string.Join(' ', longer)}', which ends with it, so the longer phrase never matches");
            }
        }
    }

    [Fact]
    public void CaseSensitiveTables_MatchCapitalsOnly()
    {
        IReadOnlySet<string> codes = NumberLexicon.CurrencyCodes, zones = NumberLexicon.TimeZones, meridiem = NumberLexicon.Meridiem;
        Assert.Contains("EUR", codes);
        Assert.DoesNotContain("eur", codes);
        Assert.Contains("EST", zones);
        Assert.DoesNotContain("est", zones);
        Assert.Contains("P.M.", meridiem);
        Assert.True(NumberLexicon.CurrencySigns.ContainsKey("\u00A3"));
    }

    [Theory]
    [InlineData("points", NumberKind.PercentagePoints, "pp")]
    [InlineData("fold", NumberKind.Multiple, null)]
    [InlineData("percent", NumberKind.Percent, "%")]
    [InlineData("digit", NumberKind.Other, "figures")]
    public void HyphenUnitWords_CarryKindAndUnit(string word, NumberKind kind, string? unit)
    {
        Assert.Equal((kind, unit), UnitWords.HyphenUnitWords[word]);
    }

    [Theory]
    [InlineData("cents", "USD", 0.01)]
    [InlineData("roubles", "RUB", 1.0)]
    [InlineData("Pence", "GBP", 0.01)]
    public void CurrencyWords_CarryCodeAndFactor(string word, string code, double factor)
    {
        Assert.Equal((code, factor), NumberLexicon.CurrencyWords[word]);
    }
}
