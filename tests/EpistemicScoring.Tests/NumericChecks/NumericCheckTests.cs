using EpistemicScoring.Analysis;
using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.NumericChecks;

public class NumericCheckTests
{
    private static List<NumericCheck> Checks(string text, IReadOnlyList<ReferenceFact>? facts = null)
    {
        TextDocument doc = TextDocument.Parse(text);
        return NumericChecker.Check(doc, NumberExtractor.Extract(doc), facts ?? []);
    }

    private static bool Flags(string text, NumericCheckKind kind) =>
        Checks(text).Any(c => c.Kind == kind && c.Status == NumericCheckStatus.Inconsistent);

    private static bool Holds(string text, NumericCheckKind kind) =>
        Checks(text).Any(c => c.Kind == kind && c.Status == NumericCheckStatus.Consistent);

    [Fact]
    public void Repeat_BackReference()
    {
        const string ok = "The agency could lose as much as $3 billion next year. \"That $3 billion is only the start,\" the analyst said.";
        const string bad = "The agency could lose as much as $3 billion next year. \"That $8 billion is only the start,\" the analyst said.";
        Assert.True(Holds(ok, NumericCheckKind.Repeat));
        Assert.False(Flags(ok, NumericCheckKind.Repeat));
        Assert.True(Flags(bad, NumericCheckKind.Repeat));
    }

    [Fact]
    public void Repeat_BoundIsBrokenOnlyBeyondTheBound()
    {
        const string ok = "Auditors found more than 4,000 invoices from the vendor. Among the 4,000, some 30 were forged.";
        const string bad = "Auditors found more than 4,000 invoices from the vendor. Among the 2,000, some 30 were forged.";
        Assert.False(Flags(ok, NumericCheckKind.Repeat));
        Assert.True(Flags(bad, NumericCheckKind.Repeat));
    }

    [Fact]
    public void Repeat_SameCountedPhrase_QuotedAgainstParaphrase()
    {
        const string text = "The Kims drove their kids to three different clinics last winter. Nobody else in the town had to do that. The weather was bad for weeks. \"We will never again visit five different clinics,\" Mrs. Kim said.";
        Assert.True(Flags(text, NumericCheckKind.Repeat));
        Assert.False(Flags(text.Replace("five different", "three different", StringComparison.Ordinal), NumericCheckKind.Repeat));
    }

    [Fact]
    public void Repeat_SameCountedPhrase_InNarrativeAlone_IsTwoQuantities()
    {
        const string text = "Dixon, a hamlet in the hills, has 38 registered voters. Some 20 miles east, Pell has 17 registered voters and one store.";
        Assert.False(Flags(text, NumericCheckKind.Repeat));
    }

    [Fact]
    public void Repeat_AcrossFormsAndRounding()
    {
        Assert.False(Flags("More than four in 10 \u2014 42% \u2014 said they would vote.", NumericCheckKind.Repeat));
        Assert.True(Flags("Six in 10 \u2014 42% \u2014 said they would vote.", NumericCheckKind.Repeat));
        const string fund = "The sovereign wealth fund of Norland holds $350 billion, its managers reported on Monday. "
            + "Markets were calm. Analysts expect little change this year. "
            + "That $360bn makes the Norland fund the largest in the region.";
        Assert.True(Flags(fund, NumericCheckKind.Repeat));
        Assert.False(Flags(fund.Replace("$360bn", "$350bn", StringComparison.Ordinal), NumericCheckKind.Repeat));
    }

    [Fact]
    public void Repeat_ScaleFormsAgree()
    {
        const string text = "The sovereign fund of the province holds $350B in assets. Auditors say the province fund still holds $350 billion in assets.";
        Assert.False(Flags(text, NumericCheckKind.Repeat));
    }

    [Fact]
    public void Share_PartOfWhole()
    {
        Assert.True(Holds("Inspectors visited 12 of 40 sites, or 30%, last year.", NumericCheckKind.Share));
        Assert.True(Flags("Inspectors visited 12 of 40 sites, or 45%, last year.", NumericCheckKind.Share));
        Assert.True(Flags("Inspectors visited 50 of 40 sites last year.", NumericCheckKind.Share));
        Assert.True(Flags("The audit flagged 310 files, including 420 with errors.", NumericCheckKind.Share));
        Assert.False(Flags("The audit flagged 310 files, including 42 with errors.", NumericCheckKind.Share));
        Assert.False(Flags("The Parks have four children. Their three oldest attend the local school.", NumericCheckKind.Share));
        Assert.True(Flags("The Parks have four children. Their five oldest attend the local school.", NumericCheckKind.Share));
        Assert.True(Flags("The couple earned $90 million, on which they paid $120 million in taxes.", NumericCheckKind.Share));
    }

