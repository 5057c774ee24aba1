using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.Numbers;

public class NumberExtractorTests
{
    private static List<NumberMention> Extract(string text) => NumberExtractor.Extract(TextDocument.Parse(text));

    private static NumberMention Single(string text, string span)
    {
        NumberMention? m = Extract(text).FirstOrDefault(n => n.Text == span);
        Assert.True(m is not null, $"No mention '{span}' in: {string.Join(" | ", Extract(text).Select(n => n.Text))}");
        return m!;
    }

    [Theory]
    [InlineData("The fund holds $350 billion in assets.", "$350 billion", NumberKind.Money, 350e9, "USD")]
    [InlineData("Reserves reached $411B last month.", "$411B", NumberKind.Money, 411e9, "USD")]
    [InlineData("The firm booked $12.5B in sales.", "$12.5B", NumberKind.Money, 12.5e9, "USD")]
    [InlineData("It spent 2.3bn euros on roads.", "2.3bn euros", NumberKind.Money, 2.3e9, "EUR")]
    [InlineData("Fees were USD 200 per person.", "USD 200", NumberKind.Money, 200, "USD")]
    [InlineData("The deal is worth US$ 20 million.", "US$ 20 million", NumberKind.Money, 20e6, "USD")]
    [InlineData("Exports of KRW 3 trillion were reported.", "KRW 3 trillion", NumberKind.Money, 3e12, "KRW")]
    [InlineData("A bowl costs \u20A98,000 in Seoul.", "\u20A98,000", NumberKind.Money, 8000, "KRW")]
    [InlineData("The ticket was \u00A345 at the door.", "\u00A345", NumberKind.Money, 45, "GBP")]
    [InlineData("Lunch cost \u00A51,200 near the station.", "\u00A51,200", NumberKind.Money, 1200, "JPY")]
    [InlineData("The bonus was 500,000 yen this year.", "500,000 yen", NumberKind.Money, 500000, "JPY")]
    [InlineData("The grant was 3 million won.", "3 million won", NumberKind.Money, 3e6, "KRW")]
    [InlineData("She paid 3 dollars 50 cents for it.", "3 dollars 50 cents", NumberKind.Money, 3.5, "USD")]
    [InlineData("A stamp costs 50 cents now.", "50 cents", NumberKind.Money, 0.5, "USD")]
    [InlineData("He offered a hundred dollars for the bike.", "a hundred dollars", NumberKind.Money, 100, "USD")]
    [InlineData("He offered hundred dollars for the bike.", "hundred dollars", NumberKind.Money, 100, "USD")]
    [InlineData("The menu lists $24.50 for the steak.", "$24.50", NumberKind.Money, 24.5, "USD")]
    [InlineData("Das Menü kostet 24,50 \u20AC pro Person.", "24,50", NumberKind.Count, 24.5, null)]
    [InlineData("Turnout rose to 25% this year.", "25%", NumberKind.Percent, 25, "%")]
    [InlineData("Turnout rose to 25 percent this year.", "25 percent", NumberKind.Percent, 25, "%")]
    [InlineData("Turnout rose to 25 per cent this year.", "25 per cent", NumberKind.Percent, 25, "%")]
    [InlineData("The rate rose 3 percentage points.", "3 percentage points", NumberKind.PercentagePoints, 3, "pp")]
    [InlineData("The bank cut rates by 25 basis points.", "25 basis points", NumberKind.PercentagePoints, 25, "bp")]
    [InlineData("The town has 1,000,000 trees.", "1,000,000 trees", NumberKind.Count, 1e6, null)]
    [InlineData("The hall seats twenty-five guests.", "twenty-five guests", NumberKind.Count, 25, null)]
    [InlineData("She bought a dozen eggs.", "a dozen eggs", NumberKind.Count, 12, null)]
    [InlineData("The bridge is 430 miles away.", "430 miles", NumberKind.Measure, 430, "mile")]
    [InlineData("The senator signed a seven-year lease.", "seven-year", NumberKind.Measure, 7, "year")]
    [InlineData("The measure needs a 60-vote majority.", "60-vote", NumberKind.Count, 60, null)]
    [InlineData("Prices fell by a third.", "a third", NumberKind.Fraction, 0.3333, null)]
    [InlineData("Nearly half of the staff left.", "half", NumberKind.Fraction, 0.5, null)]
    [InlineData("One in five adults smokes.", "One in five", NumberKind.Fraction, 0.2, null)]
    [InlineData("Only 2 out of 5 members voted.", "2 out of 5", NumberKind.Fraction, 0.4, null)]
    [InlineData("About six in 10 voters agreed.", "six in 10", NumberKind.Fraction, 0.6, null)]
    [InlineData("Sales were twice the forecast.", "twice", NumberKind.Multiple, 2, null)]
    [InlineData("Costs are three times higher than planned.", "three times", NumberKind.Multiple, 3, null)]
    [InlineData("Output grew 10-fold in a decade.", "10-fold", NumberKind.Multiple, 10, null)]
    [InlineData("The board backed it two-to-one.", "two-to-one", NumberKind.Ratio, 2, null)]
    [InlineData("The temperature was -5 at dawn.", "5", NumberKind.Count, 5, null)]
    [InlineData("Warming must stay below 1.5\u00B0C this century.", "1.5\u00B0C", NumberKind.Measure, 1.5, "degree")]
    [InlineData("One in every four homes was damaged.", "One in every four", NumberKind.Fraction, 0.25, null)]
    [InlineData("About three-quarters of the staff agreed.", "three-quarters", NumberKind.Fraction, 0.75, null)]
    [InlineData("Three quarters of the staff agreed.", "Three quarters", NumberKind.Fraction, 0.75, null)]
    [InlineData("Output shrank for two quarters in a row.", "two quarters", NumberKind.Count, 2, null)]
    [InlineData("She hired a half-dozen aides.", "a half-dozen", NumberKind.Count, 6, null)]
    [InlineData("The 12-year-old boy won the race.", "12-year-old", NumberKind.Measure, 12, "year")]
    [InlineData("The five-year-old girl sang.", "five-year-old", NumberKind.Measure, 5, "year")]
    [InlineData("The meeting starts at 10 a.m. sharp.", "10 a.m.", NumberKind.Time, 1000, null)]
    [InlineData("Sales rose 10.5% in the quarter.", "10.5%", NumberKind.Percent, 10.5, "%")]
    [InlineData("Profit hit \u00A31.5bn last year.", "\u00A31.5bn", NumberKind.Money, 1.5e9, "GBP")]
    [InlineData("The EU pledged \u20AC3 billion in aid.", "\u20AC3 billion", NumberKind.Money, 3e9, "EUR")]
    [InlineData("The index fell in the '90s sharply.", "90s", NumberKind.Year, 1990, "decade")]
    [InlineData("He lost 1,200 votes in the recount.", "1,200 votes", NumberKind.Count, 1200, null)]
    [InlineData("A third of 9/11 families joined.", "9/11", NumberKind.Other, 9, "identifier")]
    [InlineData("It is one of the S&P 500 firms.", "500", NumberKind.Other, 500, "identifier")]
    [InlineData("The fair runs Aug. 12-14 at the old docks.", "14", NumberKind.Date, 814, null)]
    [InlineData("The summit met March 3-5, 2016, in a spa town.", "5, 2016", NumberKind.Date, 20160305, null)]
    [InlineData("Talks are set for Oct. 10 to 12 in the capital.", "12", NumberKind.Date, 1012, null)]
    [InlineData("The council set a budget of 40 pounds a head.", "40 pounds", NumberKind.Money, 40, "GBP")]
    [InlineData("The ministry promised 3 billion pounds a year for trains.", "3 billion pounds", NumberKind.Money, 3e9, "GBP")]
    [InlineData("She paid \u00A3300 for the room and 90 pounds for dinner.", "90 pounds", NumberKind.Money, 90, "GBP")]
    [InlineData("The plant ships 2 million pounds of steel a week.", "2 million pounds", NumberKind.Measure, 2e6, "pound")]
    [InlineData("The budget cart weighed 400 pounds when loaded.", "400 pounds", NumberKind.Measure, 400, "pound")]
    [InlineData("She holds a 6-point lead in the poll.", "6-point", NumberKind.PercentagePoints, 6, "pp")]
    [InlineData("The council voted for a 20-percent cut.", "20-percent", NumberKind.Percent, 20, "%")]
    [InlineData("He handed over a 20-dollar bill.", "20-dollar", NumberKind.Money, 20, "USD")]
    [InlineData("She took a six-figure job in the city.", "six-figure", NumberKind.Other, 6, "figures")]
    [InlineData("The abbey has a two-century history.", "two-century", NumberKind.Measure, 2, "century")]
    public void Extract_NormalisesValueKindAndUnit(string text, string span, NumberKind kind, double value, string? unit)
    {
        NumberMention m = Single(text, span);
        Assert.Equal(kind, m.Kind);
        Assert.Equal(value, m.Value, 4);
        Assert.Equal(unit, m.Unit);
    }

