using EpistemicScoring.Numbers;
using EpistemicScoring.NumericChecks;
using EpistemicScoring.Reports;
using EpistemicScoring.Text;

namespace EpistemicScoring.Tests.NumericChecks;

/// <summary>What every wording's tests do: check a text, and hold an intact passage against the same passage broken by one edit.</summary>
internal static class NumericCheckAssert
{
    public static List<NumericCheck> Checks(string text)
    {
        TextDocument doc = TextDocument.Parse(text);
        return NumericChecker.Check(doc, NumberExtractor.Extract(doc), []);
    }

    public static string Describe(List<NumericCheck> checks) => string.Join(" | ", checks.Select(static c => c.Status + ": " + c.Message));

    /// <summary>The intact passage is read by the check named (consistent, nothing inconsistent); one edit breaks it and the same check flags it.</summary>
    public static void IntactHoldsBrokenIsFlagged(string wording, string intact, string from, string to, string named)
    {
        List<NumericCheck> ok = Checks(intact);
        Assert.DoesNotContain(ok, c => c.Status == NumericCheckStatus.Inconsistent);
        Assert.Contains(ok, c => c.Status == NumericCheckStatus.Consistent && c.Message.StartsWith(named, StringComparison.Ordinal));
        string broken = intact.Replace(from, to, StringComparison.Ordinal);
        Assert.NotEqual(intact, broken);
        List<NumericCheck> bad = Checks(broken);
        Assert.True(bad.Any(c => c.Status == NumericCheckStatus.Inconsistent && c.Message.StartsWith(named, StringComparison.Ordinal)), $"{wording}: {Describe(bad)}");
    }

    /// <summary>The text is checked and no figure in it is flagged inconsistent.</summary>
    public static void NothingInconsistent(string text)
    {
        List<NumericCheck> checks = Checks(text);
        Assert.False(checks.Any(static c => c.Status == NumericCheckStatus.Inconsistent), Describe(checks));
    }
}