    [Fact]
    public void Total_AnotherGroupAddsUp()
    {
        Assert.False(Flags("A poll found 52% of residents back the plan. Another 30% oppose it.", NumericCheckKind.Total));
        Assert.True(Flags("A poll found 52% of residents back the plan. Another 60% oppose it.", NumericCheckKind.Total));
        Assert.True(Holds("The ledger shows $13.8 trillion less $3.1 trillion, $10.7 trillion.", NumericCheckKind.Total));
        Assert.True(Flags("The ledger shows $13.8 trillion less $3.1 trillion, $12.7 trillion.", NumericCheckKind.Total));
    }

    [Fact]
    public void Total_PartsAndStatedTotal()
    {
        Assert.True(Holds("The fund got a $30 million grant and an $18 million bond. The two add up to $48 million.", NumericCheckKind.Total));
        Assert.True(Flags("The fund got a $30 million grant and an $18 million bond. The two add up to $58 million.", NumericCheckKind.Total));
        Assert.True(Flags("The county hired 12 nurses, 8 cooks and 5 drivers, 31 workers in all.", NumericCheckKind.Total));
    }

    [Fact]
    public void Change_PointsAndYears()
    {
        Assert.True(Holds("The tax fell from 25% to 15%, a 10-point cut.", NumericCheckKind.Change) || Holds("The tax fell from 25% to 15%, a 10 point cut.", NumericCheckKind.Change));
        Assert.True(Flags("The tax fell from 25% to 15%, a 4 point cut.", NumericCheckKind.Change));
        Assert.True(Flags("The mayor leads by 11 points, 46% to 38%.", NumericCheckKind.Change));
        Assert.False(Flags("The mayor leads by 11 points, 46% to 35%.", NumericCheckKind.Change));
        Assert.True(Flags("She spent three years, from 2000 to 2007, at the firm.", NumericCheckKind.Change));
        Assert.False(Flags("She worked nine years, from 2001 to 2010, at the firm.", NumericCheckKind.Change));
        Assert.True(Flags("Sales rose from 30% to 20% of revenue.", NumericCheckKind.Change));
        Assert.True(Holds("Revenue was up 40% to $7 billion, from $5 billion.", NumericCheckKind.Change));
        Assert.True(Flags("Revenue was up 20% to $7 billion, from $5 billion.", NumericCheckKind.Change));
    }

    [Fact]
    public void Ratio_RateAndMultiple()
    {
        const string ok = "Feed one ounce per twelve pounds of weight. A dog of about 180 pounds needs about fifteen ounces.";
        const string bad = "Feed one ounce per twelve pounds of weight. A dog of about 180 pounds needs about forty ounces.";
        Assert.False(Flags(ok, NumericCheckKind.Ratio));
        Assert.True(Flags(bad, NumericCheckKind.Ratio));
        Assert.True(Flags("Its budget of $56 million is three times the $8 million of its rival.", NumericCheckKind.Ratio));
        Assert.False(Flags("Its budget of $24 million is three times the $8 million of its rival.", NumericCheckKind.Ratio));
    }

    [Fact]
    public void UnrelatedNumbers_AreNotCompared()
    {
        const string text = "The school has 300 pupils and 20 teachers. The town built 4 new parks. Across the river, 12 shops closed.";
        Assert.DoesNotContain(Checks(text), c => c.Status == NumericCheckStatus.Inconsistent);
    }

    [Fact]
    public void ReferenceFacts_ConfirmContradictAndUnverifiable()
    {
        ReferenceFact fact = new() { Key = "foreign exchange reserves", Value = 411e9, Unit = "USD", Tolerance = 0.01, Source = "Bank of Korea", AsOf = "2025-08" };
        List<NumericCheck> ok = Checks("Foreign exchange reserves stood at $411 billion. The city hired 40 staff.", [fact]);
        Assert.Contains(ok, c => c.Status == NumericCheckStatus.Confirmed && c.Message.Contains("Bank of Korea", StringComparison.Ordinal));
        Assert.Contains(ok, c => c.Status == NumericCheckStatus.Unverifiable);
        List<NumericCheck> bad = Checks("Foreign exchange reserves stood at $450 billion.", [fact]);
        Assert.Contains(bad, c => c.Status == NumericCheckStatus.Contradicted && c.Message.Contains("Bank of Korea", StringComparison.Ordinal));
    }

    [Fact]
    public void Share_WithStatedPercentage_IsReportedOnce()
    {
        EpistemicReport report = EpistemicScorer.CreateDefault().Score("The board approved it with 12 of 40 members, or 45%, in favor.");
        NumericCheck check = Assert.Single(report.NumericChecks, c => c.Kind == NumericCheckKind.Share);
        Assert.Equal(NumericCheckStatus.Inconsistent, check.Status);
    }
}