    [Theory]
    [InlineData("Turnout was higher than 32.5% in the north.", "32.5%")]
    [InlineData("The plan costs about $2 billion.", "$2 billion")]
    [InlineData("More than 4,000 letters arrived.", "4,000")]
    [InlineData("Up to 300 people attended.", "300")]
    [InlineData("Roughly 12 officers were there.", "12 officers")]
    [InlineData("The work took ~3 hours.", "3 hours")]
    [InlineData("The firm has nearly a third of the market.", "a third")]
    public void Approximators_StayOutsideTheSpanAndSetApproximate(string text, string span)
    {
        NumberMention m = Single(text, span);
        Assert.True(m.Approximate);
        Assert.Equal(span, m.Text);
    }

    [Fact]
    public void Range_CarriesUnitAndScaleBack()
    {
        List<NumberMention> a = Extract("Support is between 35 and 40 percent.");
        Assert.Equal([35d, 40d], a.Select(m => m.Value));
        Assert.All(a, m => Assert.Equal(NumberKind.Percent, m.Kind));

        List<NumberMention> b = Extract("The project will cost $20 to $25 million.");
        Assert.Equal([20e6, 25e6], b.Select(m => m.Value));

        List<NumberMention> c = Extract("The rate fell from 25% to 15% last year.");
        Assert.Equal([25d, 15d], c.Where(m => m.Kind == NumberKind.Percent).Select(m => m.Value));

        List<NumberMention> d = Extract("They work 5-8 hours a day.");
        Assert.Equal(NumberKind.Measure, d[0].Kind);
        Assert.Equal("hour", d[0].Unit);

        List<NumberMention> e = Extract("Rates moved 25% \u2192 15% over the year.");
        Assert.Equal(2, e.Count(m => m.Kind == NumberKind.Percent));

        List<NumberMention> f = Extract("Expect between 10 and 12 guests.");
        Assert.Equal([10d, 12d], f.Select(m => m.Value));
    }

    [Theory]
    [InlineData("The law was passed in 2016 by the council.", "2016", NumberKind.Year)]
    [InlineData("Prices peaked in the 1950s in the town.", "1950s", NumberKind.Year)]
    [InlineData("The vote is on Dec. 31, the clerk said.", "Dec. 31", NumberKind.Date)]
    [InlineData("The plant opened on September 26, 2016 after delays.", "September 26, 2016", NumberKind.Date)]
    [InlineData("The plant opened in June 2008 after delays.", "June 2008", NumberKind.Date)]
    [InlineData("The call came at 3:53 pm on Friday.", "3:53 pm", NumberKind.Time)]
    [InlineData("She became the 39th mayor of the city.", "39th", NumberKind.Ordinal)]
    [InlineData("It was his fourth straight win.", "fourth", NumberKind.Ordinal)]
    [InlineData("The firm relies on Section 232 tariffs.", "232", NumberKind.Other)]
    [InlineData("The airline flies the Boeing 737 on that route.", "737", NumberKind.Other)]
    [InlineData("Leaders met at the G20 summit.", "20", NumberKind.Other)]
    [InlineData("Call 555-0142 for details.", "555-0142", NumberKind.Other)]
    public void NonAmounts_AreClassified(string text, string span, NumberKind kind)
    {
        NumberMention m = Single(text, span);
        Assert.Equal(kind, m.Kind);
    }

    [Fact]
    public void Ages_AreMeasuresInYears()
    {
        NumberMention m = Single("Jo Park, 46, runs the shop.", "46");
        Assert.Equal(NumberKind.Measure, m.Kind);
        Assert.Equal("year", m.Unit);
        NumberMention old = Single("He was 39 years old then.", "39 years old");
        Assert.Equal(39, old.Value);
    }

    [Theory]
    [InlineData("No one came to the hearing.")]
    [InlineData("This one is better than the last.")]
    [InlineData("Millions of dollars were lost.")]
    [InlineData("Hundreds of workers marched.")]
    [InlineData("The Second World War ended long ago.")]
    [InlineData("He took it one step further.")]
    [InlineData("The group showed zero interest in the plan.")]
    [InlineData("The family was once rich.")]
    public void VagueAndIdiomaticWords_GiveNoMention(string text)
    {
        Assert.Empty(Extract(text));
    }

    [Fact]
    public void One_AsDeterminerOrPartitive_IsACount()
    {
        Assert.Equal(NumberKind.Count, Single("Only one school stayed open.", "one").Kind);
        Assert.Equal(1, Single("She is one of the best players.", "one").Value);
    }

    [Fact]
    public void ListNumbering_IsAPositionNotAnAmount()
    {
        List<NumberMention> m = Extract("Steps:\n1. Open the box\n2) Remove the tray");
        Assert.Equal(2, m.Count);
        Assert.All(m, n => Assert.Equal(NumberKind.Ordinal, n.Kind));
        Assert.All(m, n => Assert.Equal("list", n.Unit));
    }

    [Fact]
    public void Values_AreUnsigned()
    {
        Assert.Equal(0.4, Single("Output was down 0.4% in May.", "0.4%").Value, 6);
    }

    [Fact]
    public void Spans_IndexTheOriginalText()
    {
        const string text = "The \u201Cfund\u201D holds \u2014 reportedly \u2014 $350bn.";
        foreach (NumberMention m in Extract(text))
        {
            Assert.Equal(m.Text, text.Substring(m.Start, m.Length));
        }
    }
}

public class NumberExtractorRobustnessTests
{
    private const string Text =
        "On Dec. 31, 2025 at 3:53 pm ET, the council (7-2) approved $12.5B, or 2.3bn euros, for 1,000,000 trees; "
        + "between 35 and 40 percent of 2 out of 5 voters, about a third, said \u201Cno one\u201D paid 3 dollars 50 cents. "
        + "Call 555-0142. See Section 232 and the G20. Ages 14 to 16 spent half a million dollars in the 1950s; "
        + "the sixty-four year-old won 63-36, up 40% to $7 billion, from 25% \u2192 15%, a 10-point cut, 21st and 2";

    [Fact]
    public void EveryPrefix_ParsesWithoutError()
    {
        for (int cut = 1; cut <= Text.Length; cut++)
        {
            TextDocument doc = TextDocument.Parse(Text[..cut]);
            List<NumberMention> numbers = NumberExtractor.Extract(doc);
            foreach (NumberMention m in numbers)
            {
                Assert.Equal(m.Text, Text[..cut].Substring(m.Start, m.Length));
            }

            _ = NumericChecker.Check(doc, numbers, []);
        }
    }

    [Theory]
    [InlineData("-8")]
    [InlineData("to 5")]
    [InlineData("3-5")]
    public void RangeEndDay_AtTheStartOfTheText_DoesNotReadBeforeIt(string text)
    {
        Assert.DoesNotContain(NumberExtractor.Extract(TextDocument.Parse(text)), static m => m.Kind == NumberKind.Date);
    }

    [Fact]
    public void HalfAMillionDollars_IsMoney()
    {
        NumberMention m = NumberExtractor.Extract(TextDocument.Parse("She was paid half a million dollars.")).Single();
        Assert.Equal(NumberKind.Money, m.Kind);
        Assert.Equal(500000, m.Value);
    }

    [Fact]
    public void SpelledAgeWithYearOld_IsMeasure()
    {
        NumberMention m = NumberExtractor.Extract(TextDocument.Parse("The sixty-four year-old actor spoke.")).Single();
        Assert.Equal(NumberKind.Measure, m.Kind);
        Assert.Equal("year", m.Unit);
        Assert.Equal(64, m.Value);
    }
}
